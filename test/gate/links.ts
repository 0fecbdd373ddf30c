/**
 * The link gate's checker: linkinator over a served site, starting from every page, following
 * every internal link and checking every fragment (#id) against the target page. Links to the
 * site's public address (canonical links, feeds) are checked on the served copy. Every other
 * link is external: listed, never requested (CI is offline, and a foreign site's outage must
 * not fail our build).
 */
import { LinkChecker, LinkState } from 'linkinator';

/** A broken link: its URL as the checker resolved it, the page it is on, and why. */
export interface BrokenLink {
  url: string;
  page: string;
  why: string;
}

/** What the checker found. */
export interface LinkReport {
  /** Internal links and resources checked (each URL once; fragments checked on them). */
  checked: number;
  broken: BrokenLink[];
  /** External and non-HTTP links (mailto:, …), not checked. */
  external: string[];
}

/**
 * Checks `pages` (paths below `siteUrl`, e.g. "about/") and everything they link to on the
 * site; `publicUrl` is the address the pages name themselves by (astro's `site`).
 */
export async function checkLinks(siteUrl: string, pages: readonly string[], publicUrl: string): Promise<LinkReport> {
  const local = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const published = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
  const internal = (url: string) => url.startsWith(local) || url.startsWith(published);
  const result = await new LinkChecker().check({
    path: pages.map((p) => local + p.replace(/^\//, '')),
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    timeout: 10_000,
    redirects: 'error',
    urlRewriteExpressions: [{ pattern: new RegExp(`^${published.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), replacement: local }],
    linksToSkip: async (url) => !internal(url),
  });
  const shown = (url: string) => (url.startsWith(local) ? `/${url.slice(local.length)}` : url);
  const broken = result.links
    .filter((l) => l.state === LinkState.BROKEN)
    .map((l) => ({
      url: shown(l.url),
      page: l.parent ? shown(l.parent) : '(start)',
      why: (l.failureDetails ?? []).map((d) => (d instanceof Error ? d.message : `HTTP ${d.status}`)).join('; ') || `HTTP ${l.status}`,
    }))
    .sort((a, b) => (a.page + a.url < b.page + b.url ? -1 : 1));
  return {
    checked: result.links.filter((l) => l.state !== LinkState.SKIPPED).length,
    broken,
    external: [...new Set(result.links.filter((l) => l.state === LinkState.SKIPPED).map((l) => l.url))].sort(),
  };
}
