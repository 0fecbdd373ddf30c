/**
 * Plans what `npm run new` writes: validates the department, year and kind staff gave,
 * refuses to overwrite an existing disclosure, and adds a department file only when the
 * body is new and staff said so. Pure: it sees the content folder through the list of
 * existing paths it is given.
 */
import { DISCLOSURE_KINDS, type DisclosureKind, KIND_NAMES } from '../../schemas/disclosure.ts';
import { LEVELS } from '../../schemas/department.ts';
import { SLUG_PATTERN } from '../../schemas/primitives.ts';
import { closest } from '../check/suggest.ts';
import { schemaRefFor } from '../json-schema/generate.ts';
import { type DepartmentFields, departmentTemplate, disclosureMdxTemplate, disclosureTemplate } from './templates.ts';

/** What staff asked for, as typed (flags or answers). */
export interface NewRequest {
  department?: string;
  year?: string;
  kind?: string;
  /** Staff confirmed the body is new (flag --new-department or the prompt). */
  newDepartment?: boolean;
  departmentFields?: Omit<DepartmentFields, 'level'> & { level?: string };
}

/** A file to create, relative to the content folder. */
export interface NewFile {
  path: string;
  text: string;
}

export type NewPlan = { ok: true; files: NewFile[]; identity: { department: string; fiscalYear: number; kind: DisclosureKind } } | { ok: false; errors: string[] };

/** Accepts a kind's English name or its Chinese name ("budget" or "部门预算"). */
export function parseKind(input: string | undefined): DisclosureKind | undefined {
  const text = (input ?? '').trim();
  if ((KIND_NAMES as string[]).includes(text)) return text as DisclosureKind;
  return KIND_NAMES.find((k) => DISCLOSURE_KINDS[k] === text);
}

const kindList = () => KIND_NAMES.map((k) => `${k}（${DISCLOSURE_KINDS[k]}）`).join('、');

/** Plans the files for a request against the content folder's existing paths (relative to it). */
export function planNew(request: NewRequest, existing: ReadonlySet<string>, contentRoot = 'content'): NewPlan {
  const errors: string[] = [];
  const department = (request.department ?? '').trim();
  const yearText = (request.year ?? '').trim();
  const kind = parseKind(request.kind);
  const departments = [...existing].filter((p) => /^departments\/[^/]+\.json$/.test(p)).map((p) => p.slice('departments/'.length, -'.json'.length));

  if (!department) errors.push(`缺少部门标识（--department）：写 content/departments/ 下的文件名（不带 .json），如 ${departments.slice(0, 3).map((d) => `"${d}"`).join('、') || '"guangzhou-rd"'}。`);
  else if (!SLUG_PATTERN.test(department)) errors.push(`部门标识（--department）"${department}" 只能用小写英文字母、数字和连字符，如 "guangzhou-rd"。`);

  if (!yearText) errors.push('缺少预算年度（--year）：写公开内容所属的财政年度（不是发布年度），如 2024。');
  else if (!/^\d{4}$/.test(yearText) || Number(yearText) < 1990 || Number(yearText) > 2100) errors.push(`预算年度（--year）"${yearText}" 不对：写四位数年份，如 2024。`);

  if (!request.kind?.trim()) errors.push(`缺少公开类型（--kind）：可选 ${kindList()}。`);
  else if (!kind) {
    const guess = closest(request.kind.trim(), [...KIND_NAMES, ...Object.values(DISCLOSURE_KINDS)]);
    errors.push(`未知的公开类型（--kind）"${request.kind.trim()}"：可选 ${kindList()}。${guess ? `是不是 "${guess}"？` : ''}`);
  }

  const files: NewFile[] = [];
  const isNewDepartment = department !== '' && SLUG_PATTERN.test(department) && !departments.includes(department);
  if (isNewDepartment) {
    if (!request.newDepartment) {
      const guess = closest(department, departments);
      errors.push(`部门 "${department}" 还不存在（content/departments/ 下没有 ${department}.json）。${guess ? `是不是 "${guess}"？` : ''}如果确是新的公开主体，加上 --new-department 再运行，会同时建立部门文件。`);
    } else {
      const fields = request.departmentFields ?? {};
      if (fields.level !== undefined && !(fields.level in LEVELS)) {
        errors.push(`层级（--level）"${fields.level}" 不对：可选 province（省级）、city（市级）、district-county（区县级）。`);
      } else {
        const path = `departments/${department}.json`;
        files.push({ path, text: json(departmentTemplate(fields as DepartmentFields, schemaRefFor(path)!)) });
      }
    }
  }

  if (errors.length === 0 && kind) {
    const base = `${yearText}/${department}/${kind}`;
    const present = [`${base}.json`, `${base}.mdx`].filter((p) => existing.has(p));
    if (present.length) {
      errors.push(`不覆盖已有的公开：${present.map((p) => `${contentRoot}/${p}`).join('、')} 已经存在。要修改已发布的公开，直接编辑这个文件并写更正记录（corrections），见发布指南“更正已发布的公开”。`);
    } else {
      const identity = { department, fiscalYear: Number(yearText), kind };
      files.push({ path: `${base}.json`, text: json(disclosureTemplate(identity, schemaRefFor(`${base}.json`)!)) });
      files.push({ path: `${base}.mdx`, text: disclosureMdxTemplate(kind) });
      return { ok: true, files, identity };
    }
  }
  return { ok: false, errors };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
