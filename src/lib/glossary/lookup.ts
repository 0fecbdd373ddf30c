/** Finds the glossary entry for a term as printed in a document or a field title. */
import { GLOSSARY, type GlossaryTerm } from './terms.ts';

/** Normalises quotes and spaces so "“三公”经费" and '"三公"经费' find one entry. */
const normalise = (text: string): string => text.replace(/[“”「」"]/g, '"').replace(/\s+/g, '').trim();

const INDEX: ReadonlyMap<string, GlossaryTerm> = (() => {
  const index = new Map<string, GlossaryTerm>();
  for (const entry of GLOSSARY) {
    for (const name of [entry.term, ...entry.aliases]) {
      const key = normalise(name);
      const existing = index.get(key);
      if (existing && existing !== entry) throw new Error(`glossary: "${name}" names both ${existing.slug} and ${entry.slug}`);
      index.set(key, entry);
    }
  }
  return index;
})();

/** The entry whose term or alias is exactly `text` (after quote/space normalisation). */
export function findTerm(text: string): GlossaryTerm | undefined {
  return INDEX.get(normalise(text));
}

/** The anchor URL of a glossary entry under the site's base path. */
export function termHref(base: string, entry: GlossaryTerm): string {
  return `${base}glossary/#${entry.slug}`;
}
