// Dev aid: lists figures an MDX states that its JSON lacks. Usage: node scripts/seed-figures.ts content/2023/x/kind
import { readFileSync } from 'node:fs';
import { missingFigures } from '../src/lib/stated-figures.ts';
const base = process.argv[2].replace(/\.(mdx|json)$/, '');
const disclosure = JSON.parse(readFileSync(`${base}.json`, 'utf8'));
const source = base.split('/').slice(-3).join('/');
const department = JSON.parse(readFileSync(`${base.split('/').slice(0, -3).join('/')}/departments/${disclosure.department}.json`, 'utf8'));
const departmentFacts = (department.years ?? []).filter((y: { source: string }) => y.source === source);
const missing = missingFigures(readFileSync(`${base}.mdx`, 'utf8'), [disclosure, departmentFacts]);
for (const f of missing) console.log(`${base}.mdx:${f.line}  ${f.text}`);
console.log(`${missing.length} figure(s) missing from ${base}.json`);
