/** A disclosing body (人大常委会办公厅/办公室): content/departments/<slug>.json. */
import { z } from 'astro/zod';
import { SlugSchema, TextSchema, WebUrlSchema } from './primitives.ts';

export const LEVELS = { province: '省级', city: '市级', 'district-county': '区县级' } as const;

/** The kind of administrative division the body serves, as it calls itself (省、自治州、县级市 …). */
export const DIVISIONS = ['省', '自治区', '直辖市', '市', '州', '自治州', '盟', '地区', '县', '自治县', '区', '县级市', '旗', '自治旗', '特区', '林区'] as const;

/** A name the same office had in earlier years. */
export const FormerNameSchema = z
  .strictObject({
    name: TextSchema.meta({ title: '曾用全称' }),
    shortName: TextSchema.optional().meta({ title: '曾用简称' }),
    /** First year under this name, where known. */
    from: z.int().min(1949).max(2100).optional().meta({ title: '起始年度', description: '使用这个名称的第一个年度；不知道不填。' }),
    /** Last year under this name. */
    until: z.int().min(1949).max(2100).meta({ title: '截止年度', description: '使用这个名称的最后一个年度。' }),
  })
  .meta({ title: '曾用名' });
export type FormerName = z.output<typeof FormerNameSchema>;

/** Facts about the body in one year, as a disclosure of that year states them. */
export const DepartmentYearSchema = z
  .strictObject({
    year: z.int().min(1990).max(2100).meta({ title: '年度' }),
    staffFunded: z.int().min(0).optional().meta({ title: '财政供养人员数' }),
    subordinateUnits: z.int().min(0).optional().meta({ title: '下属单位数', description: '下属二级单位数。' }),
    budgetUnits: z.int().min(0).optional().meta({ title: '预算单位数量' }),
    authorizedPosts: z.int().min(0).optional().meta({ title: '编制数', description: '行政编制数。' }),
    actualStaff: z.int().min(0).optional().meta({ title: '实有人数', description: '实有在职人员数。' }),
    workers: z.int().min(0).optional().meta({ title: '工勤人员数' }),
    retired: z.int().min(0).optional().meta({ title: '退休人员数' }),
    retiredVeterans: z.int().min(0).optional().meta({ title: '离休人员数' }),
    internalUnits: z.int().min(0).optional().meta({ title: '内设机构数' }),
    /** The disclosure that states these facts: "<year>/<dept>/<kind>". */
    source: z
      .string()
      .regex(/^\d{4}\/[a-z0-9-]+\/[a-z-]+$/)
      .meta({ title: '出处', description: '陈述这些数字的公开文件，如 "2022/conghua-rd/self-evaluation"。' }),
  })
  .meta({ title: '年度概况' });

export const DepartmentSchema = z
  .strictObject({
    $schema: z.string().optional(),
    /** 全称. */
    name: TextSchema.meta({ title: '全称', description: '如 "广州市人民代表大会常务委员会办公厅"。' }),
    /** 简称. */
    shortName: TextSchema.meta({ title: '简称', description: '如 "广州市人大常委会办公厅"。' }),
    /** Other names people search for. */
    aliases: z.array(TextSchema).optional().meta({ title: '别称', description: '搜索时可能用到的其他名称，如 "广州市人大"。' }),
    level: z.enum(['province', 'city', 'district-county']).meta({ title: '层级', description: 'province（省级）、city（市级）或 district-county（区县级）。' }),
    /** 省、市、州、县、区、县级市 …: finer than `level`, as the body names its division. */
    division: z.enum(DIVISIONS).optional().meta({ title: '行政区类型', description: '省、自治区、直辖市、市、州、自治州、县、区、县级市等。' }),
    /** Earlier names of the same office, oldest first. */
    formerNames: z.array(FormerNameSchema).min(1).optional().meta({ title: '曾用名', description: '同一机关在早些年度使用的名称，按时间先后排列。' }),
    region: z
      .strictObject({
        province: TextSchema.meta({ title: '省份' }),
        city: TextSchema.optional().meta({ title: '市', description: '地级市、自治州、盟或地区，如 "广州市"、"恩施土家族苗族自治州"。' }),
        county: TextSchema.optional().meta({ title: '区县', description: '县、区或县级市，如 "从化区"、"宣汉县"、"洪江市"。' }),
      })
      .meta({ title: '地区' }),
    /** The body this office serves, e.g. 广州市人民代表大会常务委员会. */
    parent: TextSchema.optional().meta({ title: '上级机关', description: '办公厅/办公室所属的人大常委会。' }),
    /** The slug of the next level up, where that body is in 明账 too. */
    parentDepartment: SlugSchema.optional().meta({ title: '上一级部门标识' }),
    website: WebUrlSchema.optional().meta({ title: '网站' }),
    years: z.array(DepartmentYearSchema).optional().meta({ title: '年度概况' }),
  })
  .meta({ title: '部门' });
export type Department = z.output<typeof DepartmentSchema>;
