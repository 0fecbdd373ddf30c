/**
 * The seed disclosures as committed content: every figure the published text states is
 * in the JSON, and the identities the published documents satisfy hold in the JSON
 * (recomputed here by hand from the sources, with exact decimals).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { add, decimal, divide, equals, parseAmount, parsePercent, rateMatches, subtract, sum, toPlainString, toYuan } from '../../src/lib/money.ts';
import { missingFigures } from '../../src/lib/stated-figures.ts';

const content = join(import.meta.dirname, '..', '..', 'content');
const read = (path: string) => JSON.parse(readFileSync(join(content, path), 'utf8'));
const amount = (text: string) => parseAmount(text).value;
const plain = (text: string) => toPlainString(amount(text));

const disclosures = readdirSync(content)
  .filter((y) => /^\d{4}$/.test(y))
  .flatMap((year) => readdirSync(join(content, year)).flatMap((dept) => readdirSync(join(content, year, dept)).filter((f) => f.endsWith('.json')).map((f) => `${year}/${dept}/${f.replace(/\.json$/, '')}`)));

describe('every figure the published text states is in the JSON', () => {
  test.each(disclosures)('%s', (id) => {
    const disclosure = read(`${id}.json`);
    const department = read(`departments/${disclosure.department}.json`);
    const departmentFacts = (department.years ?? []).filter((y: { source: string }) => y.source === id);
    const missing = missingFigures(readFileSync(join(content, `${id}.mdx`), 'utf8'), [disclosure, departmentFacts]);
    expect(missing.map((f) => `${id}.mdx:${f.line} ${f.text}`)).toEqual([]);
  });
});

describe('seed 000 广东省人大常委会办公厅 2020 自评: the published identities hold', () => {
  const d = read('2020/guangdong-rd/self-evaluation.json');
  test('可用资金 = 年初结转和结余 + 本年收入 (2,407.34 + 27,186.92 = 29,594.26)', () => {
    expect(plain(d.balances.carriedForward)).toBe('2407.34');
    expect(toPlainString(add(amount(d.balances.carriedForward), amount(d.income.total)))).toBe(plain(d.balances.available));
  });
  test('年末结余 = 可用资金 − 支出 (29,594.26 − 26,138.69 = 3,455.57), split 2,111.98 + 1,343.59', () => {
    expect(toPlainString(subtract(amount(d.balances.available), amount(d.spending.total)))).toBe(plain(d.balances.closing));
    expect(toPlainString(sum(d.balances.closingParts.map((p: { amount: string }) => amount(p.amount))))).toBe(plain(d.balances.closing));
  });
  test('自评分 94.34 = 履职效能 (20 + 20 + 9.31) + 管理效率 (2 + 6.48 + 3 + 12.5 + 4.25 + 14 + 2.8); + 加分 10 = 104.34', () => {
    const leaves = d.score.tree.flatMap((n: { children: { score: number }[] }) => n.children.map((c) => decimal(c.score)));
    expect(toPlainString(sum(leaves))).toBe('94.34');
    expect(d.score.selfScore).toBe(94.34);
    expect(toPlainString(add(decimal(d.score.selfScore), decimal(d.score.bonus)))).toBe(String(d.score.total));
    expect(d.score.bonusItems).toHaveLength(5);
  });
  test('专项自评分 9 = 4 + 2 + 3', () => {
    const [special] = d.score.supplementary;
    expect(toPlainString(sum(special.children.map((c: { score: number }) => decimal(c.score))))).toBe(String(special.score));
  });
});

describe('seed 001 广州市人大常委会办公厅 2023 自评: the published identities hold', () => {
  const d = read('2023/guangzhou-rd/self-evaluation.json');
  test('实际支出 18,242.27 = 基本支出 13,203.62 + 项目支出 5,038.65', () => {
    expect(toPlainString(add(amount(d.spending.basic), amount(d.spending.project)))).toBe(plain(d.spending.total));
  });
  test('支出进度 98.7% = 18,242.27 / 18,485.9', () => {
    expect(rateMatches(parsePercent(d.executionRate), amount(d.spending.total), amount(d.budget.total)).matches).toBe(true);
  });
  test('预算 18,485.9 = 一般公共预算 18,485.9 + 政府性基金 0 + 国有资本经营 0', () => {
    expect(equals(sum([d.budget.generalPublic, d.budget.governmentFund, d.budget.stateCapital].map(amount)), amount(d.budget.total))).toBe(true);
  });
  test('监控资金 2,715.43 = 944.43 + 700 + 1,071', () => {
    const [monitoring] = d.breakdowns;
    expect(toPlainString(sum(monitoring.items.map((i: { amount: string }) => amount(i.amount))))).toBe(plain(monitoring.total));
  });
  test('the indicator system has 2 first-level, 7 second-level and 25 third-level indicators', () => {
    const second = d.score.tree.flatMap((n: { children: unknown[] }) => n.children);
    const third = second.flatMap((n: { children: unknown[] }) => n.children);
    expect([d.score.tree.length, second.length, third.length]).toEqual([2, 7, 25]);
  });
});

describe('seed 002 东莞市人大常委会办公室 2023 绩效目标: the published identities hold', () => {
  const d = read('2023/dongguan-rd/performance-targets.json');
  test('收入来源 6,582.17 + 0.00 = 基本 5,082.95 + 项目 1,494.42 + 其他事业发展性支出 4.80 (the template identity)', () => {
    const income = sum([d.income.fiscalAppropriation, d.income.other].map(amount));
    const spending = sum([d.spending.basic, d.spending.project, d.developmentSpending.other].map(amount));
    expect(equals(income, spending)).toBe(true);
    expect(equals(sum([d.spending.basic, d.spending.project].map(amount)), income)).toBe(false);
  });
  test('key tasks are published in 元: together 11,688,700.00 元 = 1,168.87 万元', () => {
    const total = sum(d.keyTasks.map((t: { amount: string }) => toYuan(parseAmount(t.amount))));
    expect(toPlainString(total)).toBe('11688700.00');
    expect(d.keyTasks.every((t: { amount: string }) => parseAmount(t.amount).unit === '元')).toBe(true);
  });
  test('other tasks: 576,500.00 + 200,000.00 元', () => {
    expect(d.otherTasks.map((t: { amount: string }) => t.amount)).toEqual(['576500.00 元', '200000.00 元']);
  });
});

describe('seed 003 从化区人大常委会办公室 2022 自评: the published identities hold', () => {
  const d = read('2022/conghua-rd/self-evaluation.json');
  test('执行率 121.29% = 1,983.82 / 1,635.52, truncated (rounding gives 121.30%)', () => {
    const stated = parsePercent(d.executionRate);
    expect(rateMatches(stated, amount(d.spending.total), amount(d.budget.total)).matches).toBe(true);
    expect(toPlainString(divide(amount(d.spending.total), amount(d.budget.total), 2, 'half-up', 2)!)).toBe('121.30');
  });
  test('总分 90.9 = 40.9 + 50 + 0, of full marks 100 = 45 + 50 + 5', () => {
    expect(toPlainString(sum(d.score.tree.map((n: { score: number }) => decimal(n.score))))).toBe(String(d.score.total));
    expect(toPlainString(sum(d.score.tree.map((n: { maxScore: number }) => decimal(n.maxScore))))).toBe(String(d.score.maxScore));
  });
});
