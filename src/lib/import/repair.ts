/**
 * Repairs of text-extraction damage, each a pure function that changes no word and no
 * figure: spaces a narrow PDF column or a justified line puts inside Chinese words
 * ("全 国 人 大", "2023 年", "18,485.9 万元"), paragraphs broken by page breaks
 * ("流溪" / blank line / "河"), and table cells wrapped in <p> by HTML exports.
 */

/** CJK ideographs and CJK/full-width punctuation. */
const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u2018-\\u201d\\u2026\\u2014';
const CJK_CHAR = new RegExp(`[${CJK}]`);
/**
 * A space between a CJK character and a CJK character, digit or ASCII punctuation, either
 * way round. Not after a closing bracket: "…（是/否） 凝聚…" separates two phrases.
 */
const SPACE_BESIDE_CJK = new RegExp(`(?<=[${CJK}])(?<![）】》」』])[ \\t\\u00a0]+(?=[${CJK}\\d%(),.;:!?"'\\-])|(?<=[\\d%(),.;:!?"'\\-])[ \\t\\u00a0]+(?=[${CJK}])`, 'g');

/** Removes spaces inside Chinese text; spaces between Latin words stay. Returns the text and how many were removed. */
export function removeCjkSpaces(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(SPACE_BESIDE_CJK, () => {
    count++;
    return '';
  });
  return { text: out, count };
}

/** Sentence-final punctuation: a line ending in one of these ends its paragraph. */
const FINAL = /[。！？；：:;!?」』”）)】]$/;
/** Lines that start a block of their own: headings, numbered items, table rows. */
const STARTS_BLOCK = /^(#{1,6}\s|[-*]\s|\d+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+|附件|\t|\|)/;

/**
 * Joins a paragraph that a page break split: a line that ends mid-sentence (a CJK
 * character, not final punctuation), then blank lines, then a line that continues it
 * (not a heading, list item or table row). Returns the lines, the joins made, and for
 * each output line the 1-based source line it starts at.
 */
export function joinBrokenParagraphs(lines: readonly string[]): { lines: string[]; starts: number[]; count: number } {
  const out: string[] = [];
  const starts: number[] = [];
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const previous = out.length ? out[out.length - 1] : undefined;
    // Look back over the blank lines just emitted for the paragraph this one might continue.
    if (line.trim() && previous !== undefined) {
      let k = out.length - 1;
      while (k >= 0 && out[k].trim() === '') k--;
      const gap = out.length - 1 - k;
      const before = k >= 0 ? out[k] : '';
      const trimmed = line.trim();
      const head = before.trim();
      // A heading, title or label (a line with no sentence punctuation) is not a paragraph cut by a page break.
      const isHeading = head.startsWith('#') || (!/[。，；、,;]/.test(head) && head.length < 80);
      if (k >= 0 && gap >= 1 && gap <= 3 && !isHeading && CJK_CHAR.test(head.slice(-1)) && !FINAL.test(head) && !STARTS_BLOCK.test(trimmed) && CJK_CHAR.test(trimmed[0] ?? '') && !before.includes('\t')) {
        out.length = k + 1;
        starts.length = k + 1;
        out[k] = before.trimEnd() + trimmed;
        count++;
        continue;
      }
    }
    out.push(line);
    starts.push(i + 1);
  }
  return { lines: out, starts, count };
}

/**
 * Splits a flattened table row into cells: tab-separated, with cells that an HTML
 * export wrapped as several <p>…</p> paragraphs split into one cell per paragraph.
 */
export function splitRow(line: string): { cells: string[]; split: number } {
  let split = 0;
  const cells = line.split('\t').flatMap((cell) => {
    const paragraphs = [...cell.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1].trim());
    if (paragraphs.length > 1) split++;
    if (paragraphs.length) return paragraphs;
    return [cell.trim()];
  });
  return { cells, split };
}

/** Removes HTML tags left in extracted text (<p>, <br>), keeping their text. */
export function stripTags(text: string): string {
  return text.replace(/<\/?(p|br|span|div)\b[^>]*>/gi, ' ').replace(/[ \t]{2,}/g, ' ').trim();
}

/** The simplified-form radicals (CJK Radicals Supplement), which have no NFKC mapping, to their ideographs. */
const SIMPLIFIED_RADICALS: Record<string, string> = {
  '⺠': '民', '⻅': '见', '⻆': '角', '⻈': '讠', '⻉': '贝', '⻋': '车', '⻐': '钅', '⻓': '长', '⻔': '门', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞',
  '⻝': '食', '⻠': '饣', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟', '⻄': '西', '⺟': '母'
};

/**
 * PDF text layers often map CJK glyphs to the Kangxi Radicals and CJK Radicals Supplement
 * blocks ("⼈⼤" for "人大"): they look the same but do not match in search or in checks.
 * Maps those code points to the unified ideographs (their NFKC form) and nothing else:
 * full NFKC would also turn published full-width punctuation into ASCII.
 */
export function normalizeRadicals(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(/[\u2e80-\u2fdf]/g, (c) => {
    const mapped = SIMPLIFIED_RADICALS[c] ?? c.normalize('NFKC');
    if (mapped !== c) count++;
    return mapped;
  });
  return { text: out, count };
}
