/**
 * Turns one zod issue into a message staff can act on: the field's English path and
 * Chinese name, what was found, and how to fix it. Raw zod text never reaches staff.
 */
import type { z } from 'astro/zod';
import { AMOUNT_PATTERN, DECIMAL_PATTERN, PERCENT_PATTERN } from '../../schemas/primitives.ts';
import { formatFieldPath } from '../fields/field-path.ts';
import { resolveField } from '../fields/schema-walk.ts';
import { closest } from './suggest.ts';

export interface IssueMessage {
  code: string;
  message: string;
  /** Path of the node to point at (the key for unknown keys, the parent for missing ones). */
  path: PropertyKey[];
  /** Point at the key of `path` rather than its value. */
  atKey?: boolean;
}

const show = (value: unknown): string => {
  if (value === undefined) return '（空）';
  const text = JSON.stringify(value);
  return `\`${text.length > 60 ? `${text.slice(0, 57)}…` : text}\``;
};

const typeName = (value: unknown): string =>
  value === null ? '空值 null' : Array.isArray(value) ? '数组' : ({ string: '文字', number: '数字', boolean: '是/否', object: '对象' } as Record<string, string>)[typeof value] ?? typeof value;

const expectedName: Record<string, string> = {
  string: '文字（带引号的字符串）',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  object: '对象 { … }',
  array: '数组 [ … ]',
};

/** A fix for a malformed amount string, specific to the usual slips. */
function amountAdvice(input: unknown): { code: string; fix: string } {
  if (typeof input === 'number') return { code: 'amount.type', fix: `金额要写成带引号、带单位的文字，例如 \`"${input} 万元"\`（单位按原文：元 或 万元）` };
  const text = String(input);
  if (/\d,\d/.test(text) || /，/.test(text)) {
    const fixed = text.replace(/[,，](?=\d)/g, '');
    return { code: 'amount.thousands-separator', fix: `去掉千分位逗号：\`"${fixed}"\`` };
  }
  if (DECIMAL_PATTERN.test(text.trim())) return { code: 'amount.unit', fix: `加上原文的单位：\`"${text.trim()} 万元"\` 或 \`"${text.trim()} 元"\`` };
  const unit = text.match(/[\d.]\s*(\S+)$/)?.[1];
  if (unit && !/^(元|万元)$/.test(unit)) return { code: 'amount.unit', fix: `单位只能是 "元" 或 "万元"（实为 "${unit}"）；其他单位的数字请写在 facts 里` };
  return { code: 'amount.format', fix: '写成 数字 + 空格 + 单位，如 `"5082.95 万元"`，数字不带逗号、不带全角字符' };
}

function percentAdvice(input: unknown): { code: string; fix: string } {
  if (typeof input === 'number') return { code: 'percent.type', fix: `百分比要写成带引号的文字并带 %，例如 \`"${input}%"\`` };
  const text = String(input);
  if (DECIMAL_PATTERN.test(text.trim())) return { code: 'percent.format', fix: `加上百分号：\`"${text.trim()}%"\`` };
  if (/％/.test(text)) return { code: 'percent.format', fix: `用半角百分号：\`"${text.replace(/％/g, '%')}"\`` };
  return { code: 'percent.format', fix: '写成 数字 + %，如 `"98.7%"`，保留原文的小数位' };
}

/** Formats one zod issue against the schema and the data that produced it. */
export function describeIssue(issue: z.core.$ZodIssue, schema: z.ZodType, data: unknown): IssueMessage {
  const path = issue.path as PropertyKey[];
  const field = resolveField(schema, path, data);
  const name = field?.meta.title ? `（${field.meta.title}）` : '';
  const where = `${formatFieldPath(path)}${name}`;
  const input = valueAt(data, path);
  const present = hasPath(data, path);

  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0];
      const known = resolveField(schema, path, data)?.keys ?? [];
      const guess = closest(key, known);
      const at = [...path, key];
      const hint = guess ? `是不是要写 "${guess}"？` : `这里可用的字段：${known.filter((k) => k !== '$schema').join('、')}。`;
      return { code: 'field.unknown', message: `${formatFieldPath(at)}：未知字段 "${key}"。${hint}`, path: at, atKey: true };
    }
    case 'invalid_type': {
      if (!present) {
        const parent = path.slice(0, -1);
        const description = field?.meta.description ? `${field.meta.description}` : '';
        return { code: 'field.required', message: `${where}：缺少必填字段 "${String(path.at(-1))}"。请补上。${description}`, path: parent };
      }
      if (field?.meta.format === 'amount') {
        const { code, fix } = amountAdvice(input);
        return { code, message: `${where}：金额应为带单位的文字，实为 ${show(input)}。${fix}。`, path };
      }
      if (field?.meta.format === 'percent') {
        const { code, fix } = percentAdvice(input);
        return { code, message: `${where}：百分比应为文字，实为 ${show(input)}。${fix}。`, path };
      }
      const expected = expectedName[issue.expected] ?? issue.expected;
      let fix = '';
      if (issue.expected === 'number' && typeof input === 'string') {
        const n = input.replace(/[,，\s]/g, '');
        fix = DECIMAL_PATTERN.test(n) ? `去掉引号${/[,，]/.test(input) ? '和千分位逗号' : ''}：\`${n}\`。` : '填写数字，如 `94.34`。';
      } else if (issue.expected === 'string' && typeof input === 'number') fix = `加上引号：\`"${input}"\`。`;
      else if (issue.expected === 'array' && typeof input === 'string') fix = `写成列表，即使只有一项：\`${JSON.stringify([input])}\`。`;
      return { code: 'field.type', message: `${where}：应为${expected}，实为${typeName(input)} ${show(input)}。${fix}`, path };
    }
    case 'invalid_format': {
      if (field?.meta.format === 'amount' || (issue.format === 'regex' && issue.pattern === String(AMOUNT_PATTERN))) {
        const { code, fix } = amountAdvice(input);
        return { code, message: `${where}：金额格式不对，实为 ${show(input)}。${fix}。`, path };
      }
      if (field?.meta.format === 'percent' || (issue.format === 'regex' && issue.pattern === String(PERCENT_PATTERN))) {
        const { code, fix } = percentAdvice(input);
        return { code, message: `${where}：百分比格式不对，实为 ${show(input)}。${fix}。`, path };
      }
      const formats: Record<string, string> = {
        'partial-date': '写成 "2021"、"2021-09" 或 "2021-09-30"',
        slug: '只用小写英文字母、数字和连字符，如 "guangzhou-rd"',
        decimal: '写成不带逗号的数字文字，如 "7200" 或 "4.53"',
        url: '写完整网址，以 https:// 或 http:// 开头（不接受 javascript:、data: 等其他地址）',
      };
      const fix = formats[field?.meta.format ?? issue.format] ?? (field?.meta.description ? `要求：${field.meta.description.replace(/。$/, '')}` : '');
      return { code: 'field.format', message: `${where}：格式不对，实为 ${show(input)}。${fix}。`, path };
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => `"${String(v)}"`).join('、');
      const guess = typeof input === 'string' ? closest(input, issue.values.map(String)) : undefined;
      const isKind = path.length === 1 && path[0] === 'kind';
      return {
        code: isKind ? 'kind.unknown' : 'field.value',
        message: `${where}：不能是 ${show(input)}，可选：${allowed}。${guess ? `是不是 "${guess}"？` : ''}`,
        path,
      };
    }
    case 'invalid_union': {
      if (path.length === 0 || (issue as { note?: string }).note === 'No matching discriminator') {
        const kinds = '"budget"、"final-accounts"、"performance-targets"、"self-evaluation"、"project-evaluation"';
        const kindValue = data && typeof data === 'object' ? (data as Record<string, unknown>).kind : undefined;
        const guess = typeof kindValue === 'string' ? closest(kindValue, kinds.replace(/"/g, '').split('、')) : undefined;
        return {
          code: 'kind.unknown',
          message: `kind（类型）：未知的公开类型 ${show(kindValue)}。可选：${kinds}。${guess ? `是不是 "${guess}"？` : ''}文件名须与 kind 相同。`,
          path: kindValue === undefined ? [] : ['kind'],
        };
      }
      return { code: 'field.type', message: `${where}：内容不符合要求，实为 ${show(input)}。`, path };
    }
    case 'too_small': {
      if (issue.origin === 'string') return { code: 'field.required', message: `${where}：不能为空。请按原文填写，原文没有就删去这个字段。`, path };
      if (issue.origin === 'array') return { code: 'field.value', message: `${where}：至少要有 ${String(issue.minimum)} 项；原文没有就删去这个字段。`, path };
      return { code: 'field.value', message: `${where}：不能小于 ${String(issue.minimum)}，实为 ${show(input)}。`, path };
    }
    case 'too_big':
      return { code: 'field.value', message: `${where}：不能大于 ${String(issue.maximum)}，实为 ${show(input)}。`, path };
    case 'not_multiple_of':
      return { code: 'field.value', message: `${where}：应为整数，实为 ${show(input)}。`, path };
    default:
      return { code: 'field.value', message: `${where}：取值不符合要求（${issue.message}）。`, path };
  }
}

/** The value at a path in the data (zod only reports inputs when asked to). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key as never] : undefined;
  return value;
}

function hasPath(data: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return true;
  const parent = valueAt(data, path.slice(0, -1));
  return !!parent && typeof parent === 'object' && Object.prototype.hasOwnProperty.call(parent, path.at(-1) as PropertyKey);
}
