/**
 * Public text never shows our internal working names: file names of working copies
 * ("000_b229038a7a2544dd.txt") or hexadecimal reference numbers of our own. Applies to
 * every text field of a JSON (not $schema, and not the SHA-256, which is published on
 * purpose) and to the MDX text.
 */

/** A working copy's file name ("000_b229038a7a2544dd.txt") or a bare hex reference of 12+ digits with letters. */
const WORKING_FILE = /\b\d{1,4}_[0-9a-f]{8,}\.(?:txt|pdf|docx?|html?|xlsx?|json|md)\b/i;
const HEX_REFERENCE = /\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{12,}\b/i;

/** The internal name a text holds, if any. */
export function internalNameIn(text: string): string | undefined {
  return (text.match(WORKING_FILE) ?? text.match(HEX_REFERENCE))?.[0];
}

const PUBLISHED_ON_PURPOSE = new Set(['$schema', 'source.original.sha256']);

/** Each string field of a JSON that holds an internal name: [field path, the name]. */
export function internalNamesInJson(data: unknown): [string, string][] {
  const out: [string, string][] = [];
  const visit = (value: unknown, path: string[]) => {
    if (typeof value === 'string') {
      const name = PUBLISHED_ON_PURPOSE.has(path.join('.')) ? undefined : internalNameIn(value);
      if (name) out.push([path.join('.'), name]);
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, String(i)]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(data, []);
  return out;
}

/** The message for an internal name found in a field or a text. */
export const internalNameMessage = (where: string, name: string): string =>
  `${where}含有内部工作名称 "${name}"（工作副本的文件名或内部编号），公开页面不能出现：删去它；要说明原文来历，写原文网址、发布机关和取得方式。`;
