import { describe, expect, it } from 'vitest';
import { missingKinds } from '../../src/lib/body-year/missing-kinds.ts';

describe('missingKinds', () => {
  it('names each yearly document the body did not publish, in page order', () => {
    expect(missingKinds(['self-evaluation', 'project-evaluation']).map((m) => m.sentence)).toEqual([
      '该年度未公开部门预算', '该年度未公开部门决算', '该年度未公开部门整体支出绩效目标',
    ]);
  });
  it('says nothing when all four are published', () => {
    expect(missingKinds(['budget', 'final-accounts', 'performance-targets', 'self-evaluation'])).toEqual([]);
  });
});
