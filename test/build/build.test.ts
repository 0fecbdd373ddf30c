/**
 * The production build end to end: it refuses bad content (non-zero exit, the same
 * message as npm run check, nothing written), and from the bundled content it produces
 * a page per disclosure and article with the full text and the figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mdxToMdast } from 'satteri';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const outDirs: string[] = [];

function build(contentDir: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'mingzhang-build-'));
  outDirs.push(outDir);
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, MINGZHANG_CONTENT: contentDir, MINGZHANG_CACHE_DIR: join(outDir, '..', `${outDir.split('/').pop()}-cache`), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

interface MdNode { type: string; value?: string; children?: MdNode[] }
const inline = (node: MdNode): string => node.value ?? (node.children ?? []).map(inline).join('');
/** The text of every block (paragraph, heading, table cell) of an MDX file, as a reader sees it. */
function blocks(mdx: string): string[] {
  const out: string[] = [];
  const visit = (node: MdNode) => {
    if (['paragraph', 'heading', 'tableCell'].includes(node.type)) out.push(inline(node).trim());
    else node.children?.forEach(visit);
  };
  visit(mdxToMdast(mdx) as MdNode);
  return out.filter(Boolean);
}

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

afterAll(() => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the build refuses bad content', () => {
  test.each(['mdx.script', 'amount.thousands-separator', 'path.year-mismatch'])('%s stops astro build with the check message and writes nothing', (name) => {
    const dir = join(root, 'test', 'fixtures', 'invalid', name);
    const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').trim().split('\n')[0];
    const { status, output, outDir } = build(join(dir, 'content'));
    expect(status).not.toBe(0);
    expect(output).toContain(expected.replace(/^content\//, `${join(dir, 'content')}/`.replace(`${root}/`, '')));
    expect(output).not.toMatch(/\n\s+at .*\(file:/); // no stack trace
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });
});

describe('the build renders the fixture kinds that have no real disclosure yet', () => {
  let out: string;
  beforeAll(() => {
    const result = build(join(root, 'test', 'fixtures', 'valid', 'content'));
    expect(result.status, result.output).toBe(0);
    out = result.outDir;
  });
  test('a budget page shows its figures with units', () => {
    const page = text(readFileSync(join(out, '2024', 'sample-county-rd', 'budget', 'index.html'), 'utf8'));
    expect(page).toContain('1,200.00 万元');
    expect(page).toContain('12.50 万元');
    expect(page).toContain('召开常委会会议次数');
  });
  test('a <Term> in the text links to its 名词解释 entry, which exists', () => {
    const html = readFileSync(join(out, '2024', 'sample-county-rd', 'budget', 'index.html'), 'utf8');
    expect(html).toMatch(/<a class="term"[^>]* href="\/glossary\/#basic-spending"[^>]*>基本支出<\/a>|<a[^>]* href="\/glossary\/#basic-spending"[^>]* class="term"[^>]*>基本支出<\/a>/);
    expect(readFileSync(join(out, 'glossary', 'index.html'), 'utf8')).toContain('id="basic-spending"');
  });
  test('a project evaluation page shows its scores and indicators', () => {
    const page = text(readFileSync(join(out, '2023', 'sample-county-rd', 'project-evaluation', 'index.html'), 'utf8'));
    expect(page).toContain('97.5');
    expect(page).toContain('代表建议办结率');
    expect(page).toContain('95.00%');
  });
});

describe('the bundled content builds into a page per disclosure and article', () => {
  let out: string;
  const content = join(root, 'content');
  const disclosures = readdirSync(content).filter((y) => /^\d{4}$/.test(y)).flatMap((y) => readdirSync(join(content, y)).flatMap((d) => readdirSync(join(content, y, d)).filter((f) => f.endsWith('.json')).map((f) => `${y}/${d}/${f.slice(0, -5)}`)));
  const articles = readdirSync(join(content, 'articles')).map((f) => f.replace(/\.mdx$/, ''));
  beforeAll(() => {
    const result = build(content);
    expect(result.status, result.output).toBe(0);
    out = result.outDir;
  });
  test('the home page links every fiscal year, body and article; year pages link every disclosure', () => {
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    for (const id of disclosures) {
      const [year, department] = id.split('/');
      expect(home).toContain(`href="/${year}/"`);
      expect(home).toContain(`href="/departments/${department}/"`);
      expect(readFileSync(join(out, year, 'index.html'), 'utf8')).toContain(`href="/${id}/"`);
    }
    for (const slug of articles) expect(home).toContain(`href="/articles/${slug}/"`);
  });
  test.each(disclosures)('%s shows every paragraph of its text and its figures', (id) => {
    const page = text(readFileSync(join(out, id, 'index.html'), 'utf8'));
    const paragraphs = blocks(readFileSync(join(content, `${id}.mdx`), 'utf8'));
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const paragraph of paragraphs) expect(page).toContain(paragraph);
    const data = JSON.parse(readFileSync(join(content, `${id}.json`), 'utf8'));
    expect(page).toContain(data.title);
    if (data.spending?.total) expect(page).toContain(data.spending.total.replace(/^(\d+)(\d{3})/, '$1,$2'));
  });
  test.each([...new Set(disclosures.map((id) => id.split('/').slice(0, 2).join('/')))])('body-year %s lists its documents and says which it did not publish', (bodyYear) => {
    const page = text(readFileSync(join(out, bodyYear, 'index.html'), 'utf8'));
    const own = disclosures.filter((id) => id.startsWith(`${bodyYear}/`));
    for (const id of own) expect(page).toContain(JSON.parse(readFileSync(join(content, `${id}.json`), 'utf8')).title);
    const names = { budget: '部门预算', 'final-accounts': '部门决算', 'performance-targets': '部门整体支出绩效目标', 'self-evaluation': '部门整体支出绩效自评报告' };
    for (const [kind, name] of Object.entries(names)) {
      if (own.includes(`${bodyYear}/${kind}`)) expect(page).not.toContain(`该年度未公开${name}。`);
      else expect(page).toContain(`该年度未公开${name}。`);
    }
    for (const id of own) expect(readFileSync(join(out, id, 'index.html'), 'utf8')).toContain(`href="/${bodyYear}/"`);
  });
  test.each(readdirSync(join(content, 'departments')).map((f) => f.replace(/\.json$/, '')))('department %s has a feed of its disclosures, announced on its page', (dept) => {
    const page = readFileSync(join(out, 'departments', dept, 'index.html'), 'utf8');
    expect(page).toMatch(new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="/feeds/departments/${dept}\\.xml"`));
    expect(page).toContain(`<a href="/feeds/departments/${dept}.xml" type="application/rss+xml">本部门的更新（RSS）</a>`);
    expect(page).toContain('href="/feeds/provinces/gd.xml"');
    const feed = readFileSync(join(out, 'feeds', 'departments', `${dept}.xml`), 'utf8');
    const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]);
    const own = disclosures.filter((id) => id.split('/')[1] === dept);
    expect(links.filter((l) => !l.includes('#')).sort()).toEqual(own.map((id) => `https://mingzhang.example/${id}/`).sort());
    for (const link of links) expect(link).toMatch(new RegExp(`^https://mingzhang\\.example/\\d{4}/${dept}/[a-z-]+/(#review|#correction-\\d+)?$`));
  });
  test('the province feed lists every disclosure of the province', () => {
    const feed = readFileSync(join(out, 'feeds', 'provinces', 'gd.xml'), 'utf8');
    for (const id of disclosures) expect(feed).toContain(`<link>https://mingzhang.example/${id}/</link>`);
    expect(readFileSync(join(out, 'departments', 'index.html'), 'utf8')).toContain('href="/feeds/provinces/gd.xml"');
  });
  test.each(articles)('article %s shows its title, authors and full text', (slug) => {
    const page = text(readFileSync(join(out, 'articles', slug, 'index.html'), 'utf8'));
    const source = readFileSync(join(content, 'articles', `${slug}.mdx`), 'utf8');
    for (const paragraph of blocks(source)) expect(page).toContain(paragraph);
    const title = source.match(/^title:\s*"?(.*?)"?$/m)![1];
    expect(page).toContain(title);
  });
});
