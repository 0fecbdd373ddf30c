/**
 * Finds the figures a source states with certainty and where each one is. Certain means
 * a rule, not a guess, ties the number to a field:
 *   - a labelled cell of a standard table (绩效目标表, 项目支出绩效自评表, 收支总表,
 *     "三公"经费表 …) whose column or table states the unit (元 / 万元);
 *   - a row of a task table under a 拟投入的资金(元) header, or of an indicator table
 *     whose levels are named by the standard vocabulary (产出指标 / 数量指标 …);
 *   - a header line "填报人：…" at the top of the document;
 *   - in prose, one of a fixed list of labels immediately followed by the number and
 *     its unit ("实际支出18,242.27万元"), when that label gives one value only.
 * Everything else that looks like a figure of a field (two values for one label, a
 * table without a stated unit, an unknown indicator level) is listed for review and not
 * filled. Each filled figure carries where it was found and the text it was read from.
 */
import type { DisclosureKind } from '../../schemas/disclosure.ts';
import type { Block } from './blocks.ts';

/** A figure taken from the source, with its provenance. */
export interface Filled {
  /** Field path in the disclosure JSON ("spending.basic", "keyTasks[2].amount"). */
  field: string;
  value: string | number;
  /** Where in the source ("第 12 行", "第 1 个表格第 5 行"). */
  where: string;
  /** The source text it was read from. */
  evidence: string;
}

/** Something that looks like a field's figure but is not certain: for a person to decide. */
export interface Review {
  field?: string;
  where: string;
  evidence: string;
  reason: string;
}

export interface Recognized {
  /** Scalar fields by path. */
  fields: Filled[];
  /** Whole lists (indicators, keyTasks …) built from tables, by field name. */
  lists: Record<string, { items: Record<string, unknown>[]; where: string[] }>;
  review: Review[];
  /** Facts about the body (财政供养人员数 …) for the department file's `years`. */
  departmentFacts: Filled[];
}

type Unit = '元' | '万元';
const NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** "5,082.95" → "5082.95"; undefined when it is not a well-formed number. */
export function plainNumber(text: string): string | undefined {
  const t = text.trim().replace(/^[-－](?=\d)/, '-');
  return NUMBER.test(t) ? t.replace(/,/g, '') : undefined;
}
const unitIn = (text: string): Unit | undefined => {
  const m = text.match(/[(（]\s*(万元|元)\s*[)）]|单位\s*[:：]\s*(万元|元)/);
  return (m?.[1] ?? m?.[2]) as Unit | undefined;
};
const norm = (text: string) => text.replace(/\s+/g, '').replace(/^其中[:：]?/, '').replace(/[（(](万元|元)[)）]$/, '');

/** Labelled cells of the standard tables → field, by kind. The label must be the whole cell. */
const CELL_LABELS: Record<string, { field: string; kinds?: DisclosureKind[] }> = {
  基本支出: { field: 'spending.basic' },
  项目支出: { field: 'spending.project' },
  人员经费: { field: 'spending.personnel' },
  公用经费: { field: 'spending.publicOperation' },
  财政拨款: { field: 'income.fiscalAppropriation', kinds: ['performance-targets'] },
  其他资金: { field: 'income.other', kinds: ['performance-targets'] },
  财政专项资金: { field: 'developmentSpending.specialFunds', kinds: ['performance-targets'] },
  其他事业发展性支出: { field: 'developmentSpending.other', kinds: ['performance-targets'] },
  市本级使用资金: { field: 'byLevel.ownUse', kinds: ['performance-targets'] },
  本级使用资金: { field: 'byLevel.ownUse', kinds: ['performance-targets'] },
  拟用于对下转移支付资金: { field: 'byLevel.transfers', kinds: ['performance-targets'] },
  一般公共预算财政拨款收入: { field: 'income.generalPublic' },
  一般公共预算拨款收入: { field: 'income.generalPublic' },
  政府性基金预算财政拨款收入: { field: 'income.governmentFund' },
  政府性基金预算拨款收入: { field: 'income.governmentFund' },
  国有资本经营预算财政拨款收入: { field: 'income.stateCapital' },
  上级补助收入: { field: 'income.superiorSubsidy' },
  事业收入: { field: 'income.business' },
  经营收入: { field: 'income.operating' },
  附属单位上缴收入: { field: 'income.subordinateRemittance' },
  其他收入: { field: 'income.other' },
  本年收入合计: { field: 'income.total' },
  使用非财政拨款结余: { field: 'balances.nonFiscalBalanceUsed' },
  年初结转和结余: { field: 'balances.carriedForward' },
  收入总计: { field: 'balances.incomeGrandTotal' },
  本年支出合计: { field: 'spending.total' },
  结余分配: { field: 'balances.balanceDistribution' },
  年末结转和结余: { field: 'balances.closing' },
  支出总计: { field: 'balances.spendingGrandTotal' },
  '因公出国（境）费': { field: 'threePublic.overseas' },
  公务用车购置及运行费: { field: 'threePublic.vehicles' },
  公务用车购置费: { field: 'threePublic.vehiclePurchase' },
  公务用车运行费: { field: 'threePublic.vehicleOperation' },
  公务接待费: { field: 'threePublic.reception' },
  机关运行经费: { field: 'operatingCosts', kinds: ['budget', 'final-accounts'] },
};
/** Counts about the body, for the department file. */
const DEPARTMENT_LABELS: Record<string, string> = { 财政供养人员数: 'staffFunded', 下属二级单位数: 'subordinateUnits', 预算单位数量: 'budgetUnits' };

/** Header lines at the top of a report ("填报人：邵慷"). */
const HEADER_LABELS: Record<string, string> = { 部门名称: 'publisherName', 填报人: 'filledBy', 联系电话: 'contactPhone', 填报日期: 'filledDate' };

/** Standard indicator vocabulary (财预〔2020〕10号 and the 绩效目标表 templates). */
const LEVEL1 = ['产出指标', '效益指标', '满意度指标', '服务对象满意度指标', '成本指标'];
const LEVEL2 = ['数量指标', '质量指标', '时效指标', '成本指标', '经济成本指标', '社会成本指标', '生态环境成本指标', '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '服务对象满意度指标', '经济效益', '社会效益', '生态效益'];

/** Prose labels: the label, then optionally 为/是/共计/：, then the number and unit. */
interface ProseLabel {
  field: string;
  labels: string[];
  unit: 'amount' | 'percent' | 'score';
  kinds: DisclosureKind[];
}
const EVALUATION: DisclosureKind[] = ['self-evaluation'];
const PROSE: ProseLabel[] = [
  { field: 'budget.total', labels: ['年度预算', '全年预算数', '全年预算'], unit: 'amount', kinds: EVALUATION },
  { field: 'budget.generalPublic', labels: ['一般公共预算财政预算'], unit: 'amount', kinds: EVALUATION },
  { field: 'budget.governmentFund', labels: ['政府性基金预算'], unit: 'amount', kinds: EVALUATION },
  { field: 'budget.stateCapital', labels: ['国有资本经营预算'], unit: 'amount', kinds: EVALUATION },
  { field: 'spending.total', labels: ['实际支出', '总支出', '执行数'], unit: 'amount', kinds: EVALUATION },
  { field: 'spending.basic', labels: ['基本支出'], unit: 'amount', kinds: EVALUATION },
  { field: 'spending.project', labels: ['项目支出'], unit: 'amount', kinds: EVALUATION },
  { field: 'income.total', labels: ['总收入'], unit: 'amount', kinds: EVALUATION },
  { field: 'balances.carriedForward', labels: ['年初结余和结转资金', '年初结转和结余'], unit: 'amount', kinds: EVALUATION },
  { field: 'balances.available', labels: ['可用资金共计', '可用资金'], unit: 'amount', kinds: EVALUATION },
  { field: 'balances.closing', labels: ['年末结余', '年末结转和结余'], unit: 'amount', kinds: EVALUATION },
  { field: 'executionRate', labels: ['支出进度', '预算执行率', '完成预算的'], unit: 'percent', kinds: EVALUATION },
  { field: 'score.selfScore', labels: ['自评分'], unit: 'score', kinds: EVALUATION },
  { field: 'score.bonus', labels: ['加分项加'], unit: 'score', kinds: EVALUATION },
  { field: 'score.total', labels: ['合计', '综合得分为'], unit: 'score', kinds: EVALUATION },
];
/** Before a prose label: start, punctuation or space, or one of these words ("其中基本支出", "累计实际支出", "2020年总收入"). */
const LEFT_OK = /(^|[\s，,。；;：:、（(）)]|年|其中|累计|全年|共)$/;
/** Labels short or common enough to occur inside other terms ("情况自评分", "一般公共预算基本支出"): they must stand on their own. */
const STRICT_LEFT = new Set(['自评分', '合计', '执行数', '基本支出', '项目支出', '总收入', '总支出', '年末结余', '年度预算', '全年预算']);
const UNIT_RE: Record<ProseLabel['unit'], string> = { amount: '(万元|元)', percent: '(%|％)', score: '(分)' };

/** Runs every rule over the blocks. */
export function recognize(blocks: readonly Block[], kind: DisclosureKind): Recognized {
  const found: Filled[] = [];
  const review: Review[] = [];
  const lists: Recognized['lists'] = {};
  const departmentFacts: Filled[] = [];
  let lastUnitText = '';

  // Header lines "标签：值" among the first blocks.
  for (const block of blocks.slice(0, 12)) {
    if (block.type !== 'paragraph') continue;
    const m = block.text.match(/^([^：:]{2,6})[：:]\s*(.+)$/);
    if (!m) continue;
    const label = m[1].trim();
    if (HEADER_LABELS[label]) {
      let value: string | undefined = m[2].trim();
      if (label === '填报日期') {
        const d = value.match(/^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?$/);
        value = d ? [d[1], d[2]?.padStart(2, '0'), d[3]?.padStart(2, '0')].filter(Boolean).join('-') : undefined;
        if (!value) review.push({ field: 'filledDate', where: block.where, evidence: block.text, reason: '填报日期写法无法确定，请按 "2021-09" 的格式填写。' });
      }
      if (value) found.push({ field: HEADER_LABELS[label], value, where: block.where, evidence: block.text });
    } else if (DEPARTMENT_LABELS[label] && /^\d+$/.test(m[2].trim())) departmentFacts.push({ field: DEPARTMENT_LABELS[label], value: Number(m[2].trim()), where: block.where, evidence: block.text });
  }

  for (const block of blocks) {
    if (block.type === 'paragraph' || block.type === 'heading') {
      if (unitIn(block.text)) lastUnitText = block.text;
      if (block.type === 'paragraph') prose(block);
      continue;
    }
    table(block, unitIn(lastUnitText));
    lastUnitText = '';
  }

  // One value per field: two different values for one field are for a person to decide.
  const byField = new Map<string, Filled[]>();
  for (const f of found) byField.set(f.field, [...(byField.get(f.field) ?? []), f]);
  const fields: Filled[] = [];
  for (const [field, candidates] of byField) {
    const values = [...new Set(candidates.map((c) => String(c.value)))];
    if (values.length === 1) fields.push(candidates[0]);
    else review.push({ field, where: candidates.map((c) => c.where).join('、'), evidence: candidates.map((c) => c.evidence).join(' / '), reason: `同一字段在原文中有 ${values.length} 个不同的数：${values.join('、')}。没有填写，请对照原文确定。` });
  }
  return { fields, lists, review, departmentFacts };

  function prose(block: Extract<Block, { type: 'paragraph' }>) {
    for (const entry of PROSE) {
      if (!entry.kinds.includes(kind)) continue;
      for (const label of entry.labels) {
        const re = new RegExp(`${label}(?:为|是|共计|合计|达|：|:)?\\s*(-?[\\d,]+(?:\\.\\d+)?)\\s*${UNIT_RE[entry.unit]}`, 'g');
        for (const m of block.text.matchAll(re)) {
          const before = block.text.slice(0, m.index);
          // "产出指标完成情况自评分 20 分" is another score than "自评分 94.34 分": the label must stand on its own.
          if (STRICT_LEFT.has(label) && !LEFT_OK.test(before)) continue;
          // A longer label that contains this one was meant ("年末结转和结余" vs "年末结余" is fine; "项目支出总额" is not a figure of 项目支出).
          const number = plainNumber(m[1]);
          if (number === undefined) {
            review.push({ field: entry.field, where: block.where, evidence: m[0], reason: `数字 "${m[1]}" 写法不规范，没有填写。` });
            continue;
          }
          const value = entry.unit === 'amount' ? `${number} ${m[2]}` : entry.unit === 'percent' ? `${number}%` : Number(number);
          found.push({ field: entry.field, value, where: block.where, evidence: excerpt(block.text, m.index ?? 0, m[0].length) });
        }
      }
    }
  }

  function table(block: Extract<Block, { type: 'table' }>, tableUnit: Unit | undefined) {
    const columnUnit: (Unit | undefined)[] = [];
    const rows = block.rows;
    taskTable(block);
    indicatorTable(block);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      row.forEach((cell, c) => {
        const unit = unitIn(cell);
        if (unit) columnUnit[c] = unit;
      });
      for (let c = 0; c < row.length - 1; c++) {
        const label = norm(row[c]);
        const rule = CELL_LABELS[label];
        const departmentField = DEPARTMENT_LABELS[label];
        const valueCell = row[c + 1] ?? '';
        const number = plainNumber(valueCell);
        if (departmentField && number !== undefined && /^\d+$/.test(number)) departmentFacts.push({ field: departmentField, value: Number(number), where: block.rowWhere[r], evidence: `${row[c]}：${valueCell}` });
        if (!rule || (rule.kinds && !rule.kinds.includes(kind))) continue;
        if (!valueCell.trim()) continue;
        const unit = columnUnit[c + 1] ?? tableUnit;
        if (number === undefined) {
          if (/\d/.test(valueCell)) review.push({ field: rule.field, where: block.rowWhere[r], evidence: `${row[c]}：${valueCell}`, reason: '单元格里的数字写法不规范，没有填写。' });
          continue;
        }
        if (!unit) {
          review.push({ field: rule.field, where: block.rowWhere[r], evidence: `${row[c]}：${valueCell}`, reason: '表格没有写明金额单位（元 或 万元），没有填写：请按原文表头的单位填写。' });
          continue;
        }
        found.push({ field: rule.field, value: `${number} ${unit}`, where: block.rowWhere[r], evidence: `${row[c]}：${valueCell}（单位：${unit}）` });
      }
    }
  }

  /** A task table: a header row with 名称 and 拟投入的资金(元); each row below gives a task and its money. */
  function taskTable(block: Extract<Block, { type: 'table' }>) {
    const rows = block.rows;
    const header = rows.findIndex((row) => row.some((c) => norm(c) === '名称') && row.some((c) => /拟投入的资金/.test(c)));
    if (header < 0) return;
    const nameCol = rows[header].findIndex((c) => norm(c) === '名称');
    const amountCol = rows[header].findIndex((c) => /拟投入的资金/.test(c));
    const unit = unitIn(rows[header][amountCol]);
    const list: { items: Record<string, unknown>[]; where: string[] } = { items: [], where: [] };
    for (let r = header + 1; r < rows.length; r++) {
      const row = rows[r];
      // The table's next section ("其他需完成的任务", "绩效指标") starts in the first column.
      if (row[0]?.trim() && r > header + 1) break;
      if (row[0]?.trim() && !row[nameCol]) break;
      const name = row[nameCol]?.trim();
      const number = plainNumber(row[amountCol] ?? '');
      if (!name) continue;
      if (number === undefined || !unit) {
        review.push({ field: 'keyTasks', where: block.rowWhere[r], evidence: row.filter(Boolean).join(' | ').slice(0, 120), reason: '这一行的任务名称或金额不在表头所示的列里，没有填写：请对照原文补上。' });
        continue;
      }
      list.items.push({ name, amount: `${number} ${unit}` });
      list.where.push(block.rowWhere[r]);
    }
    if (list.items.length) lists.keyTasks = list;
    const other = rows.find((row) => /其他需完成的任务/.test(row[0] ?? ''));
    if (other) review.push({ field: 'otherTasks', where: block.rowWhere[rows.indexOf(other)], evidence: other.join(' ').slice(0, 160), reason: '“其他需完成的任务”写成一段文字（任务--内容-金额），金额单位没有写在这一行：没有填写，请按原文填入 otherTasks。' });
  }

  /** An indicator table: a header row with 一级指标 … 三级指标; levels named by the standard vocabulary. */
  function indicatorTable(block: Extract<Block, { type: 'table' }>) {
    const rows = block.rows;
    const header = rows.findIndex((row) => row.some((c) => norm(c) === '一级指标') && row.some((c) => norm(c) === '三级指标'));
    if (header < 0) return;
    const names = rows[header].map(norm);
    const valueColumns: [string, string][] = (
      [
        ['实施周期指标值', 'periodTarget'],
        ['年度指标值', 'annualTarget'],
        ['实际完成值', 'actual'],
        ['分值', 'maxScore'],
        ['得分', 'score'],
      ] as [string, string][]
    ).filter(([title]) => names.includes(title));
    const levelCount = names.indexOf('三级指标') - names.indexOf('一级指标') + 1;
    let level1: string | undefined;
    let level2: string | undefined;
    const list: { items: Record<string, unknown>[]; where: string[] } = { items: [], where: [] };
    for (let r = header + 1; r < rows.length; r++) {
      const cells = rows[r].map((c) => c.trim());
      const filled = cells.map((c, i) => ({ c, i })).filter(({ c }) => c);
      if (!filled.length) continue;
      const levelStart = names.indexOf('一级指标');
      const inVocabulary = (text: string) => LEVEL1.includes(text) || LEVEL2.includes(text);
      // A well-formed row: levels in their columns (known words in 一级/二级), values in theirs.
      const aligned =
        cells.length === names.length &&
        (!cells[levelStart] || LEVEL1.includes(cells[levelStart])) &&
        (levelCount < 3 || !cells[levelStart + 1] || LEVEL2.includes(cells[levelStart + 1])) &&
        valueColumns.some(([title]) => cells[names.indexOf(title)]);
      let levelCells: string[];
      let valueTexts: string[] | undefined;
      if (aligned) {
        levelCells = cells.slice(levelStart, levelStart + levelCount).filter(Boolean);
        valueTexts = valueColumns.map(([title]) => cells[names.indexOf(title)]);
      } else {
        // A flattened row whose cells shifted: anchor on the right, where the values are.
        const values = filled.slice(-valueColumns.length);
        const right = values.length === valueColumns.length && filled.length > valueColumns.length && values.every(({ c }) => !inVocabulary(c));
        levelCells = (right ? filled.slice(0, -valueColumns.length) : filled).map(({ c }) => c);
        valueTexts = right ? values.map(({ c }) => c) : undefined;
      }
      let level3: string | undefined;
      for (const text of levelCells) {
        if (LEVEL1.includes(text) && !(LEVEL2.includes(text) && level1 && text !== level1 && !/满意度/.test(text))) {
          level1 = text;
          level2 = undefined;
        } else if (LEVEL2.includes(text)) level2 = text;
        else if (!level3) level3 = text;
        else {
          review.push({ field: 'indicators', where: block.rowWhere[r], evidence: cells.filter(Boolean).join(' | '), reason: '这一行的指标层级无法确定，没有填写：请对照原文补上。' });
          level3 = undefined;
          break;
        }
      }
      if (!level1 || levelCells.length > levelCount) {
        review.push({ field: 'indicators', where: block.rowWhere[r], evidence: cells.filter(Boolean).join(' | '), reason: '这一行不在已识别的一级指标之下，没有填写：请对照原文补上。' });
        continue;
      }
      const item: Record<string, unknown> = { level1 };
      if (level2 && level2 !== level1) item.level2 = level2;
      if (level3) {
        item.level3 = level3;
        valueColumns.forEach(([, key], k) => {
          const text = valueTexts?.[k];
          if (!text) return;
          item[key] = key === 'maxScore' || key === 'score' ? (plainNumber(text) !== undefined ? Number(plainNumber(text)) : text) : text;
        });
      }
      list.items.push(item);
      list.where.push(block.rowWhere[r]);
    }
    if (list.items.length) lists.indicators = list;
  }
}

function excerpt(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 12);
  return `${start > 0 ? '…' : ''}${text.slice(start, index + length + 4)}${index + length + 4 < text.length ? '…' : ''}`;
}
