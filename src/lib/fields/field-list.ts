/**
 * Every field a schema allows, in schema order, with its Chinese name, description and
 * what its values look like (type and unit): the field reference of the data API page,
 * generated from the zod schemas so it can never drift from what the check accepts.
 */
import { type AnySchema, defOf, type FieldMeta, unwrap } from './schema-walk.ts';

export interface FieldEntry {
  /** "spending.basic", "byFunction[].amount", "tables[].rows[].values{栏目}". */
  path: string;
  /** Nesting depth (0 for a top-level field). */
  depth: number;
  /** The Chinese name, from the schema's title. */
  title: string;
  description?: string;
  /** What a value is, in Chinese ("金额（文字）", "整数", "取值：增加、减少、持平"). */
  type: string;
  /** The unit a value carries or is counted in ("元或万元，随数值注明", "%", "分"), where it has one. */
  unit?: string;
  /** True for an object or a list whose fields follow (a heading row). */
  group: boolean;
  required: boolean;
}

/** Value formats our schemas declare (src/schemas/primitives.ts) → type and unit. */
const FORMATS: Record<string, { type: string; unit?: string }> = {
  amount: { type: '金额（文字：数字 + 空格 + 单位）', unit: '元或万元，随数值注明' },
  percent: { type: '百分比（文字，保留原文小数位）', unit: '%' },
  score: { type: '分数（数字）', unit: '分' },
  decimal: { type: '数值（文字，不带千分位）' },
  'partial-date': { type: '日期（文字：年、年-月或年-月-日）' },
  slug: { type: '标识（小写英文、数字和连字符）' },
};

function typeOf(def: ReturnType<typeof defOf>, meta: FieldMeta): { type: string; unit?: string } {
  if (meta.format && FORMATS[meta.format]) return FORMATS[meta.format];
  const of = (schema: AnySchema) => {
    const metas: FieldMeta[] = [];
    const inner = unwrap(schema, metas);
    return typeOf(defOf(inner), Object.assign({}, ...[...metas].reverse()) as FieldMeta);
  };
  switch (def.type) {
    case 'string': return { type: '文字' };
    case 'number': return { type: /int/.test(String((def as { format?: string }).format)) ? '整数' : '数字' };
    case 'int': return { type: '整数' };
    case 'boolean': return { type: '是或否（true / false）' };
    case 'enum': return { type: `取值：${Object.values(def.entries ?? {}).join('、')}` };
    case 'literal': return { type: `固定为 ${(def.values ?? []).map((v) => JSON.stringify(v)).join('、')}` };
    case 'union': return { type: '以下之一：文字或数字' };
    case 'record': {
      const value = def.valueType ? of(def.valueType) : undefined;
      return { type: `对象（名称 → ${value?.type ?? '值'}）`, ...(value?.unit ? { unit: value.unit } : {}) };
    }
    case 'object': return { type: '对象' };
    case 'array': {
      const element = def.element ? of(def.element) : undefined;
      return { type: `列表，每项为${element?.type ?? '值'}`, ...(element?.unit ? { unit: element.unit } : {}) };
    }
    default: return { type: def.type };
  }
}

/** Every field of `schema` (an object schema), depth first; `skip` leaves top-level keys out. */
export function fieldList(schema: AnySchema, skip: readonly string[] = []): FieldEntry[] {
  const out: FieldEntry[] = [];
  // Objects on the way down: a tree (the score tree's children) names its own type again.
  const above: { schema: AnySchema; path: string }[] = [];
  const walk = (node: AnySchema, path: string, depth: number, required: boolean) => {
    const metas: FieldMeta[] = [];
    let inner = unwrap(node, metas);
    let def = defOf(inner);
    let suffix = '';
    // A list: its element's fields follow under "name[]".
    if (def.type === 'array' && def.element) {
      const elementMetas: FieldMeta[] = [];
      const element = unwrap(def.element, elementMetas);
      if (defOf(element).type === 'object') {
        metas.push(...elementMetas.filter((m) => !metas.some((n) => n.title)));
        inner = element;
        def = defOf(element);
        suffix = '[]';
      }
    }
    const meta = Object.assign({}, ...[...metas].reverse()) as FieldMeta;
    const repeated = above.find((a) => a.schema === inner);
    const isObject = def.type === 'object' && !!def.shape && !repeated;
    const { type, unit } = repeated ? { type: `列表，每项的结构与 ${repeated.path} 相同（可逐级嵌套）`, unit: undefined } : suffix ? { type: '列表，每项为对象', unit: undefined } : typeOf(def, meta);
    if (path) out.push({ path: `${path}${suffix}`, depth, title: meta.title ?? path.split('.').at(-1)!, ...(meta.description ? { description: meta.description } : {}), type, ...(unit ? { unit } : {}), group: isObject, required });
    if (isObject) {
      above.push({ schema: inner, path: `${path}${suffix}` });
      for (const [key, child] of Object.entries(def.shape!)) {
        if (!path && skip.includes(key)) continue;
        const optional = defOf(child).type === 'optional';
        walk(child, path ? `${path}${suffix}.${key}` : key, path ? depth + 1 : 0, !optional);
      }
      above.pop();
    }
  };
  walk(schema, '', 0, true);
  return out;
}
