import { indicatorRows } from '../indicators.ts';
import type { Rule } from '../types.ts';

/**
 * Template text left in a form: "（请填写）", "XX", "××", and the template's own
 * instructions ("根据评价结果填写优、良、中、差", "按……填列", "优/良/中/差").
 */
const PLACEHOLDER = /请填|待填|填写说明|根据.{0,30}(填写|填列)|[按依].{0,20}填列|^[（(]?(优|良|中|差)[、/|](优|良|中|差)[、/|]|^[Xx×＊*]{2,}$|[Xx×]{2,}(万元|%|个|次)|TODO|TBD/;

/** A project self-evaluation form left unfilled: no scores, or template text still present. */
export const projectUnfilled: Rule = {
  id: 'project.unfilled',
  severity: 'warning',
  title: '项目自评表未填完整',
  description: '项目支出绩效自评表没有任何得分，或仍留有模板文字（如“请填写”“XX”，或评价结论仍是“根据评价结果填写优、良、中、差”之类的填表说明）时提示。',
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
      ['grade', data.grade],
      ...(data.problems ?? []).map((text, i) => [`problems.${i}`, text] as [string, unknown]),
      ...(data.measures ?? []).map((text, i) => [`measures.${i}`, text] as [string, unknown]),
      ...rows.flatMap(({ row, path }) => [[`${path}.level3`, row.level3], [`${path}.annualTarget`, row.annualTarget], [`${path}.actual`, row.actual]] as [string, unknown][]),
    ];
    for (const [path, text] of texts) if (typeof text === 'string' && PLACEHOLDER.test(text.trim())) findings.push({ message: `“${text}”像是没有替换的模板文字。`, fields: [path] });
    return findings;
  },
};
