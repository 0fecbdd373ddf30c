/** Names and links for disclosures, shared by pages so URLs are built in one place. */
import { DISCLOSURE_KINDS, type DisclosureKind } from '../schemas/disclosure.ts';

/** "/2023/guangzhou-rd/self-evaluation/": year, then body, then kind. */
export function disclosurePath(base: string, id: string): string {
  return `${base}${id}/`;
}

export function kindName(kind: DisclosureKind): string {
  return DISCLOSURE_KINDS[kind];
}
