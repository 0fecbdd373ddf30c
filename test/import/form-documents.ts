/**
 * The 项目支出绩效自评表 as a real table, row by row as the template lays it out (merged
 * cells left empty), and the documents made from it: a .docx (WordprocessingML) and an
 * HTML page for Chromium to print as a PDF with a text layer.
 */
import { createRequire } from 'node:module';

export const PROJECT_TITLE = ['项目支出绩效自评表', '（2023年度）'];
export const PROJECT_ROWS: string[][] = [
  ['项目名称', '代表履职服务保障经费'],
  ['主管部门', '测试县人民代表大会常务委员会', '实施单位', '测试县人民代表大会常务委员会办公室'],
  ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ['年度资金总额', '80.00', '86.00', '81.70', '10', '95.00%', '9.5'],
  ['其中：本年财政拨款', '80.00', '86.00', '81.70', '—', '95.00%', '—'],
  ['上年结转资金', '0.00', '0.00', '0.00', '—', '0.00%', '—'],
  ['年度总体目标', '预期目标', '实际完成情况'],
  ['', '组织代表开展视察调研6至8期，代表培训合格率不低于90%，保障代表依法履职。', '组织代表视察调研7期，培训合格率96%，代表履职保障到位。'],
  ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  ['', '产出指标', '数量指标', '组织代表视察调研期数', '6至8期', '7期', '20', '20', ''],
  ['', '', '质量指标', '代表培训合格率', '不低于90%', '96%', '10', '10', ''],
  ['', '', '时效指标', '代表建议交办及时率', '≥100百分比', '100%', '10', '10', ''],
  ['', '', '', '代表建议交办时限', '≤5天', '4天', '10', '10', ''],
  ['', '效益指标', '社会效益指标', '代表建议办结率', '≥95%', '92%', '30', '27', '部分建议涉及跨部门协调，办理周期较长；下一年度提前会商。'],
  ['', '满意度指标', '服务对象满意度指标', '代表满意度', '≥90%', '95%', '10', '10', ''],
  ['总分', '100', '96.5'],
  ['评价结论', '优'],
  ['存在问题', '个别代表建议办理周期偏长。'],
  ['改进措施', '建立跨部门会商机制，缩短办理周期。'],
  ['项目负责人', '王某', '财务负责人', '李某'],
];

/** A .docx with the title paragraphs and the form as one Word table. */
export async function formDocx(title: string[], rows: string[][]): Promise<Buffer> {
  const local = createRequire(import.meta.url);
  const JSZip = createRequire(local.resolve('mammoth'))('jszip');
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const p = (text: string) => (text ? `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>` : '<w:p/>');
  const row = (cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${p(c)}</w:tc>`).join('')}</w:tr>`;
  const body = [...title.map(p), `<w:tbl>${rows.map(row).join('')}</w:tbl>`].join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The form as an HTML table (no cell wraps at A4 landscape), for printing to PDF. */
export function formHtml(title: string[], rows: string[][]): string {
  const cells = (r: string[]) => r.map((c) => `<td>${c}</td>`).join('');
  return `<html lang="zh-CN"><meta charset="utf-8"><style>@page{size:594mm 420mm;margin:10mm}body{font-family:"Noto Sans CJK SC",sans-serif;font-size:10px}td{padding:2px 16px;white-space:nowrap}</style><body>${title.map((t) => `<p>${t}</p>`).join('')}<table>${rows.map((r) => `<tr>${cells(r)}</tr>`).join('')}</table></body></html>`;
}
