/** Every audit rule, in the order the methodology page lists them. */
import type { Rule } from '../types.ts';
import { balanceAvailable } from './balance-available.ts';
import { balanceClosing } from './balance-closing.ts';
import { balanceGrandTotals } from './balance-grand-totals.ts';
import { crossBudgetVsFinal } from './cross-budget-vs-final.ts';
import { crossKeyTasksWithinBudget } from './cross-key-tasks-within-budget.ts';
import { crossTargetsVsEvaluation } from './cross-targets-vs-evaluation.ts';
import { crossYearOverYear } from './cross-year-over-year.ts';
import { indicatorMissing } from './indicator-missing.ts';
import { indicatorNoActual } from './indicator-no-actual.ts';
import { indicatorScoreVsOutcome } from './indicator-score-vs-outcome.ts';
import { indicatorUnquantified } from './indicator-unquantified.ts';
import { performanceTargetsUnfilled } from './performance-targets-unfilled.ts';
import { projectUnfilled } from './project-unfilled.ts';
import { rateExecution } from './rate-execution.ts';
import { rateExecutionHigh } from './rate-execution-high.ts';
import { rateExecutionLow } from './rate-execution-low.ts';
import { rateProjectExecution } from './rate-project-execution.ts';
import { rateSmeShare } from './rate-sme-share.ts';
import { selfEvaluationUnfilled } from './self-evaluation-unfilled.ts';
import { scoreChildren } from './score-children.ts';
import { scoreFirstLevelMax } from './score-first-level-max.ts';
import { scoreGrade } from './score-grade.ts';
import { scoreMax } from './score-max.ts';
import { scoreProjectExecution } from './score-project-execution.ts';
import { scoreProjectTotal } from './score-project-total.ts';
import { scoreTotal } from './score-total.ts';
import { sumBasic } from './sum-basic.ts';
import { sumBreakdown } from './sum-breakdown.ts';
import { sumBudgetFunds } from './sum-budget-funds.ts';
import { sumClosingParts } from './sum-closing-parts.ts';
import { sumFunctionLines } from './sum-function-lines.ts';
import { sumFunctionLineSplit } from './sum-function-line-split.ts';
import { sumIncome } from './sum-income.ts';
import { sumIncomeSources } from './sum-income-sources.ts';
import { sumProcurement } from './sum-procurement.ts';
import { sumProjectFunds } from './sum-project-funds.ts';
import { sumProjectFundsZeroTotal } from './sum-project-funds-zero-total.ts';
import { sumSpending } from './sum-spending.ts';
import { sumThreePublic } from './sum-three-public.ts';
import { sumVehicles } from './sum-vehicles.ts';
import { tableBasicVsThreePublic } from './table-basic-vs-three-public.ts';
import { tableColumnTotal } from './table-column-total.ts';
import { tableFiscalVsGeneralPublic } from './table-fiscal-vs-general-public.ts';
import { tableFunctionTree } from './table-function-tree.ts';
import { tableGeneralPublicVsBasic } from './table-general-public-vs-basic.ts';
import { tableListedRows } from './table-listed-rows.ts';
import { tableSummaryVsIncome } from './table-summary-vs-income.ts';
import { tableSummaryVsSpending } from './table-summary-vs-spending.ts';

export const RULES: readonly Rule[] = [
  sumSpending, sumBasic, sumIncome, sumBudgetFunds, sumThreePublic, sumVehicles, sumProcurement,
  sumFunctionLines, sumFunctionLineSplit, sumClosingParts, sumBreakdown, sumIncomeSources, sumProjectFunds, sumProjectFundsZeroTotal,
  tableFunctionTree, tableColumnTotal, tableListedRows,
  tableSummaryVsIncome, tableSummaryVsSpending, tableFiscalVsGeneralPublic, tableGeneralPublicVsBasic, tableBasicVsThreePublic,
  balanceAvailable, balanceClosing, balanceGrandTotals,
  rateExecution, rateProjectExecution, rateSmeShare,
  scoreChildren, scoreMax, scoreFirstLevelMax, scoreTotal, scoreProjectTotal, scoreGrade, scoreProjectExecution,
  crossTargetsVsEvaluation, crossBudgetVsFinal, crossYearOverYear, crossKeyTasksWithinBudget,
  rateExecutionHigh, rateExecutionLow, indicatorUnquantified, indicatorMissing, indicatorNoActual, indicatorScoreVsOutcome,
  projectUnfilled, selfEvaluationUnfilled, performanceTargetsUnfilled,
];
