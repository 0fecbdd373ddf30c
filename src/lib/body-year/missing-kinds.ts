/**
 * What a body-year page says plainly about the four yearly documents it lacks
 * ("该年度未公开部门决算"), and which comparisons that rules out.
 */
import { DISCLOSURE_KINDS, type DisclosureKind } from '../../schemas/disclosure.ts';

/** The four documents every body publishes each year (项目支出绩效自评 is optional). */
export const YEARLY_KINDS = ['budget', 'final-accounts', 'performance-targets', 'self-evaluation'] as const satisfies readonly DisclosureKind[];

export function missingKinds(present: readonly DisclosureKind[]): { kind: DisclosureKind; sentence: string }[] {
  return YEARLY_KINDS.filter((kind) => !present.includes(kind)).map((kind) => ({ kind, sentence: `该年度未公开${DISCLOSURE_KINDS[kind]}` }));
}
