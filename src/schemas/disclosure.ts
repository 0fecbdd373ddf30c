/** Every disclosure kind, joined on `kind`. The file name of a disclosure is its kind. */
import { z } from 'astro/zod';
import { BudgetSchema } from './budget.ts';
import { FinalAccountsSchema } from './final-accounts.ts';
import { PerformanceTargetsSchema } from './performance-targets.ts';
import { ProjectEvaluationSchema } from './project-evaluation.ts';
import { SelfEvaluationSchema } from './self-evaluation.ts';

/** Disclosure kinds with their Chinese names, in the order pages list them. */
export const DISCLOSURE_KINDS = {
  budget: '部门预算',
  'final-accounts': '部门决算',
  'performance-targets': '部门整体支出绩效目标',
  'self-evaluation': '部门整体支出绩效自评报告',
  'project-evaluation': '项目支出绩效自评',
} as const;
export type DisclosureKind = keyof typeof DISCLOSURE_KINDS;
export const KIND_NAMES = Object.keys(DISCLOSURE_KINDS) as DisclosureKind[];

/** The schema of each kind, for per-kind JSON Schemas and templates. */
export const SCHEMA_BY_KIND = {
  budget: BudgetSchema,
  'final-accounts': FinalAccountsSchema,
  'performance-targets': PerformanceTargetsSchema,
  'self-evaluation': SelfEvaluationSchema,
  'project-evaluation': ProjectEvaluationSchema,
} as const;

export const DisclosureSchema = z.discriminatedUnion('kind', [
  BudgetSchema,
  FinalAccountsSchema,
  PerformanceTargetsSchema,
  SelfEvaluationSchema,
  ProjectEvaluationSchema,
]);
export type Disclosure = z.output<typeof DisclosureSchema>;
