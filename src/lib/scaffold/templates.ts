/**
 * Templates for `npm run new`: a new disclosure's JSON and MDX, and a new body's
 * department file, with every field staff must fill present and marked to fill.
 *
 * "Marked to fill" means a value the checker rejects with a message that names the
 * field and says what to write, never a value that passes silently:
 *   - text, amounts, percentages, dates and URLs are "" (empty): the check says
 *     "不能为空" or shows the amount/percent format to use;
 *   - scores are "" too: the check says "应为数字 … 填写数字，如 `94.34`";
 *   - the MDX has one {/* 待填写：… *\/} marker per section: the check reports each as
 *     mdx.expression at its line, quoting the marker, until staff replace it with text.
 * A field the source does not state is deleted, not zeroed ("原文没有就删去这个字段").
 */
import { DISCLOSURE_KINDS, type DisclosureKind } from '../../schemas/disclosure.ts';
import { LEVELS } from '../../schemas/department.ts';

/** The value that marks a field still to fill. */
export const TO_FILL = '';

/** The MDX marker for a section still to write; `what` says what goes there. */
export function mdxMarker(what: string): string {
  return `{/* 待填写：${what} */}`;
}

const f = TO_FILL;

/** Figures every 部门预算 and 部门决算 states (操作规程, 财预〔2016〕143号): 收支总表, 基本/项目, 三公, 机关运行经费, 政府采购. */
const fiscalCore = () => ({
  income: { total: f, generalPublic: f },
  spending: { total: f, basic: f, personnel: f, publicOperation: f, project: f },
  threePublic: { total: f, overseas: f, vehicles: f, vehiclePurchase: f, vehicleOperation: f, reception: f },
  operatingCosts: f,
  procurement: { total: f, goods: f, works: f, services: f },
});

/** One indicator row to copy for each row of the source's 绩效指标表. */
const indicatorRow = (extra: Record<string, string>) => ({ level1: f, level2: f, level3: f, ...extra });

/** The fields of each kind's template, after the shared header. */
const KIND_FIELDS: Record<DisclosureKind, () => Record<string, unknown>> = {
  budget: () => ({ ...fiscalCore() }),
  'final-accounts': () => {
    const { income, spending, ...rest } = fiscalCore();
    return {
      budget: { adjusted: f },
      income,
      spending,
      balances: { carriedForward: f, closing: f },
      executionRate: f,
      ...rest,
      procurement: { ...rest.procurement, sme: f, smeShare: f },
    };
  },
  'performance-targets': () => ({
    spending: { basic: f, project: f },
    income: { fiscalAppropriation: f, other: f },
    overallTargets: [f],
    keyTasks: [{ name: f, amount: f }],
    indicators: [indicatorRow({ periodTarget: f, annualTarget: f })],
  }),
  'self-evaluation': () => ({
    budget: { total: f },
    spending: { total: f, basic: f, project: f },
    executionRate: f,
    score: { selfScore: f, total: f, grade: f },
    problems: [f],
    measures: [f],
  }),
  'project-evaluation': () => ({
    projectName: f,
    competentDepartment: f,
    implementingUnit: f,
    funds: [{ label: '年度资金总额', initialBudget: f, adjustedBudget: f, executed: f, maxScore: f, executionRate: f, score: f }],
    overallTarget: { expected: f, actual: f },
    indicators: [indicatorRow({ annualTarget: f, actual: f, maxScore: f, score: f })],
    maxScore: f,
    totalScore: f,
    grade: f,
  }),
};

/** Sections of each kind's text, in the order the standard templates print them. */
export const KIND_SECTIONS: Record<DisclosureKind, readonly string[]> = {
  budget: ['一、部门职责及机构设置情况', '二、收支预算总体情况', '三、一般公共预算支出情况', '四、"三公"经费预算情况说明', '五、其他重要事项的情况说明（机关运行经费、政府采购、国有资产占用、绩效目标）', '六、名词解释'],
  'final-accounts': ['一、部门概况', '二、收入支出决算总体情况说明', '三、收入决算情况说明', '四、支出决算情况说明', '五、财政拨款收入支出决算总体情况说明', '六、一般公共预算财政拨款支出决算情况说明', '七、财政拨款"三公"经费支出决算情况说明', '八、其他重要事项的情况说明（机关运行经费、政府采购、国有资产占用、预算绩效）', '九、名词解释'],
  'performance-targets': ['部门整体支出绩效目标表'],
  'self-evaluation': ['一、基本情况', '二、绩效自评情况', '三、存在的主要问题', '四、下一步改进措施'],
  'project-evaluation': ['项目支出绩效自评表', '偏差原因分析及改进措施'],
};

/** Identity of a new disclosure. */
export interface DisclosureIdentity {
  department: string;
  fiscalYear: number;
  kind: DisclosureKind;
}

/** The JSON object of a new disclosure: identity filled, everything else marked to fill. */
export function disclosureTemplate(identity: DisclosureIdentity, schemaRef: string): Record<string, unknown> {
  return {
    $schema: schemaRef,
    kind: identity.kind,
    department: identity.department,
    fiscalYear: identity.fiscalYear,
    title: f,
    publishedDate: f,
    source: { url: f, format: 'pdf' },
    ...KIND_FIELDS[identity.kind](),
  };
}

/** The MDX text of a new disclosure: one heading and one marker per standard section. */
export function disclosureMdxTemplate(kind: DisclosureKind): string {
  const sections = KIND_SECTIONS[kind];
  const intro = mdxMarker('导语，原文没有就删去本行');
  const body = sections.map((s) => `## ${s}\n\n${mdxMarker('上面这一节的原文')}\n`).join('\n');
  return `${intro}\n\n${body}`;
}

/** What a new body's department file needs. Values given on the command line are filled in. */
export interface DepartmentFields {
  name?: string;
  shortName?: string;
  level?: keyof typeof LEVELS;
  province?: string;
  city?: string;
  county?: string;
}

/** The JSON object of a new department file. */
export function departmentTemplate(fields: DepartmentFields, schemaRef: string): Record<string, unknown> {
  const region: Record<string, string> = { province: fields.province ?? f };
  if (fields.level !== 'province') region.city = fields.city ?? f;
  if (fields.level === 'district-county' || fields.level === undefined) region.county = fields.county ?? f;
  return {
    $schema: schemaRef,
    name: fields.name ?? f,
    shortName: fields.shortName ?? f,
    level: fields.level ?? f,
    region,
  };
}

/** The Chinese name of a kind, for messages. */
export const kindLabel = (kind: DisclosureKind) => `${kind}（${DISCLOSURE_KINDS[kind]}）`;
