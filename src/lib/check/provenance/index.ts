/** Every provenance rule for one disclosure, in the order a reader of the report meets them. */
import type { ProvenanceContext } from './context.ts';
import { internalNameMessage, internalNameIn, internalNamesInJson } from './internal-names.ts';
import { checkLocations } from './locations.ts';
import { checkOriginalFile } from './original-file.ts';
import { checkTitleYear } from './title-year.ts';

export type { ProvenanceContext } from './context.ts';

export function checkProvenance(ctx: ProvenanceContext): void {
  checkTitleYear(ctx);
  for (const [field, name] of internalNamesInJson(ctx.data)) ctx.report(field, 'public.internal-name', internalNameMessage(`${field} `, name));
  checkLocations(ctx, checkOriginalFile(ctx));
}

/** The MDX rule: its line and the name, for the caller to report. */
export function internalNamesInMdx(text: string): { line: number; column: number; name: string }[] {
  const out: { line: number; column: number; name: string }[] = [];
  text.split('\n').forEach((line, i) => {
    const name = internalNameIn(line);
    if (name) out.push({ line: i + 1, column: line.indexOf(name) + 1, name });
  });
  return out;
}
