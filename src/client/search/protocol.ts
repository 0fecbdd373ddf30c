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
}

/** One result as the page shows it. */
export interface ResultItem {
  url: string;
  title: string;
  year?: string;
  kind?: string;
  department?: string;
  excerpt: ExcerptPart[];
  /** "exact": has every phrase; "loose": has all the characters, not as the phrase. */
  match: 'exact' | 'loose';
}

/** The answer to a request. */
export interface SearchResponse {
  seq: number;
  query: string;
  phrases: string[];
  exactCount: number;
  looseCount: number;
  items: ResultItem[];
  facets: Record<string, Record<string, number>>;
  /** Milliseconds from request to answer, inside the worker. */
  ms: number;
  error?: string;
  /** True when the counts cover every facet (their indexes are loaded). */
  facetsComplete?: boolean;
  /** A second answer to the same request with the facet counts, once their indexes loaded. */
  facetsOnly?: boolean;
}
