/** Messages between the search page and its worker. */
import type { ExcerptPart } from '../../lib/search/excerpt.ts';
import type { FacetSelection } from '../../lib/search/query.ts';

/** A search request: query, facet selection, and how many results to describe. */
export interface SearchRequest {
  seq: number;
  query: string;
  selection: FacetSelection;
  /** Results wanted with title and excerpt, counted from the start. */
  limit: number;
  /**
   * Older partitions are searched while fewer exact matches than this are found (a cold
   * query stops early: a few exact results are shown, the rest of the years on request).
   */
  fill: number;
  /** Search every remaining partition now (the "搜索更早年度" button). */
  everything?: boolean;
}

/**
 * Sent when the search page opens without a query, or its box gets focus: the worker loads
 * the engine and the default bundles (site and newest partition, with their facet indexes)
 * so that the query the reader is typing only fetches its own index chunks and cards.
 */
export interface WarmRequest {
  warm: true;
  /** The year facet in the page's address: load those years' partitions instead of the newest. */
  years?: string[];
  /** A query follows at once: load the bundles only (no facet indexes, no warm-up search). */
  bundlesOnly?: boolean;
}

/** One result as the page shows it. */
export interface ResultItem {
  url: string;
  title: string;
  year?: string;
  kind?: string;
  department?: string;
  excerpt: ExcerptPart[];
  /** "exact": has every phrase; "loose": has all the character pairs, not as the phrase. */
  match: 'exact' | 'loose';
}

/** The answer to a request (sent again as more partitions are searched). */
export interface SearchResponse {
  seq: number;
  query: string;
  phrases: string[];
  exactCount: number;
  looseCount: number;
  items: ResultItem[];
  facets: Record<string, Record<string, number>>;
  /** True when the counts cover every facet (their indexes are loaded). */
  facetsComplete: boolean;
  /** Fiscal years whose partitions have been searched, and those not yet. */
  searchedYears: number[];
  pendingYears: number[];
  /** Milliseconds from request to answer, inside the worker. */
  ms: number;
  error?: string;
}
