/** The generated 预算/决算 documents: two bodies and years, and two with mistyped totals. */
import { BUDGET_2024 } from './budget-2024.ts';
import { FINAL_2023 } from './final-2023.ts';
import type { FiscalDocument } from './model.ts';

/** The budget with the 一般公共服务支出 类 of its 一般公共预算支出表 printed 1.00 万元 too high. */
function withWrongTotal(document: FiscalDocument): FiscalDocument {
  const copy = structuredClone(document);
  const table = copy.tables[4];
  const r = table.expected.rows.findIndex((row) => row.code === '201');
  const right = table.expected.rows[r].values.合计;
  const wrong = (Number(right) + 1).toFixed(2);
  table.expected.rows[r].values.合计 = wrong;
  table.body[r][2] = wrong.replace(/\B(?=(\d{3})+\.)/g, ',');
  return copy;
}

/** The budget whose 一般公共预算支出表 prints its 合计 row 1.00 万元 too high in 合计 and 基本支出, its other rows right. */
function withWrongGeneralPublicTotal(document: FiscalDocument): FiscalDocument {
  const copy = structuredClone(document);
  const table = copy.tables[4];
  const r = table.expected.rows.findIndex((row) => row.item === '合计');
  for (const column of ['合计', '基本支出']) {
    const wrong = (Number(table.expected.rows[r].values[column]) + 1).toFixed(2);
    table.expected.rows[r].values[column] = wrong;
    table.body[r][2 + table.expected.columns!.indexOf(column)] = wrong.replace(/\B(?=(\d{3})+\.)/g, ',');
  }
  return copy;
}

export const FISCAL_DOCUMENTS: Record<string, { document: FiscalDocument; kind: 'budget' | 'final-accounts'; fiscalYear: number }> = {
  'budget-2024': { document: BUDGET_2024, kind: 'budget', fiscalYear: 2024 },
  'final-accounts-2023': { document: FINAL_2023, kind: 'final-accounts', fiscalYear: 2023 },
  'budget-2024-wrong-total': { document: withWrongTotal(BUDGET_2024), kind: 'budget', fiscalYear: 2024 },
  'budget-2024-wrong-general-public-total': { document: withWrongGeneralPublicTotal(BUDGET_2024), kind: 'budget', fiscalYear: 2024 },
};
