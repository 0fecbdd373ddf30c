/**
 * A synthetic corpus for the benchmark, built from the structure of the bundled seeds:
 * departments at province, city and county level across all provinces, every disclosure
 * kind, ten fiscal years. Each disclosure's JSON is a real template (seed or valid fixture)
 * re-addressed to its new department and year, so its figures keep every identity the audit
 * checks; its MDX body is recomposed from the seed texts (paragraphs reordered, sentences
 * recombined, names, places and numbers substituted) to a length drawn around the seeds'.
 *
 * Pure: takes the templates as data and returns the files; scripts/bench/generate-corpus.ts
 * reads and writes disk. The corpus only ever goes to a temporary folder.
 */
import { COUNTY_NAMES, countyName, PROVINCES, type Province } from './geography.ts';

/** One template disclosure: its JSON (parsed), MDX text and the department it belongs to. */
export interface Template {
  id: string;
  json: Record<string, unknown>;
  mdx: string;
  department: Record<string, unknown>;
}

/** What the generator needs from the repository: templates and free text to draw prose from. */
export interface GeneratorInput {
  templates: Template[];
  /** Extra prose (article bodies, without frontmatter). */
  prose: string[];
}

/** Options: how many disclosures, which years, and the random seed. */
export interface GeneratorOptions {
  size: number;
  firstYear?: number;
  years?: number;
  seed?: number;
}

/** A generated file: path relative to the content folder, and its text. */
export interface GeneratedFile {
  path: string;
  text: string;
}

const KINDS = ['budget', 'final-accounts', 'performance-targets', 'self-evaluation', 'project-evaluation'] as const;

/**
 * Target body length (characters) per kind, around the seeds': the three self-evaluations
 * are 7–11k characters, the performance targets 4.5k; budgets and final accounts, whose
 * published texts explain twelve tables, are long; project self-evaluations are short.
 */
const BASE_LENGTH: Record<string, number> = {
  budget: 6000,
  'final-accounts': 6500,
  'performance-targets': 4500,
  'self-evaluation': 7500,
  'project-evaluation': 3500,
};

const PROJECT_WORDS = {
  head: ['代表履职', '人大立法', '预算联网监督', '代表联络站', '执法检查', '专题调研', '信息化建设', '机关运行', '宣传教育', '备案审查', '议案建议办理', '基层人大', '数字人大', '代表培训', '监督工作', '民生实事票决', '全过程人民民主'],
  tail: ['服务保障经费', '专项经费', '工作经费', '建设项目', '运维项目', '补助经费', '能力提升项目', '平台升级改造', '购买服务'],
};

/** mulberry32: a small, fast, seedable PRNG so a size always yields the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Dept {
  id: string;
  level: 'province' | 'city' | 'district-county';
  name: string;
  shortName: string;
  aliases: string[];
  region: { province: string; city?: string; county?: string };
  parent: string;
  /** The place as prose names it (广东省, 广州市, 从化区). */
  place: string;
  kinds: (typeof KINDS)[number][];
}

/** Plans departments: about 1% province, 10% city, 89% county level, spread over provinces. */
function planDepartments(count: number, rand: () => number): Dept[] {
  const depts: Dept[] = [];
  const provinceCount = Math.max(1, Math.min(PROVINCES.length, Math.round(count * 0.01)));
  const cityCount = Math.max(1, Math.round(count * 0.1));
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const level = i < provinceCount ? 'province' : i < provinceCount + cityCount ? 'city' : 'district-county';
    const p: Province = PROVINCES[(i * 7) % PROVINCES.length];
    const kinds = KINDS.filter((k) => !(k === 'project-evaluation' && rand() < 0.5));
    if (level === 'province') {
      depts.push({ id: `${p.code}-rd`, level, name: `${p.name}人民代表大会常务委员会办公厅`, shortName: `${p.name}人大常委会办公厅`, aliases: [`${p.name}人大常委会`, `${p.short}人大`], region: { province: p.name }, parent: `${p.name}人民代表大会常务委员会`, place: p.name, kinds });
      continue;
    }
    if (level === 'city' && !p.municipality) {
      const city = p.cities[Math.floor(i / PROVINCES.length) % p.cities.length];
      const id = `${p.code}-c${String(i).padStart(4, '0')}-rd`;
      depts.push({ id, level, name: `${city}人民代表大会常务委员会办公厅`, shortName: `${city}人大常委会办公厅`, aliases: [`${city}人大常委会`, `${city.replace(/市$/, '')}人大`], region: { province: p.name, city }, parent: `${city}人民代表大会常务委员会`, place: city, kinds });
      continue;
    }
    // A taken name moves on to another: the first retry as it always was (the corpora of
    // earlier runs stay the same); the next ones step further, so a retry never repeats.
    let county = countyName(i);
    for (let retry = 0; used.has(`${p.code}${county}`); retry++) {
      if (retry > COUNTY_NAMES) throw new Error(`no county name left in ${p.name} for body ${i}`);
      county = countyName(i + (used.size + retry) * 13);
    }
    used.add(`${p.code}${county}`);
    const city = p.municipality ? undefined : p.cities[i % p.cities.length];
    const prefix = city ?? p.name;
    depts.push({
      id: `${p.code}-k${String(i).padStart(5, '0')}-rd`,
      level: 'district-county',
      name: `${prefix}${county}人民代表大会常务委员会办公室`,
      shortName: `${county}人大常委会办公室`,
      aliases: [`${county}人大常委会`, `${county.replace(/[县区市]$/, '')}人大`],
      region: city ? { province: p.name, city, county } : { province: p.name, county },
      parent: `${prefix}${county}人民代表大会常务委员会`,
      place: county,
      kinds,
    });
  }
  return depts;
}

/** The names a template's text uses for its department and places, longest first. */
function templateNames(t: Template): string[] {
  const d = t.department as { name: string; shortName: string; aliases?: string[]; parent?: string; region: Record<string, string> };
  const names = [d.name, d.parent, d.shortName, ...(d.aliases ?? []), ...Object.values(d.region)].filter((n): n is string => !!n);
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}

function substituteNames(text: string, names: string[], dept: Dept): string {
  const replacement = (name: string) => {
    if (name.endsWith('办公厅') || name.endsWith('办公室')) return name.includes('人民代表大会') ? dept.name : dept.shortName;
    if (name.endsWith('常务委员会')) return dept.parent;
    if (name.endsWith('人大常委会')) return dept.aliases[0];
    if (name.endsWith('人大')) return dept.aliases[1];
    return dept.place;
  };
  let out = text;
  names.forEach((name, i) => {
    out = out.split(name).join(`\u0000${i}\u0000`);
  });
  return out.replace(/\u0000(\d+)\u0000/g, (_, i) => replacement(names[Number(i)]));
}

/** Rewrites a template JSON for a new department and year; figures untouched. */
function readdress(t: Template, dept: Dept, year: number, names: string[]): Record<string, unknown> {
  const fromYear = t.json.fiscalYear as number;
  const shift = year - fromYear;
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') {
      if (/^\d{4}-\d{2}(-\d{2})?$/.test(value)) return `${Number(value.slice(0, 4)) + shift}${value.slice(4)}`;
      if (/^\d{4}\/[a-z0-9-]+\/[a-z-]+$/.test(value)) {
        const [y, , kind] = value.split('/');
        return `${Number(y) + shift}/${dept.id}/${kind}`;
      }
      let s = substituteNames(value, names, dept);
      if (key === 'title') s = s.replace(/(?<!\d)(19|20)\d{2}(?!\d)/g, (y) => String(Number(y) + shift));
      return s;
    }
    // A year-over-year statement's year moves with the disclosure: left alone it named a
    // later year (a 2015 budget compared with 2023), which made every year depend on it.
    if (typeof value === 'number' && key === 'previousYear') return value + shift;
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  const json = walk(t.json, '') as Record<string, unknown>;
  delete json.$schema;
  json.department = dept.id;
  json.fiscalYear = year;
  // A title year (the year printed in the title, when it is not the fiscal year) moves with it.
  if (typeof json.titleYear === 'number') json.titleYear += shift;
  json.source = { format: 'pdf', note: `明账基准测试生成的虚构文件（模板：${t.id}），不是真实公开。` };
  // No original is archived for a generated file, so there is no passage to point a figure to.
  delete json.locations;
  return json;
}

type Block = { kind: 'heading' | 'paragraph' | 'other'; text: string };

function blocks(mdx: string): Block[] {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split(/\n{2,}/)
    .map((b) => b.trim())
    .filter(Boolean)
    .map((text) => ({ kind: text.startsWith('#') ? 'heading' : /^[|>\-*]|^\d+\.\s/.test(text) ? 'other' : 'paragraph', text }));
}

/** Builds the generator: indexes the prose once, then makes any number of corpora. */
export function generateCorpus(input: GeneratorInput, options: GeneratorOptions): GeneratedFile[] {
  const rand = random(options.seed ?? 20240601);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const firstYear = options.firstYear ?? 2015;
  const yearCount = options.years ?? 10;

  // Sentence pool for recombination: every plain paragraph's sentences, with its template's names.
  const sentencePool: { text: string; names: string[] }[] = [];
  const paragraphPool: { text: string; names: string[] }[] = [];
  const addProse = (mdx: string, names: string[]) => {
    for (const b of blocks(mdx)) {
      if (b.kind !== 'paragraph' || /[<{}]/.test(b.text)) continue;
      paragraphPool.push({ text: b.text, names });
      for (const s of b.text.split(/(?<=[。；！？])/)) if (s.length >= 8) sentencePool.push({ text: s, names });
    }
  };
  for (const t of input.templates) addProse(t.mdx, templateNames(t));
  for (const p of input.prose) addProse(p, []);

  const byKind = new Map<string, Template[]>();
  for (const t of input.templates) byKind.set(t.json.kind as string, [...(byKind.get(t.json.kind as string) ?? []), t]);
  for (const kind of KINDS) if (!byKind.has(kind)) throw new Error(`no template for kind ${kind}`);

  // A few more departments than strictly needed, so that each year's quota can be met while
  // a different subset of departments is missing each year (not every body discloses every year).
  const deptCount = Math.max(1, Math.ceil(options.size / (yearCount * 4)));
  const depts = planDepartments(deptCount, rand);

  const numberLike = (n: string) => {
    // Same shape, different value: keeps prose realistic while varying the vocabulary.
    const [int, dec] = n.split('.');
    const digits = int.replace(/,/g, '').length;
    const v = Math.floor(rand() * 10 ** digits);
    return dec !== undefined ? `${v}.${String(Math.floor(rand() * 10 ** dec.length)).padStart(dec.length, '0')}` : String(v);
  };
  const localise = (text: string, names: string[], dept: Dept) => {
    let s = substituteNames(text, names, dept);
    if (rand() < 0.6) s = s.replace(/\d[\d,]*(?:\.\d+)?(?=万元|元|人|个|次|件|项|%)/g, numberLike);
    if (rand() < 0.3) s = s.replace(/(专项|项目|经费)/, () => pick(PROJECT_WORDS.head) + pick(PROJECT_WORDS.tail));
    return s;
  };
  const paragraph = (dept: Dept): string => {
    if (rand() < 0.5) {
      const p = pick(paragraphPool);
      return localise(p.text, p.names, dept);
    }
    const count = 2 + Math.floor(rand() * 4);
    return Array.from({ length: count }, () => {
      const s = pick(sentencePool);
      return localise(s.text, s.names, dept);
    }).join('');
  };

  const files: GeneratedFile[] = [];
  let made = 0;
  for (let y = 0; y < yearCount; y++) {
    const year = firstYear + y;
    const quota = Math.floor(options.size / yearCount) + (y < options.size % yearCount ? 1 : 0);
    let inYear = 0;
    const offset = Math.floor(rand() * depts.length);
    for (let d = 0; d < depts.length && inYear < quota; d++) {
      const dept = depts[(d + offset) % depts.length];
      for (const kind of dept.kinds) {
        if (inYear >= quota) break;
        const template = pick(byKind.get(kind)!);
        const names = templateNames(template);
        const id = `${year}/${dept.id}/${kind}`;
        const json = readdress(template, dept, year, names);
        files.push({ path: `${id}.json`, text: `${JSON.stringify(json, null, 2)}\n` });
        const target = BASE_LENGTH[kind] * (0.5 + rand());
        const out: string[] = [];
        let length = 0;
        for (const b of blocks(template.mdx)) {
          const text = b.kind === 'paragraph' && rand() < 0.5 ? paragraph(dept) : substituteNames(b.text, names, dept);
          out.push(text);
          length += text.length;
        }
        let section = 1;
        while (length < target) {
          out.push(`## 补充说明（${section++}）${pick(PROJECT_WORDS.head)}${pick(['情况', '工作', '成效', '问题及改进措施'])}`);
          for (let i = 0; i < 3 && length < target; i++) {
            const text = paragraph(dept);
            out.push(text);
            length += text.length;
          }
        }
        files.push({ path: `${id}.mdx`, text: `${out.join('\n\n')}\n` });
        inYear++;
        made++;
      }
    }
  }
  if (made < options.size) throw new Error(`planned too few departments for ${options.size} disclosures`);

  const active = new Set(files.map((f) => f.path.split('/')[1]));
  for (const dept of depts) {
    if (!active.has(dept.id)) continue;
    const json = { name: dept.name, shortName: dept.shortName, aliases: dept.aliases, level: dept.level, region: dept.region, parent: dept.parent };
    files.push({ path: `departments/${dept.id}.json`, text: `${JSON.stringify(json, null, 2)}\n` });
  }
  return files;
}
