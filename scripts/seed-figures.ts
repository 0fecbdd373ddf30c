// Dev aid: lists figures an MDX states that its JSON lacks. Usage: node scripts/seed-figures.ts content/2023/x/kind
import { readFileSync } from 'node:fs';
import { missingFigures } from '../src/lib/stated-figures.ts';
const base = process.argv[2].replace(/\.(mdx|json)$/, '');
const missing = missingFigures(readFileSync(`${base}.mdx`, 'utf8'), JSON.parse(readFileSync(`${base}.json`, 'utf8')));
for (const f of missing) console.log(`${base}.mdx:${f.line}  ${f.text}`);
console.log(`${missing.length} figure(s) missing from ${base}.json`);
