/**
 * Each rule that the golden mutation test cannot reach (warnings, cross-document rules,
 * acknowledgements), proved with one change to a consistent corpus and its exact message.
 */
import { describe, expect, test } from 'vitest';
import { auditCorpus, RULES } from '../../src/lib/audit/index.ts';
import { auditAndScore } from '../../src/lib/score/audit-and-score.ts';
import { CORPORA, loadCorpus } from './corpus.ts';

const base = loadCorpus(CORPORA['other-trees']);
/** Audits the corpus after `change` edits one disclosure's data; returns that disclosure's findings. */
function findingsAfter(id: string, change: (data: Record<string, any>) => void) {
  const corpus = structuredClone(base);
  change(corpus.disclosures.find((d) => d.id === id)!.data as Record<string, any>);
  return auditCorpus(corpus).get(id)!.findings;
}
const only = (findings: ReturnType<typeof findingsAfter>, rule: string) => findings.filter((f) => f.rule === rule).map((f) => `${f.severity} ${f.message}`);

describe('every rule is documented for the methodology page', () => {
  test.each(RULES.map((r) => [r.id, r] as const))('%s has a Chinese title, description and source', (_, rule) => {
    expect(rule.title).toMatch(/[\u4e00-\u9fff]/);
    expect(rule.description.length).toBeGreaterThan(15);
    expect(rule.source.length).toBeGreaterThan(5);
  });
  test('rule ids are unique', () => expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length));
});

describe('the consistent corpus has no errors or unexpected warnings', () => {
  test('only the project evaluation’s 85% execution is flagged', () => {
    const all = [...auditCorpus(base).values()].flatMap((a) => a.findings.filter((f) => f.severity !== 'finding').map((f) => `${a.id} ${f.rule}`));
    expect(all).toEqual(['2021/old-tree-rd/project-evaluation rate.execution-low']);
  });
});

describe('cross-document rules', () => {
  test('cross.year-over-year: a stated change that last year’s disclosure contradicts', () => {
    const findings = findingsAfter('2021/old-tree-rd/self-evaluation', (d) => { d.yearOverYear[0].direction = '减少'; });
    expect(only(findings, 'cross.year-over-year')).toEqual(['error 支出：本年 1,026.00 万元 − 2020年（2020/old-tree-rd/self-evaluation）850.00 万元 = 176.00 万元，即增加 176.00 万元；但文中写的是减少 176.00 万元。']);
  });
  test('cross.targets-vs-evaluation: the targets’ budget differs from the self-evaluation’s', () => {
    const findings = findingsAfter('2021/old-tree-rd/self-evaluation', (d) => { d.budget.initial = '1010.00 万元'; });
    expect(only(findings, 'cross.targets-vs-evaluation')).toEqual(['warning 2021/old-tree-rd/performance-targets 的绩效目标表列出部门预算支出合计 1,000.00 万元，而本报告的预算是 1,010.00 万元。差异可能来自年中预算调整，请核对口径。']);
  });
  test('cross.budget-vs-final: the accounts’ initial budget differs from the budget', () => {
    const findings = findingsAfter('2021/old-tree-rd/final-accounts', (d) => { d.budget.initial = '990.00 万元'; });
    expect(only(findings, 'cross.budget-vs-final')).toEqual(['warning 决算所列年初预算 990.00 万元，而 2021/old-tree-rd/budget 的支出预算合计是 1,000.00 万元。']);
  });
  test('cross.key-tasks-within-budget: task money typed in 万元 where the form uses 元 is caught after normalising units', () => {
    const findings = findingsAfter('2021/old-tree-rd/performance-targets', (d) => { d.keyTasks[0].amount = '1200000.00 万元'; });
    expect(only(findings, 'cross.key-tasks-within-budget')).toEqual(['warning 重点工作任务和其他任务拟投入资金合计 1,200,080.00 万元（按 1 万元 = 10,000 元换算），超过了部门预算支出 1,000.00 万元。请核对金额单位是元还是万元。']);
  });
});

describe('units', () => {
  test('parts published in 元 add up to a total in 万元 after exact conversion', () => {
    const ok = findingsAfter('2021/old-tree-rd/budget', (d) => { d.threePublic = { total: '10.00 万元', overseas: '0.00 元', vehicles: '60000.00 元', reception: '4.00 万元' }; });
    expect(only(ok, 'sum.three-public')).toEqual([]);
    const slip = findingsAfter('2021/old-tree-rd/budget', (d) => { d.threePublic = { total: '10.00 万元', overseas: '0.00 元', vehicles: '6000.00 元', reception: '4.00 万元' }; });
    expect(only(slip, 'sum.three-public')).toEqual(['error 因公出国（境）费 0.00 元 + 公务用车购置及运行费 6,000.00 元 + 公务接待费 4.00 万元 = 4.60 万元，但“三公”经费合计是 10.00 万元（相差 5.40 万元）。']);
  });
});

describe('plausibility warnings', () => {
  test('rate.execution-low: below 90% asks for an explanation', () => {
    const findings = findingsAfter('2021/old-tree-rd/project-evaluation', () => {});
    expect(only(findings, 'rate.execution-low')).toEqual(['warning 预算执行率 85.00%，低于 90%，原文应说明原因。']);
  });
  test('rate.execution-high: computed when no rate is stated', () => {
    const findings = findingsAfter('2020/old-tree-rd/self-evaluation', (d) => { delete d.executionRate; d.spending = { total: '950.00 万元' }; });
    expect(only(findings, 'rate.execution-high')).toEqual(['warning 预算执行率 105.56%（按执行数 ÷ 预算数计算），高于 100%：执行数 950.00 万元 超过预算数 900.00 万元。请核对所用的预算口径（年初预算还是调整后预算）；如属超预算支出，原文应作说明。']);
  });
  test('project.unfilled: template text and empty scores', () => {
    const findings = findingsAfter('2021/old-tree-rd/project-evaluation', (d) => {
      delete d.totalScore; delete d.grade;
      for (const row of d.indicators) delete row.score;
      d.indicators[0].actual = '请填写';
    });
    expect(only(findings, 'project.unfilled')).toEqual(['warning 表中没有任何得分（总分和各指标得分都为空）。', 'warning “请填写”像是没有替换的模板文字。']);
  });
  test('project.unfilled: 评价结论 still holding the template’s instruction', () => {
    const findings = findingsAfter('2021/old-tree-rd/project-evaluation', (d) => { d.grade = '（根据评价结果填写优、良、中、差）'; d.measures = ['优/良/中/差'] ; });
    expect(only(findings, 'project.unfilled')).toEqual(['warning “（根据评价结果填写优、良、中、差）”像是没有替换的模板文字。', 'warning “优/良/中/差”像是没有替换的模板文字。']);
    expect(only(findingsAfter('2021/old-tree-rd/project-evaluation', (d) => { d.grade = '良'; }), 'project.unfilled')).toEqual([]);
  });
  test('an unfilled form is 未填写/不完整 in the quality index, never a plain number; a filled one is not', () => {
    const corpus = structuredClone(base);
    const data = corpus.disclosures.find((d) => d.id === '2021/old-tree-rd/project-evaluation')!.data as Record<string, any>;
    delete data.totalScore; delete data.grade;
    for (const row of data.indicators) delete row.score;
    data.overallTarget.actual = '（请填写实际完成情况）';
    const quality = auditAndScore(corpus).get('2021/old-tree-rd/project-evaluation')!.scores.quality;
    expect(quality.incomplete).toEqual({ label: '未填写/不完整', reasons: ['表中没有任何得分（总分和各指标得分都为空）。', '“（请填写实际完成情况）”像是没有替换的模板文字。'] });
    expect(auditAndScore(base).get('2021/old-tree-rd/project-evaluation')!.scores.quality.incomplete).toBeUndefined();
  });
  test('project.unfilled: actuals all blank, or the 总分 blank while rows are scored', () => {
    const blank = findingsAfter('2021/old-tree-rd/project-evaluation', (d) => { for (const row of d.indicators) delete row.actual; });
    expect(only(blank, 'project.unfilled')).toEqual(['warning 3 个指标都没有填写实际完成值。']);
    const noTotal = findingsAfter('2021/old-tree-rd/project-evaluation', (d) => { delete d.totalScore; });
    expect(only(noTotal, 'project.unfilled')).toEqual(['warning 各指标有得分，但总分一栏为空。']);
  });
  test('self-evaluation.unfilled: 分值 printed and no 得分, no actuals, template text', () => {
    const unscore = (nodes: Record<string, any>[]) => nodes.forEach((n) => { delete n.score; if (n.children) unscore(n.children); });
    const noScores = findingsAfter('2021/old-tree-rd/self-evaluation', (d) => { delete d.score.selfScore; unscore(d.score.tree); });
    expect(only(noScores, 'self-evaluation.unfilled')).toEqual(['warning 表中没有任何得分（自评分和各指标得分都为空）。']);
    const template = findingsAfter('2021/old-tree-rd/self-evaluation', (d) => { for (const row of d.targets) delete row.actual; d.score.grade = '优/良/中/差'; d.problems = ['（请填写存在的问题）']; });
    expect(only(template, 'self-evaluation.unfilled')).toEqual(['warning 2 个指标都没有填写实际完成值。', 'warning “优/良/中/差”像是没有替换的模板文字。', 'warning “（请填写存在的问题）”像是没有替换的模板文字。']);
    // A report that states no score and lists its indicators without 分值 is not a blank form.
    expect(only(findingsAfter('2021/old-tree-rd/self-evaluation', (d) => { delete d.score; }), 'self-evaluation.unfilled')).toEqual([]);
  });
  test('performance-targets.unfilled: no target values, no task money, template text', () => {
    const blank = findingsAfter('2021/old-tree-rd/performance-targets', (d) => { for (const row of d.indicators) delete row.annualTarget; for (const t of d.keyTasks) delete t.amount; });
    expect(only(blank, 'performance-targets.unfilled')).toEqual(['warning 2 个指标都没有填写指标值（实施周期指标值和年度指标值都为空）。', 'warning 2 项重点工作任务都没有填写拟投入的资金。']);
    const template = findingsAfter('2021/old-tree-rd/performance-targets', (d) => { d.overallTargets = ['（此处填写部门年度总体绩效目标）']; d.indicators[0].annualTarget = 'XX次'; d.indicators[1].annualTarget = '是/否'; });
    expect(only(template, 'performance-targets.unfilled')).toEqual(['warning “（此处填写部门年度总体绩效目标）”像是没有替换的模板文字。', 'warning “XX次”像是没有替换的模板文字。', 'warning “是/否”像是没有替换的模板文字。']);
  });
  test('all three unfilled forms are 未填写/不完整 in the quality index, never a number', () => {
    const corpus = structuredClone(base);
    const edit = (id: string, change: (d: Record<string, any>) => void) => change(corpus.disclosures.find((d) => d.id === id)!.data as Record<string, any>);
    edit('2021/old-tree-rd/self-evaluation', (d) => { d.score.grade = '（根据自评结果填写优、良、中、差）'; });
    edit('2021/old-tree-rd/performance-targets', (d) => { for (const row of d.indicators) delete row.annualTarget; });
    const audits = auditAndScore(corpus);
    expect(audits.get('2021/old-tree-rd/self-evaluation')!.scores.quality.incomplete).toEqual({ label: '未填写/不完整', reasons: ['“（根据自评结果填写优、良、中、差）”像是没有替换的模板文字。'] });
    expect(audits.get('2021/old-tree-rd/performance-targets')!.scores.quality.incomplete).toEqual({ label: '未填写/不完整', reasons: ['2 个指标都没有填写指标值（实施周期指标值和年度指标值都为空）。'] });
    expect(auditAndScore(base).get('2021/old-tree-rd/performance-targets')!.scores.quality.incomplete).toBeUndefined();
  });
  test('indicator.unquantified and indicator.no-actual', () => {
    const findings = findingsAfter('2021/old-tree-rd/self-evaluation', (d) => { d.targets[0].annualTarget = '较好'; delete d.targets[1].actual; });
    expect(only(findings, 'indicator.unquantified')).toEqual(['warning 指标“召开常委会会议”的目标值是“较好”，没有可衡量的数字。']);
    expect(only(findings, 'indicator.no-actual')).toEqual(['warning 指标“代表满意度”没有列出实际完成值。']);
  });
  test('score.project-execution: the official formula (min(rate, 100%) × 10)', () => {
    const findings = findingsAfter('2021/old-tree-rd/project-evaluation', (d) => { d.funds[0].score = 9; d.indicators[0].score = 44.5; });
    expect(only(findings, 'score.project-execution')).toEqual(['warning 按官方公式，预算执行率得分 = min(85.00%, 100%) × 10 = 8.50 分，所列得分是 9 分。']);
  });
});

describe('real shapes of the 项目支出绩效自评表', () => {
  test('sum.project-funds-zero-total: a total row printed 0/0/0 while its one 其中 row carries the money', () => {
    const findings = findingsAfter('2021/old-tree-rd/project-evaluation', (d) => {
      d.funds = [
        { label: '年度资金总额', initialBudget: '0.00 万元', adjustedBudget: '0.00 万元', executed: '0.00 万元', maxScore: 10, executionRate: '0.00%', score: 0 },
        { label: '其中：本年财政拨款', initialBudget: '90.00 万元', adjustedBudget: '90.00 万元', executed: '86.40 万元' },
      ];
    });
    expect(only(findings, 'sum.project-funds-zero-total')).toEqual([
      'error 年度资金总额的年初预算数印为 0.00 万元，但其下本年财政拨款 90.00 万元：总额行没有填写或填错了。',
      'error 年度资金总额的全年预算数印为 0.00 万元，但其下本年财政拨款 90.00 万元：总额行没有填写或填错了。',
      'error 年度资金总额的全年执行数印为 0.00 万元，但其下本年财政拨款 86.40 万元：总额行没有填写或填错了。',
    ]);
    expect(only(findings, 'sum.project-funds')).toEqual([]);
  });
  test('a zero-budget source row printed as 0.00% is not an error; a 0.00% against real money is', () => {
    const zeroRow = findingsAfter('2021/old-tree-rd/project-evaluation', (d) => {
      d.funds.push({ label: '其他资金', initialBudget: '0.00 万元', adjustedBudget: '0.00 万元', executed: '0.00 万元', executionRate: '0.00%' });
    });
    expect(only(zeroRow, 'rate.project-execution')).toEqual([]);
    const wrong = findingsAfter('2021/old-tree-rd/project-evaluation', (d) => { d.funds[1].executionRate = '0.00%'; });
    expect(only(wrong, 'rate.project-execution')).toEqual(['error 其中：本年财政拨款：全年执行数 90.00 万元 ÷ 全年预算数 100.00 万元 = 90.00%，但所列执行率是 0.00%。']);
  });
});

describe('targets as ranges or bounds against the actual', () => {
  const project = '2021/old-tree-rd/project-evaluation';
  test('indicator.score-vs-outcome: full marks for a target not met', () => {
    const findings = findingsAfter(project, (d) => { d.indicators[0].score = 50; d.totalScore = 96.5; });
    expect(only(findings, 'indicator.score-vs-outcome')).toEqual(['warning 指标“代表活动次数”没有完成（实际 18次 < 目标 20次（目标为“≥20次”）），却记了满分 50 分；按规定，未完成的按完成值与指标值的比例记分。']);
  });
  test('indicator.score-vs-outcome: a range met (6至8期) but points withheld', () => {
    const findings = findingsAfter(project, (d) => { d.indicators[0].annualTarget = '6至8期'; d.indicators[0].actual = '7期'; });
    expect(only(findings, 'indicator.score-vs-outcome')).toEqual(['warning 指标“代表活动次数”已经完成（实际 7期在目标 6至8期 之间），按规定应记全部分值 50 分，所列得分是 45 分。']);
  });
  test('indicator.score-vs-outcome: bounds in words and odd units (不低于90%, ≥100百分比, ≤5天)', () => {
    const words = findingsAfter(project, (d) => { d.indicators[2].annualTarget = '不低于90%'; d.indicators[2].actual = '92%'; });
    expect(only(words, 'indicator.score-vs-outcome')).toEqual(['warning 指标“代表满意度”已经完成（实际 92% ≥ 目标 90%），按规定应记全部分值 10 分，所列得分是 8 分。']);
    const percent = findingsAfter(project, (d) => { d.indicators[1].annualTarget = '≥100百分比'; d.indicators[1].actual = '96%'; });
    expect(only(percent, 'indicator.score-vs-outcome')).toEqual(['warning 指标“建议办结率”没有完成（实际 96% < 目标 100%（目标为“≥100百分比”）），却记了满分 30 分；按规定，未完成的按完成值与指标值的比例记分。']);
    const days = findingsAfter(project, (d) => { d.indicators[1].annualTarget = '≤5天'; d.indicators[1].actual = '4天'; });
    expect(only(days, 'indicator.score-vs-outcome')).toEqual([]);
  });
  test('nothing is said where the outcome cannot be decided (qualitative, other units, no actual)', () => {
    for (const change of [
      (d: Record<string, any>) => { d.indicators[0].annualTarget = '是'; d.indicators[0].actual = '是'; d.indicators[0].score = 50; },
      (d: Record<string, any>) => { d.indicators[0].actual = '18场'; d.indicators[0].score = 50; },
      (d: Record<string, any>) => { delete d.indicators[0].actual; d.indicators[0].score = 50; },
    ]) expect(only(findingsAfter(project, change), 'indicator.score-vs-outcome')).toEqual([]);
  });
});

describe('findings or typing errors', () => {
  test('an acknowledged inconsistency is published as a finding, not an error', () => {
    const [finding] = auditCorpus(base).get('2021/old-tree-rd/final-accounts')!.findings;
    expect(finding).toMatchObject({ rule: 'sum.three-public', severity: 'finding', acknowledged: { reason: expect.stringContaining('已与原文核对') } });
    expect(finding.message).toBe('因公出国（境）费 0.00 万元 + 公务用车购置及运行费 5.50 万元 + 公务接待费 4.00 万元 = 9.50 万元，但“三公”经费合计是 9.60 万元（相差 0.10 万元）。');
  });
  test('without the acknowledgement the same inconsistency blocks as an error', () => {
    const findings = findingsAfter('2021/old-tree-rd/final-accounts', (d) => { delete d.acknowledged; });
    expect(findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['error sum.three-public']);
  });
  test('an acknowledgement that matches nothing is an error, so it cannot hide a later slip', () => {
    const findings = findingsAfter('2021/old-tree-rd/final-accounts', (d) => { d.threePublic.total = '9.50 万元'; });
    expect(only(findings, 'acknowledged.unused')).toEqual(['error acknowledged[0] 登记了规则 sum.three-public（字段 threePublic.total）的原文不一致，但核对时没有发现这个问题。若数字已更正，请删去这条登记；若规则编号写错，请改正（规则编号见评分方法页）。']);
  });
});
