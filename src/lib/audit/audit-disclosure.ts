/**
 * Runs every rule over one disclosure and applies its acknowledgements: a broken identity
 * the JSON acknowledges as the original document's own becomes a published finding
 * (数据一致性提示); an acknowledgement that matches nothing is itself an error, so a
 * stale one cannot hide a later slip.
 */
import { RULES } from './rules/index.ts';
import type { AuditContext, Finding, Rule } from './types.ts';

export interface RuleRun {
  rule: Rule;
  /** Fields the rule compared; empty when the rule did not apply. */
  used: string[];
  findings: Finding[];
}

export interface DisclosureAuditResult {
  findings: Finding[];
  runs: RuleRun[];
}

export function auditDisclosure(context: AuditContext, rules: readonly Rule[] = RULES): DisclosureAuditResult {
  const acknowledged = (context.disclosure.data.acknowledged ?? []).map((entry) => ({ ...entry, matched: false }));
  const runs = rules.map((rule): RuleRun => {
    const used = new Set<string>();
    const findings = rule.check(context, (path) => used.add(path)).map((f): Finding => {
      const ack = acknowledged.find((a) => a.rule === rule.id && (!a.field || f.fields.includes(a.field)));
      if (ack) ack.matched = true;
      return { rule: rule.id, title: rule.title, severity: ack ? 'finding' : rule.severity, message: f.message, fields: f.fields, ...(ack ? { acknowledged: { reason: ack.reason } } : {}) };
    });
    return { rule, used: [...used], findings };
  });
  const unused = acknowledged.flatMap((ack, i): Finding[] =>
    ack.matched
      ? []
      : [{
          rule: 'acknowledged.unused',
          title: '登记的原文不一致没有对应的问题',
          severity: 'error',
          message: `acknowledged[${i}] 登记了规则 ${ack.rule}${ack.field ? `（字段 ${ack.field}）` : ' '}的原文不一致，但核对时没有发现这个问题。若数字已更正，请删去这条登记；若规则编号写错，请改正（规则编号见评分方法页）。`,
          fields: [`acknowledged.${i}.rule`],
        }],
  );
  return { findings: [...runs.flatMap((r) => r.findings), ...unused], runs };
}
