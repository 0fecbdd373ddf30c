/**
 * Search records: what one page contributes to the index. The indexed text is the page's
 * own searchable text (extract.ts) after a short header with the names people search for
 * (title, 全称, 简称, 别称, year, kind), turned into bigram index words (tokens.ts).
 * Facets are Pagefind filters; meta carries what a result shows before its excerpt.
 */
import { indexText } from './tokens.ts';

/** Pagefind's language for our records: any code without a stemmer or segmenter of its own. */
export const INDEX_LANGUAGE = 'zz';

/** Facet keys (Pagefind filters) and their labels on the search page. */
export const FACETS = { year: '年度', department: '部门', level: '层级', kind: '类型' } as const;

/** A facet key. */
export type FacetKey = keyof typeof FACETS;

/** The record Pagefind's addCustomRecord takes. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Partial<Record<FacetKey, string[]>>;
}

/** The department facts a record names. */
export interface RecordDepartment {
  name: string;
  shortName: string;
  aliases?: string[];
  /** 省级 / 市级 / 区县级. */
  levelName: string;
}

/** What a result shows: title, year, kind, department short name (meta keys are short to keep fragments small). */
function meta(title: string, fields: { year?: number; kind: string; department?: string }): Record<string, string> {
  const out: Record<string, string> = { title, kind: fields.kind };
  if (fields.year !== undefined) out.year = String(fields.year);
  if (fields.department) out.department = fields.department;
  return out;
}

/** A disclosure page's record. */
export function disclosureRecord(input: { url: string; title: string; text: string; year: number; kindName: string; department: RecordDepartment }): SearchRecord {
  const d = input.department;
  const header = [input.title, d.name, d.shortName, ...(d.aliases ?? []), `${input.year}年度`, input.kindName].join('\n');
  return {
    url: input.url,
    content: indexText(`${header}\n${input.text}`),
    language: INDEX_LANGUAGE,
    meta: meta(input.title, { year: input.year, kind: input.kindName, department: d.shortName }),
    filters: { year: [String(input.year)], department: [d.shortName], level: [d.levelName], kind: [input.kindName] },
  };
}

/** An article page's record. */
export function articleRecord(input: { url: string; title: string; text: string; year?: number; region?: string }): SearchRecord {
  const header = [input.title, input.region ?? ''].join('\n');
  return {
    url: input.url,
    content: indexText(`${header}\n${input.text}`),
    language: INDEX_LANGUAGE,
    meta: meta(input.title, { year: input.year, kind: '工作文章' }),
    filters: { kind: ['工作文章'], ...(input.year ? { year: [String(input.year)] } : {}) },
  };
}

/** A department profile page's record: its names and region, so a name finds the page directly. */
export function departmentRecord(input: { url: string; department: RecordDepartment; region: string[]; years: number[] }): SearchRecord {
  const d = input.department;
  const lines = [d.name, d.shortName, ...(d.aliases ?? []), input.region.join(''), `${d.levelName}人大常委会机关`, input.years.length ? `公开年度：${input.years.join('、')}` : ''];
  return {
    url: input.url,
    content: indexText(lines.join('\n')),
    language: INDEX_LANGUAGE,
    meta: meta(d.name, { kind: '部门', department: d.shortName }),
    filters: { kind: ['部门'], department: [d.shortName], level: [d.levelName] },
  };
}

/** A year page's record, so "2023" or "2023年度" finds the year's page directly. */
export function yearRecord(input: { url: string; year: number; count: number }): SearchRecord {
  return {
    url: input.url,
    content: indexText(`${input.year}年度\n${input.year}年度公开文件 ${input.count} 份`),
    language: INDEX_LANGUAGE,
    meta: meta(`${input.year} 年度公开文件`, { year: input.year, kind: '年度' }),
    filters: { kind: ['年度'], year: [String(input.year)] },
  };
}
