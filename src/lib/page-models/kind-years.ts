/**
 * A kind's page lists every disclosure of that kind across years and bodies: 30,000 at
 * national scale. Past LISTING_LIMIT it counts them by year instead, and each year has a
 * page of the kind (/kinds/<kind>/<year>/) listing that year's, by province.
 */
import { fiscalYears, type DepartmentInput, type DisclosureSummary } from '../figures/corpus.ts';
import type { TableModel } from '../figures/table-model.ts';
import { bodiesByProvince, provinceOf, type ProvinceBodies } from '../peers/regions.ts';
import { DISCLOSURE_KINDS, KIND_NAMES, type DisclosureKind } from '../../schemas/disclosure.ts';
import { remembered } from './page-models.ts';
import { LISTING_LIMIT } from './year-provinces.ts';

/** A kind's page of one year. */
export const kindYearPath = (kind: DisclosureKind, year: number): string => `kinds/${kind}/${year}/`;

const kindOf = (id: string) => id.slice(id.lastIndexOf('/') + 1);

/** The kinds whose page counts years instead of listing disclosures, from the disclosures' ids alone (the build decides with them). */
export function splitKinds(ids: readonly string[]): DisclosureKind[] {
  const counts = Map.groupBy(ids, kindOf);
  return KIND_NAMES.filter((k) => (counts.get(k)?.length ?? 0) > LISTING_LIMIT);
}

/** The kinds of these summaries whose page counts years (each kind's page and the downloads ask). */
export function kindsSplit(summaries: readonly DisclosureSummary[]): DisclosureKind[] {
  return remembered(summaries, 'split-kinds', [], () => splitKinds(summaries.map((s) => s.id)));
}

/** Every year page of every split kind: each fiscal year of the corpus, whether or not the kind was published that year. */
export function kindYearPages(summaries: DisclosureSummary[]): { kind: DisclosureKind; year: number }[] {
  const years = fiscalYears(summaries);
  return kindsSplit(summaries).flatMap((kind) => years.map((year) => ({ kind, year })));
}

/** A split kind's page: one row per year with its count, linking to the year's page of the kind. */
export function kindYearsTable(summaries: DisclosureSummary[], kind: DisclosureKind): TableModel {
  return remembered(summaries, `kind-years/${kind}`, [], () => {
    const byYear = Map.groupBy(summaries.filter((s) => s.data.kind === kind), (s) => s.data.fiscalYear);
    return {
      id: `kind-${kind}-years`,
      caption: `各年度的${DISCLOSURE_KINDS[kind]}`,
      csvPath: `data/kinds/${kind}.csv`,
      columns: [{ key: 'year', label: '年度' }, { key: 'disclosures', label: '公开文件', numeric: true }, { key: 'bodies', label: '部门', numeric: true }],
      rows: fiscalYears(summaries).map((year) => {
        const own = byYear.get(year) ?? [];
        return [{ text: `${year} 年度`, href: kindYearPath(kind, year) }, { text: String(own.length), numeric: true }, { text: String(new Set(own.map((s) => s.data.department)).size), numeric: true }];
      }),
    };
  });
}

/** A kind's disclosures of one year, by province (the provinces that published it). */
export function kindYearGroups(summaries: DisclosureSummary[], departments: DepartmentInput[], kind: DisclosureKind, year: number): { province: ProvinceBodies; summaries: DisclosureSummary[] }[] {
  const byProvince = Map.groupBy(summaries.filter((s) => s.data.kind === kind && s.data.fiscalYear === year), (s) => provinceOf(s.department));
  return bodiesByProvince(departments).flatMap((province) => {
    const own = byProvince.get(province.code);
    return own ? [{ province, summaries: own }] : [];
  });
}
