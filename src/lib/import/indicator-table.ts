import { INDICATOR_NATURES } from '../../schemas/indicator.ts';
import type { Block } from './blocks.ts';
import { LEVEL1, LEVEL2, norm, plainNumber } from './labels.ts';
import type { Recognized, Review } from './recognized.ts';
import { indicatorRules, type Placed, placeCells } from './form-cells.ts';
import { columnOf, INDICATORS, isValue } from './form-vocabulary.ts';

type TableBlock = Extract<Block, { type: 'table' }>;
/** Rows of the self-evaluation forms below the indicator rows. */
const AFTER_INDICATORS = ['总分', '评价结论', '自评等级', '存在问题', '改进措施', '项目负责人', '财务负责人', '填表人', '联系电话'];

/** An indicator table: a header row with 一级指标 … 三级指标; levels named by the standard vocabulary. */
export function recognizeIndicatorTable(block: TableBlock, review: Review[], lists: Recognized['lists']): void {
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
      ['指标性质', 'nature'],
      ['度量单位', 'unit'],
      ['偏差原因分析及改进措施', 'deviation'],
    ] as [string, string][]
  ).filter(([title]) => names.includes(title));
  const levelCount = names.indexOf('三级指标') - names.indexOf('一级指标') + 1;
  // Columns by what their cells look like, for rows that lost their empty cells.
  const typed = valueColumns.map(([title, key]) => ({ ...(columnOf(INDICATORS, title) ?? { words: [title], type: 'text' as const }), key }));
  const plain = typed.filter((c) => c.key !== 'deviation');
  const rules = indicatorRules(typed);
  /** Leading level words, the 三级 name, then values (and a deviation text last) — placed only if they fit one way. */
  const placeRow = (texts: string[]): { levels: string[]; values: Placed } | undefined => {
    let k = 0;
    while (k < texts.length && k < levelCount - 1 && (LEVEL1.includes(texts[k]) || LEVEL2.includes(texts[k]))) k++;
    if (k >= texts.length || LEVEL1.includes(texts[k]) || LEVEL2.includes(texts[k])) return undefined;
    const values = texts.slice(k + 1);
    const deviation = typed.some((c) => c.key === 'deviation') && values.length && !isValue(values.at(-1)!) ? values.pop() : undefined;
    const found = placeCells(values, plain, rules);
    return found && { levels: texts.slice(0, k + 1), values: { ...found, ...(deviation ? { deviation } : {}) } };
  };
  let level1: string | undefined;
  let level2: string | undefined;
  const list: { items: Record<string, unknown>[]; where: string[] } = { items: [], where: [] };
  for (let r = header + 1; r < rows.length; r++) {
    const cells = rows[r].map((c) => c.trim());
    const filled = cells.map((c, i) => ({ c, i })).filter(({ c }) => c);
    if (!filled.length) continue;
    // The form goes on below its indicators (总分, 评价结论 …): those rows are not indicators.
    if (AFTER_INDICATORS.includes(norm(filled[0].c))) break;
    const levelStart = names.indexOf('一级指标');
    const inVocabulary = (text: string) => LEVEL1.includes(text) || LEVEL2.includes(text);
    // A well-formed row: levels in their columns (known words in 一级/二级), values in theirs.
    const inColumns =
      cells.length === names.length &&
      (!cells[levelStart] || LEVEL1.includes(cells[levelStart])) &&
      (levelCount < 3 || !cells[levelStart + 1] || LEVEL2.includes(cells[levelStart + 1]));
    const aligned = inColumns && valueColumns.some(([title]) => cells[names.indexOf(title)]);
    let levelCells: string[];
    let valueTexts: string[] | undefined;
    let placed: ReturnType<typeof placeRow>;
    if (aligned) {
      levelCells = cells.slice(levelStart, levelStart + levelCount).filter(Boolean);
      valueTexts = valueColumns.map(([title]) => cells[names.indexOf(title)]);
    } else if ((placed = placeRow(filled.map(({ c }) => c)))) {
      // A row that lost its empty cells (a PDF prints none): its cells placed by what they look like.
      levelCells = placed.levels;
      valueTexts = valueColumns.map(([, key]) => placed!.values[key] ?? '');
    } else {
      // A flattened row whose cells shifted: anchor on the right, where the values are.
      const values = filled.slice(-valueColumns.length);
      const right = values.length === valueColumns.length && filled.length > valueColumns.length && values.every(({ c }) => !inVocabulary(c));
      levelCells = (right ? filled.slice(0, -valueColumns.length) : filled).map(({ c }) => c);
      valueTexts = right ? values.map(({ c }) => c) : undefined;
    }
    let level3: string | undefined;
    // In its columns, a row names its 一级 and 二级 where it prints both: "满意度指标 | 服务对象满意度指标".
    if ((inColumns && levelCount === 3 && cells[levelStart] && cells[levelStart + 1]) || (placed && placed.levels.length === 3)) {
      [level1, level2] = levelCells;
      levelCells = levelCells.slice(2);
    }
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
        if (!text || /^[—–\-－/／]+$/.test(text)) return;
        if (key === 'nature' && !(INDICATOR_NATURES as readonly string[]).includes(text)) return void review.push({ field: 'indicators', where: block.rowWhere[r], evidence: text, reason: `指标性质“${text}”不是 =、≥、≤、>、< 或 定性，没有填写。` });
        item[key] = key === 'maxScore' || key === 'score' ? (plainNumber(text) !== undefined ? Number(plainNumber(text)) : text) : text;
      });
    }
    list.items.push(item);
    list.where.push(block.rowWhere[r]);
  }
  if (list.items.length) lists.indicators = list;
}
