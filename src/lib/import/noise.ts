/**
 * Lines an extraction adds that the department never published: the metadata a Word
 * file or its PDF print carries at the top ("Microsoft Word - 自评报告.docx", "作者：
 * Administrator", "创建时间：…"). Only the first lines are looked at, and only lines that
 * are nothing but such a label, so no sentence of the document can be dropped.
 */
const METADATA = [
  /^Microsoft Word\s*-\s*.+\.(docx?|wps|rtf)$/i,
  /^.+\.(docx?|wps)$/i,
  /^(标题|作者|主题|关键词|创建者|创建时间|修改时间|最后修改者|Title|Author|Subject|Creator|Producer|Created|Modified|Last ?Modified ?By)\s*[:：].*$/i,
];
/** How many leading non-blank lines may be metadata. */
const HEAD = 6;

/** The source lines without the extraction's metadata head, and how many were dropped. */
export function dropWordMetadata<T extends { text: string }>(lines: readonly T[]): { lines: T[]; count: number } {
  const out: T[] = [];
  let seen = 0;
  let count = 0;
  let inHead = true;
  for (const line of lines) {
    const text = line.text.trim();
    if (inHead && text) {
      seen++;
      if (seen <= HEAD && METADATA.some((re) => re.test(text))) {
        count++;
        continue;
      }
      if (seen > HEAD || !METADATA.some((re) => re.test(text))) inHead = false;
    }
    out.push(line);
  }
  return { lines: out, count };
}

/**
 * True when a table row repeats the row just before it cell for cell and carries a
 * figure: PDF text layers sometimes emit a row twice (an overlaid text object), Word
 * exports a row twice when it straddles a page. A heading row repeated at a page top is
 * not this (it has no figure) and is left for the table reader.
 */
export function isRepeatedRow(previous: readonly string[] | undefined, row: readonly string[]): boolean {
  if (!previous || previous.length !== row.length) return false;
  return row.every((cell, i) => cell === previous[i]) && row.some((cell) => /\d/.test(cell));
}

/** A page number the print adds ("- 3 -", "第 3 页", "第 3 页 共 12 页", "3/12"): never a sentence of the document. */
const PAGE_NUMBER = /^([-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

/** The lines without those that are only a page number, and how many were dropped. */
export function dropPageNumbers<T extends { text: string }>(lines: readonly T[]): { lines: T[]; count: number } {
  const out = lines.filter((line) => !PAGE_NUMBER.test(line.text.trim()));
  return { lines: out, count: lines.length - out.length };
}
