/**
 * Corrections cannot be silent: a changed published figure needs a correction entry
 * whose old and new values equal the change, and published history stays.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkCorrections } from '../../src/lib/corrections/check-corrections.ts';
import { diffFigures } from '../../src/lib/corrections/figure-diff.ts';

const file = 'content/2023/guangzhou-rd/self-evaluation.json';
const published = readFileSync(join(import.meta.dirname, '..', '..', file), 'utf8');
const edit = (change: (d: Record<string, any>) => void) => {
  const data = JSON.parse(published);
  change(data);
  return `${JSON.stringify(data, null, 2)}\n`;
};
const entry = { date: '2024-06-01', field: 'spending.total', old: '18242.27 万元', new: '18243.27 万元', reason: '原文录入错误，以批复决算为准。', approvedBy: '张三' };
const run = (head: string | undefined, base: string | undefined = published) => checkCorrections(file, base, head, '2024-06-01');

describe('changed figures', () => {
  test('a changed amount without a correction fails, pointing at the figure and showing the entry to add', () => {
    const head = edit((d) => (d.spending.total = '18243.27 万元'));
    const { problems, changes } = run(head);
    expect(changes).toEqual([{ field: 'spending.total', path: ['spending', 'total'], old: '18242.27 万元', new: '18243.27 万元', corrected: false }]);
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p.code).toBe('correction.missing');
    expect(head.split('\n')[p.line - 1]).toContain('"total": "18243.27 万元"');
    expect(p.message).toBe('spending.total（支出合计）由 "18242.27 万元" 改为 "18243.27 万元"，但没有对应的更正记录。已发布的数字不能悄悄改动：在 corrections（更正记录）里加一条：{"date":"2024-06-01","field":"spending.total","old":"18242.27 万元","new":"18243.27 万元","reason":"更正原因","approvedBy":"审核人"}，写明更正原因和审核人。');
  });

  test('a matching correction entry makes the same change pass', () => {
    const head = edit((d) => {
      d.spending.total = '18243.27 万元';
      d.corrections = [entry];
    });
    const { problems, changes } = run(head);
    expect(problems).toEqual([]);
    expect(changes[0].corrected).toBe(true);
  });

  test('an entry whose old or new value differs from the actual change fails as a mismatch', () => {
    const head = edit((d) => {
      d.spending.total = '18243.27 万元';
      d.corrections = [{ ...entry, new: '18244.27 万元' }];
    });
    const [p] = run(head).problems;
    expect(p.code).toBe('correction.mismatch');
    expect(p.message).toContain('第 1 条更正记录写的是 "18242.27 万元" → "18244.27 万元"，与实际改动不符：old 应为 "18242.27 万元"，new 应为 "18243.27 万元"。');
  });

  test('a changed score inside the indicator tree is caught too', () => {
    const head = edit((d) => (d.coverage[1].count = 4));
    const { problems } = run(head);
    expect(problems.map((p) => [p.code, p.field])).toEqual([['correction.missing', 'coverage[1].count']]);
  });

  test('a removed figure needs a correction with new ""', () => {
    const head = edit((d) => delete d.executionRate);
    expect(run(head).problems.map((p) => p.code)).toEqual(['correction.missing']);
    const fixed = edit((d) => {
      delete d.executionRate;
      d.corrections = [{ ...entry, field: 'executionRate', old: '98.7%', new: '' }];
    });
    expect(run(fixed).problems).toEqual([]);
  });

  test('a figure added where the published version had none needs no correction', () => {
    const head = edit((d) => (d.spending.personnel = '9000.00 万元'));
    const report = run(head);
    expect(report.problems).toEqual([]);
    expect(report.changes).toEqual([{ field: 'spending.personnel', path: ['spending', 'personnel'], new: '9000.00 万元', corrected: false }]);
  });

  test('text edits are not figures and need no correction', () => {
    const head = edit((d) => (d.problems[0] = '全年预算执行率还有待提高'));
    expect(run(head)).toMatchObject({ status: 'changed', changes: [], problems: [] });
  });

  test('an entry claiming a change to a figure that did not change fails', () => {
    const head = edit((d) => (d.corrections = [entry]));
    expect(run(head).problems.map((p) => p.code)).toEqual(['correction.mismatch']);
  });
});

describe('history', () => {
  const corrected = edit((d) => {
    d.spending.total = '18243.27 万元';
    d.corrections = [entry];
  });
  test('a published correction entry cannot be edited or removed', () => {
    const head = edit((d) => {
      d.spending.total = '18243.27 万元';
      d.corrections = [{ ...entry, reason: '改了原因' }];
    });
    expect(run(head, corrected).problems.map((p) => p.code)).toEqual(['correction.history-changed']);
  });
  test('a second correction is added after the first and both stay', () => {
    const head = edit((d) => {
      d.spending.total = '18242.27 万元';
      d.corrections = [entry, { ...entry, date: '2024-07-01', old: '18243.27 万元', new: '18242.27 万元' }];
    });
    expect(run(head, corrected).problems).toEqual([]);
  });
  test('deleting a published disclosure is refused with a reason', () => {
    expect(run(undefined).problems.map((p) => p.code)).toEqual(['correction.deleted']);
  });
  test('a new disclosure needs no corrections', () => {
    expect(checkCorrections(file, undefined, published, '2024-06-01')).toMatchObject({ status: 'added', problems: [] });
  });
});

describe('figure diff', () => {
  test('finds numbers and amount, percent and decimal strings; ignores text, $schema and corrections', () => {
    expect(diffFigures({ a: '1.00 万元', b: 'x', c: [{ d: 3 }], $schema: 's' }, { a: '1.10 万元', b: 'y', c: [{ d: 3 }, { d: 4 }], corrections: [{ old: '1' }] })).toEqual([
      { field: 'a', path: ['a'], old: '1.00 万元', new: '1.10 万元' },
      { field: 'c[1].d', path: ['c', 1, 'd'], new: 4 },
    ]);
  });
});
