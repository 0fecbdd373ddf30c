/**
 * Money blocks shared by the disclosure kinds. Field names follow one English word per
 * domain term everywhere (budget, spending, basic, project …); the Chinese term is in
 * each field's title. Every field is optional: a disclosure states what it states.
 */
import { z } from 'astro/zod';
import { AmountSchema, PercentSchema, TextSchema } from './primitives.ts';

const amount = (title: string, description?: string) =>
  AmountSchema.optional().meta({ title, description: description ?? `${title}，金额带单位。` });

/** 预算数: the budget as stated (年初 / 调整后 and by fund type). */
export const BudgetFiguresSchema = z
  .strictObject({
    total: amount('预算数', '全年预算数（原文的"年度预算""全年预算数"）。'),
    initial: amount('年初预算数'),
    adjusted: amount('调整后预算数', '全年预算数（调整后）。'),
    generalPublic: amount('一般公共预算'),
    governmentFund: amount('政府性基金预算'),
    stateCapital: amount('国有资本经营预算'),
  })
  .meta({ title: '预算数' });

/** 支出: spending by its parts. 基本支出 = 人员经费 + 公用经费. */
export const SpendingFiguresSchema = z
  .strictObject({
    total: amount('支出合计', '本年支出合计 / 实际支出 / 执行数。'),
    basic: amount('基本支出'),
    personnel: amount('人员经费', '基本支出中的人员经费。'),
    publicOperation: amount('公用经费', '基本支出中的公用经费。'),
    project: amount('项目支出'),
    business: amount('经营支出', '事业单位经营支出。'),
    toSubordinate: amount('对附属单位补助支出'),
    toSuperior: amount('上缴上级支出'),
  })
  .meta({ title: '支出' });

/** 收入: income by source. */
export const IncomeFiguresSchema = z
  .strictObject({
    total: amount('收入合计', '本年收入合计 / 总收入。'),
    fiscalAppropriation: amount('财政拨款收入'),
    generalPublic: amount('一般公共预算财政拨款收入'),
    governmentFund: amount('政府性基金预算财政拨款收入'),
    stateCapital: amount('国有资本经营预算财政拨款收入'),
    superiorSubsidy: amount('上级补助收入'),
    business: amount('事业收入'),
    operating: amount('经营收入'),
    subordinateRemittance: amount('附属单位上缴收入'),
    other: amount('其他收入', '其他收入 / 其他资金。'),
    specialAccount: amount('财政专户管理资金收入', '部门预算收支总表中的“财政专户管理资金”。'),
  })
  .meta({ title: '收入' });

/** 结转结余: balances. 可用资金 = 年初结转和结余 + 本年收入; 年末结余 = 可用资金 − 支出. */
export const BalanceFiguresSchema = z
  .strictObject({
    carriedForward: amount('年初结转和结余'),
    available: amount('可用资金'),
    nonFiscalBalanceUsed: amount('使用非财政拨款结余'),
    balanceDistribution: amount('结余分配'),
    closing: amount('年末结转和结余', '年末结余。'),
    closingParts: z
      .array(z.strictObject({ label: TextSchema.meta({ title: '名称' }), amount: AmountSchema }))
      .min(1)
      .optional()
      .meta({ title: '年末结余构成', description: '原文列出的年末结余分项，如 "基本户等实有资金结余"。' }),
    incomeGrandTotal: amount('收入总计'),
    spendingGrandTotal: amount('支出总计'),
  })
  .meta({ title: '结转结余' });

/** "三公"经费 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费. */
export const ThreePublicSchema = z
  .strictObject({
    total: amount('"三公"经费合计'),
    overseas: amount('因公出国（境）费'),
    vehicles: amount('公务用车购置及运行费'),
    vehiclePurchase: amount('公务用车购置费'),
    vehicleOperation: amount('公务用车运行费'),
    reception: amount('公务接待费'),
  })
  .meta({ title: '"三公"经费' });

/** 政府采购: total and its split; share of SME contracts as stated. */
export const ProcurementSchema = z
  .strictObject({
    total: amount('政府采购总额'),
    goods: amount('货物采购'),
    works: amount('工程采购'),
    services: amount('服务采购'),
    sme: amount('授予中小企业合同金额'),
    smeShare: PercentSchema.optional().meta({ title: '中小企业合同金额占比' }),
  })
  .meta({ title: '政府采购' });

/** A spending line by functional classification (功能分类科目). */
export const FunctionLineSchema = z
  .strictObject({
    code: z.string().regex(/^\d{3,7}$/).optional().meta({ title: '科目编码', description: '如 "2010101"。' }),
    name: TextSchema.meta({ title: '科目名称' }),
    amount: AmountSchema.meta({ title: '金额' }),
    basic: amount('其中：基本支出'),
    project: amount('其中：项目支出'),
  })
  .meta({ title: '功能分类支出' });

/** A year-on-year change stated in the text ("较2019年增加1,136.71万元"). */
export const YearOverYearSchema = z
  .strictObject({
    item: TextSchema.meta({ title: '项目', description: '比较的对象，如 "部门预算收入"。' }),
    /** The figure compared, as an English field path, so the audit can check it against last year's disclosure. */
    field: z.string().regex(/^[a-zA-Z]+(\.[a-zA-Z]+)*$/).optional().meta({ title: '对应字段', description: '比较的是本文件中的哪个数字，如 "income.total"、"spending.total"；填写后会与上一年度的公开核对。' }),
    previousYear: z.int().meta({ title: '比较年度' }),
    direction: z.enum(['增加', '减少', '持平']).meta({ title: '增减' }),
    change: AmountSchema.optional().meta({ title: '增减额' }),
    rate: PercentSchema.optional().meta({ title: '增减率' }),
    reason: TextSchema.optional().meta({ title: '原因' }),
  })
  .meta({ title: '同比变化' });

/** One standard table (公开01表 …) with its rows, as published. */
export const DisclosureTableSchema = z
  .strictObject({
    code: TextSchema.optional().meta({ title: '表号', description: '如 "公开01表"。' }),
    name: TextSchema.meta({ title: '表名', description: '如 "收入支出决算总表"。' }),
    unit: z.enum(['元', '万元']).meta({ title: '金额单位' }),
    /** The value columns in the order printed; a column under a two-row header is "上栏/下栏". */
    columns: z
      .array(z.string().regex(/^[^.\s]+$/))
      .optional()
      .meta({ title: '栏目', description: '数值栏目按原文顺序排列；两层表头的栏目写成 "上栏/下栏"，如 "公务用车购置及运行费/小计"。' }),
    /** What the table says instead of rows ("本单位无此项收支，本表为空表。"). */
    statement: TextSchema.optional().meta({ title: '说明', description: '空表的原文说明，如 "本单位无政府性基金预算财政拨款收支，本表为空表。"' }),
    rows: z
      .array(
        z.strictObject({
          item: TextSchema.meta({ title: '项目' }),
          code: z.string().optional().meta({ title: '科目编码' }),
          /** Which half of a two-sided table (收支总表) the row stands in. */
          side: z.enum(['收入', '支出']).optional().meta({ title: '收支方', description: '收支总表这类左右两栏的表中，该行属于收入栏还是支出栏。' }),
          values: z
            .record(z.string(), z.string().regex(/^-?(0|[1-9]\d*)(\.\d+)?$/))
            .meta({ title: '各栏数值', description: '栏目名 → 数字（单位见表头），如 {"预算数": "120.50"}；空白单元格不写。' }),
        }),
      )
      .meta({ title: '行' }),
  })
  .meta({ title: '公开表' });
