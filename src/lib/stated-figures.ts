/**
 * Finds the figures a disclosure's prose states, and the figures its JSON holds, so a
 * test can prove that every figure of the source is in the JSON ("nothing lost").
 * Years, dates, list numbering and document numbers are not figures: they live in
 * fiscalYear / dates / citedDocuments, or are structure.
 */

/** A figure found in the prose: its text as printed, normalised value, and line. */
export interface StatedFigure {
  text: string;
  value: string;
  line: number;
}

const NUMBER = /\d[\d,]*(?:\.\d+)?/g;

/** Normalises "18,485.90" → "18485.90" (commas out, published decimals kept). */
export function normaliseFigure(text: string): string {
  return text.replace(/,/g, '');
}

function isStructural(line: string, index: number, match: string): boolean {
  const before = line.slice(0, index);
  const after = line.slice(index + match.length);
  // list numbering at the start of a paragraph, list item or heading: "1、", "2.", "3．"
  if (/^\s*(?:[-*]\s+|#{1,6}\s+)?[（(]?$/.test(before) && /^\s*[、.．)）]/.test(after)) return true;
  // list numbering run into one paragraph after a sentence: "…任免。8、决定…"
  if (/[。；：:]\s*[（(]?$/.test(before) && /^\s*[、．]/.test(after)) return true;
  // a year or a date: "2020年", "2021 年 9 月", "8月21日"
  if (/^\s*年/.test(after) && /^(19|20)\d\d$/.test(match)) return true;
  if (/^\s*月/.test(after) && Number(match) >= 1 && Number(match) <= 12) return true;
  if (/^\s*日/.test(after) && Number(match) <= 31 && /月\s*$/.test(before)) return true;
  // a year range "2018-2020" or "2019-2020年间"
  if (/^(19|20)\d\d$/.test(match) && (/^[-－–—]\s*(19|20)\d\d/.test(after) || /(19|20)\d\d\s*[-－–—]\s*$/.test(before))) return true;
  // document numbers: 〔2016〕413号, 财预〔2016〕143号
  if (/〔\s*$/.test(before) || /^\s*号/.test(after)) return true;
  // inside a title in 《》
  const open = before.lastIndexOf('《');
  if (open !== -1 && before.indexOf('》', open) === -1) return true;
  return false;
}

/** Every figure the prose states, with its line, skipping structure (see above). */
export function extractStatedFigures(mdx: string): StatedFigure[] {
  const figures: StatedFigure[] = [];
  mdx.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(NUMBER)) {
      const text = m[0].replace(/,+$/, '');
      if (isStructural(line, m.index ?? 0, text)) continue;
      figures.push({ text, value: normaliseFigure(text), line: i + 1 });
    }
  });
  return figures;
}

/** Fields about where the document comes from, not figures of it. */
const PROVENANCE_FIELDS = new Set(['source', 'locations', '$schema']);

/** Every number held anywhere in a disclosure's JSON, normalised like the prose's. */
export function collectJsonFigures(json: unknown): Set<string> {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'number') found.add(String(value));
    else if (typeof value === 'string') for (const m of value.matchAll(NUMBER)) found.add(normaliseFigure(m[0]));
    else if (Array.isArray(value)) value.forEach(visit);
    // Quotes in `locations` repeat the source's figures: they prove where a figure stands, they do not hold it.
    else if (value && typeof value === 'object') Object.entries(value).forEach(([key, v]) => PROVENANCE_FIELDS.has(key) || visit(v));
  };
  visit(json);
  return found;
}

/**
 * Figures the prose states that the JSON does not hold. `json` may be several documents
 * (the disclosure and the department facts it sources). Numerically equal values count.
 */
export function missingFigures(mdx: string, json: unknown): StatedFigure[] {
  const held = collectJsonFigures(json);
  const numericallyHeld = new Set([...held].map((v) => String(Number(v))));
  return extractStatedFigures(mdx).filter((f) => !held.has(f.value) && !numericallyHeld.has(String(Number(f.value))));
}
