/**
 * Following a body: an RSS feed per department and per province of what changed — each new
 * disclosure, each correction, and the audit's findings on a disclosure — newest first; and
 * the site's feed of new disclosures. Each lists the newest FEED_LIMIT items: a feed of every
 * disclosure of the nation would be 16 MB at 30,000 and grow with every year.
 * Items carry absolute links, each to its own place (a correction's row, the 评分与核查
 * section), so every item has a guid of its own.
 */
import { PROVINCES, provinceCode } from '../departments/provinces.ts';
import { kindName } from '../disclosure-ref.ts';
import { correctionAnchor } from '../figures/disclosure-tables.ts';
import { disclosuresOf, type DepartmentInput, type DisclosureSummary } from '../figures/corpus.ts';
import { formatPublishedFigure } from '../format/figure.ts';

/** The most items a feed lists: the newest. */
export const FEED_LIMIT = 100;

export const departmentFeedPath = (department: string): string => `feeds/departments/${department}.xml`;
export const provinceFeedPath = (code: string): string => `feeds/provinces/${code}.xml`;

/** One feed item, as @astrojs/rss takes it. */
export interface FeedItem {
  title: string;
  /** Absolute; also the item's guid. */
  link: string;
  description: string;
  /** The date it happened, at the precision the source states, read as the first day of it. */
  pubDate?: Date;
  categories: string[];
}

/** A feed: its title, description and items (the route adds the site). */
export interface Feed {
  title: string;
  description: string;
  items: FeedItem[];
}

/** "2024" → 1 Jan 2024, "2024-08" → 1 Aug 2024, "2024-08-20" → that day (UTC). */
function dateOf(partial: string | undefined): Date | undefined {
  if (!partial) return undefined;
  const [y, m = '01', d = '01'] = partial.split('-');
  return new Date(`${y}-${m}-${d}T00:00:00Z`);
}

/** When the disclosure became public: as it states, else as its source says, else when 明账 took it. */
const disclosureDate = (s: DisclosureSummary) => s.data.publishedDate ?? s.data.source?.publishedDate ?? s.data.source?.retrievedDate;

/** A disclosure's categories in every feed: its kind, its year, its body. */
const categoriesOf = (s: DisclosureSummary) => [kindName(s.data.kind), `${s.data.fiscalYear} 年度`, s.department.data.shortName];

/** Every item one disclosure gives: itself, each correction, and its findings (one item). */
export function disclosureItems(s: DisclosureSummary, site: string): FeedItem[] {
  const page = `${site.replace(/\/?$/, '/')}${s.id}/`;
  const body = s.department.data.shortName;
  const about = `${body} ${s.data.fiscalYear} 年度${kindName(s.data.kind)}`;
  const categories = categoriesOf(s);
  const published = dateOf(disclosureDate(s));
  const items: FeedItem[] = [{ title: `新公开：${s.data.title}`, link: page, description: `${s.department.data.name}公开了${s.data.fiscalYear} 年度${kindName(s.data.kind)}。`, ...(published ? { pubDate: published } : {}), categories: ['新公开', ...categories] }];
  (s.data.corrections ?? []).forEach((c, i) => {
    const when = dateOf(c.date);
    items.push({
      title: `更正：${about}（${c.field}）`,
      link: `${page}#${correctionAnchor(i)}`,
      description: `${c.field} 由 ${formatPublishedFigure(c.old)} 更正为 ${formatPublishedFigure(c.new)}。原因：${c.reason}（审核：${c.approvedBy}）`,
      ...(when ? { pubDate: when } : {}),
      categories: ['更正', ...categories],
    });
  });
  const findings = (s.audit?.findings ?? []).filter((f) => f.severity !== 'error');
  if (findings.length > 0) {
    items.push({
      title: `核查提示：${about}（${findings.length} 条）`,
      link: `${page}#review`,
      description: findings.map((f) => `${f.severity === 'finding' ? '原文数字不一致' : '提示'}：${f.title}。${f.message}`).join('\n'),
      ...(published ? { pubDate: published } : {}),
      categories: ['核查提示', ...categories],
    });
  }
  return items;
}

/** Newest first; undated items last; then in the corpus' own order. */
function newest(items: FeedItem[]): FeedItem[] {
  const time = (i: FeedItem) => i.pubDate?.getTime() ?? -Infinity;
  return items.map((item, n) => ({ item, n })).sort((a, b) => time(b.item) - time(a.item) || a.n - b.n).slice(0, FEED_LIMIT).map(({ item }) => item);
}

/** The site's feed (/feed.xml): each disclosure once, as it became public. */
export function nationalFeed(summaries: readonly DisclosureSummary[], site: string): Feed {
  const root = site.replace(/\/?$/, '/');
  return {
    title: '明账：新增公开文件',
    description: '各级人大常委会机关的部门预算、决算与绩效公开，按原文照录。',
    items: newest(
      summaries.map((s) => {
        const published = dateOf(disclosureDate(s));
        return {
          title: s.data.title,
          link: `${root}${s.id}/`,
          description: `${s.department.data.name} ${s.data.fiscalYear} 年度${kindName(s.data.kind)}`,
          ...(published ? { pubDate: published } : {}),
          categories: categoriesOf(s),
        };
      }),
    ),
  };
}

/** The feed of one department. */
export function departmentFeed(summaries: readonly DisclosureSummary[], department: DepartmentInput, site: string): Feed {
  return {
    title: `明账：${department.data.shortName}的新公开、更正与核查提示`,
    description: `${department.data.name}的部门预算、决算与绩效公开：新增文件、明账的更正记录和核查提示。`,
    items: newest(disclosuresOf(summaries, department.id).flatMap((s) => disclosureItems(s, site))),
  };
}

/** The provinces that have a department, by code, in code order. */
export function feedProvinces(departments: readonly DepartmentInput[]): string[] {
  const codes = new Set(departments.flatMap((d) => provinceCode(d.data.region.province) ?? []));
  return Object.keys(PROVINCES).filter((code) => codes.has(code));
}

/** The feed of one province: every department in it. */
export function provinceFeed(summaries: readonly DisclosureSummary[], code: string, site: string): Feed {
  const name = PROVINCES[code];
  return {
    title: `明账：${name}各级人大常委会机关的新公开、更正与核查提示`,
    description: `${name}省级、市级和区县级人大常委会机关的部门预算、决算与绩效公开：新增文件、明账的更正记录和核查提示。`,
    items: newest(summaries.filter((s) => provinceCode(s.department.data.region.province) === code).flatMap((s) => disclosureItems(s, site))),
  };
}
