/**
 * Hidden answers for the benchmark: phrases planted in known documents of the generated
 * corpus, found nowhere else, so that search can be scored at any size — every planted page
 * must be found as an exact match (recall), and ranked above every page without the phrase
 * (no inversions). Pure: takes and returns the generated files.
 */
import type { GeneratedFile } from './generate.ts';

/** A planted phrase and the disclosures (`<year>/<dept>/<kind>`) that hold it. */
export interface Planted {
  phrase: string;
  ids: string[];
}

/**
 * Rare two-character words (plant and animal names of classical texts) that the seed prose
 * never uses; two of them make a phrase no disclosure could contain by chance.
 */
const RARE = ['蘡薁', '鸊鷉', '蟏蛸', '螮蝀', '鵕鸃', '蚇蠖', '薜荔', '蘼芜', '蓽茇', '鶗鴂', '蜩螗', '蘩蒿', '鸀鳿', '薢茩', '蒹葭', '鷫鷞'];

/** mulberry32, as the generator's: the same corpus always gets the same plants. */
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

/** Inserts `sentence` as a paragraph of its own: after the first block, in the middle, or at the end. */
function insert(text: string, sentence: string, where: number): string {
  const blocks = text.trimEnd().split(/\n{2,}/);
  const at = [1, Math.floor(blocks.length / 2), blocks.length][where % 3];
  blocks.splice(Math.min(Math.max(at, 1), blocks.length), 0, sentence);
  return `${blocks.join('\n\n')}\n`;
}

/**
 * Plants `count` phrases: phrase i in 1–3 disclosures (i mod 3 + 1), of different years where
 * the corpus has them, at the start, middle or end of the text, so phrases reach late card
 * blocks and older partitions. Fails if a phrase already occurs anywhere.
 */
export function plantPhrases(files: readonly GeneratedFile[], count = 12, seed = 7): { files: GeneratedFile[]; planted: Planted[] } {
  const rand = random(seed);
  const out = files.map((f) => ({ ...f }));
  const texts = out.filter((f) => /^\d{4}\/[^/]+\/[^/]+\.mdx$/.test(f.path));
  if (texts.length === 0) return { files: out, planted: [] };
  const planted: Planted[] = [];
  for (let i = 0; i < count; i++) {
    const phrase = `${RARE[i % RARE.length]}${RARE[(i * 5 + 3) % RARE.length]}${i >= RARE.length ? i : ''}`;
    if (out.some((f) => f.text.includes(phrase))) throw new Error(`planted phrase ${phrase} already occurs in the corpus`);
    const want = Math.min(texts.length, (i % 3) + 1);
    const chosen: GeneratedFile[] = [];
    for (let tries = 0; chosen.length < want && tries < 1000; tries++) {
      const candidate = texts[Math.floor(rand() * texts.length)];
      const year = candidate.path.slice(0, 4);
      const yearTaken = chosen.some((c) => c.path.startsWith(year));
      if (!chosen.includes(candidate) && (!yearTaken || tries > 100)) chosen.push(candidate);
    }
    chosen.forEach((file, k) => (file.text = insert(file.text, `本段为基准测试植入的核验语句：${phrase}。`, i + k)));
    planted.push({ phrase, ids: chosen.map((f) => f.path.replace(/\.mdx$/, '')).sort() });
  }
  return { files: out, planted };
}
