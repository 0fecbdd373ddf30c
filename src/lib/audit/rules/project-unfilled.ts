import { indicatorRows } from '../indicators.ts';
import type { Rule } from '../types.ts';

/** Template text such as "（请填写）", "XX", "××" left in a form. */
const PLACEHOLDER = /请填|待填|填写说明|^[Xx×＊*]{2,}$|[Xx×]{2,}(万元|%|个|次)|TODO|TBD/;

/** A project self-evaluation form left unfilled: no scores, or template text still present. */
export const projectUnfilled: Rule = {
  id: 'project.unfilled',
  severity: 'warning',
  title: '项目自评表未填完整',
  description: '项目支出绩效自评表没有任何得分，或仍留有模板文字（如“请填写”“XX”）时提示。',
  source: '《项目支出绩效评价管理办法》（财预〔2020〕10号）附件“项目支出绩效自评表”。',
  check({ disclosure }) {
    const data = disclosure.data;
    if (data.kind !== 'project-evaluation') return [];
    const findings: { message: string; fields: string[] }[] = [];
    const rows = indicatorRows(data);
    if (data.totalScore === undefined && rows.every(({ row }) => row.score === undefined)) findings.push({ message: '表中没有任何得分（总分和各指标得分都为空）。', fields: ['totalScore'] });
    const texts: [string, unknown][] = [
      ['projectName', data.projectName],
      ['overallTarget.expected', data.overallTarget?.expected],
      ['overallTarget.actual', data.overallTarget?.actual],
      ...rows.flatMap(({ row, path }) => [[`${path}.level3`, row.level3], [`${path}.annualTarget`, row.annualTarget], [`${path}.actual`, row.actual]] as [string, unknown][]),
    ];
    for (const [path, text] of texts) if (typeof text === 'string' && PLACEHOLDER.test(text.trim())) findings.push({ message: `“${text}”像是没有替换的模板文字。`, fields: [path] });
    return findings;
  },
};
