/**
 * The search page: keeps the query and facets in the URL, asks the worker, and renders the
 * results (exact matches first, then "部分匹配"), the facets with their counts, and a status
 * line that screen readers announce. All text from the index is rendered as text.
 */
import { FACETS, type FacetKey } from '../../lib/search/records.ts';
import type { FacetSelection } from '../../lib/search/query.ts';
import type { ResultItem, SearchRequest, SearchResponse, WarmRequest } from './protocol.ts';

const PAGE = 10;
/** A cold search looks into older years until it has this many exact matches (or none are left). */
const FIRST_FILL = 5;
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('#search-q')!;
const facetsBox = document.querySelector<HTMLElement>('#facets')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const results = document.querySelector<HTMLElement>('#results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
// Started (and warmed) by the page's head script (src/pages/search/index.astro) while the page loaded.
const early = (window as { mingzhangSearchWorker?: Worker }).mingzhangSearchWorker;
const worker = early ?? new Worker(document.querySelector<HTMLElement>('[data-search-worker]')!.dataset.searchWorker!, { type: 'module' });
// A worker that cannot load (a blocked or missing script) would leave "正在搜索……" for ever.
worker.addEventListener('error', () => {
  results.dataset.state = 'error';
  status.textContent = '搜索出错，请稍后再试。';
});
let seq = 0;
let limit = PAGE;
const started = new Map<number, number>();

interface State {
  query: string;
  selection: FacetSelection;
}

const KEYS = Object.keys(FACETS) as FacetKey[];

function readUrl(): State {
  const params = new URLSearchParams(location.search);
  const selection: FacetSelection = {};
  for (const key of KEYS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) selection[key] = values;
  }
  return { query: params.get('q')?.trim() ?? '', selection };
}

function writeUrl(state: State, push: boolean): void {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of KEYS) for (const v of state.selection[key] ?? []) params.append(key, v);
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function selectionFromForm(): FacetSelection {
  const selection: FacetSelection = {};
  for (const box of facetsBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
    const key = box.name as FacetKey;
    (selection[key] ??= []).push(box.value);
  }
  return selection;
}

function run(state: State, everything = false): void {
  input.value = state.query;
  document.title = state.query ? `“${state.query}”的搜索结果 · 明账` : '搜索 · 明账';
  if (!state.query) {
    results.replaceChildren();
    results.dataset.state = 'idle';
    status.textContent = '';
    more.hidden = true;
    return;
  }
  results.dataset.state = 'loading';
  status.textContent = '正在搜索……';
  const request: SearchRequest = { seq: ++seq, query: state.query, selection: state.selection, limit, fill: limit > PAGE ? limit : FIRST_FILL, everything };
  started.set(request.seq, performance.now());
  worker.postMessage(request);
  names();
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function resultItem(item: ResultItem): HTMLLIElement {
  const heading = el('h3', {}, el('a', { href: item.url }, item.title));
  if (item.match === 'loose') heading.append(el('span', { className: 'match-label' }, '部分匹配'));
  const meta = [item.year && `${item.year} 年度`, item.kind, item.department].filter(Boolean).join(' · ');
  const excerpt = el('p', { className: 'result-excerpt' });
  for (const part of item.excerpt) excerpt.append(part.mark ? el('mark', {}, part.text) : part.text);
  return el('li', {}, heading, el('p', { className: 'result-meta' }, meta), excerpt);
}

/**
 * Facet values of equal count in pinyin order. Making a zh-CN collator costs about 10 ms
 * (headless Chromium, bench machine): run() makes it while the worker searches, not when
 * the first results arrive.
 */
let collator: Intl.Collator | undefined;
const names = () => (collator ??= new Intl.Collator('zh-CN'));

function renderFacets(response: SearchResponse, selection: FacetSelection): void {
  // Keyboard users toggle a facet and stay on it: the boxes are rebuilt, the focus is not lost.
  const focused = document.activeElement instanceof HTMLInputElement && facetsBox.contains(document.activeElement) ? { name: document.activeElement.name, value: document.activeElement.value } : undefined;
  facetsBox.replaceChildren();
  for (const key of KEYS) {
    const counts = response.facets[key] ?? {};
    const chosen = selection[key] ?? [];
    const values = Object.keys(counts).filter((v) => counts[v] > 0 || chosen.includes(v));
    // Years not searched yet can still be chosen: choosing one searches it.
    const pending = key === 'year' ? response.pendingYears.map(String) : [];
    for (const v of pending) if (!values.includes(v)) values.push(v);
    for (const v of chosen) if (!values.includes(v)) values.push(v);
    if (values.length === 0) continue;
    values.sort(key === 'year' ? (a, b) => Number(b) - Number(a) || (a < b ? 1 : a > b ? -1 : 0) : (a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || names().compare(a, b));
    const fieldset = el('fieldset', {}, el('legend', {}, FACETS[key]));
    for (const v of values) {
      const box = el('input', { type: 'checkbox', name: key, value: v, checked: chosen.includes(v) });
      fieldset.append(el('label', {}, box, pending.includes(v) && !counts[v] ? ` ${v}（未搜索）` : ` ${v}（${counts[v] ?? 0}）`));
    }
    facetsBox.append(fieldset);
  }
  facetsBox.hidden = facetsBox.childElementCount === 0;
  if (focused) [...facetsBox.querySelectorAll<HTMLInputElement>('input')].find((b) => b.name === focused.name && b.value === focused.value)?.focus();
}

worker.addEventListener('message', (event: MessageEvent<SearchResponse>) => {
  const response = event.data;
  if (response.seq !== seq) return;
  const state = readUrl();
  if (response.error) {
    results.dataset.state = 'error';
    status.textContent = '搜索出错，请稍后再试。';
    console.error(response.error);
    return;
  }
  const phrase = response.phrases.map((p) => `“${p}”`).join('、');
  // A second answer (facet counts loaded) repeats the same results: keep them, and the focus.
  const signature = response.items.map((i) => i.url).join('\n');
  if (results.dataset.signature !== signature || results.dataset.state !== 'done') {
    const direct = response.items.filter((i) => i.match === 'exact' && (i.kind === '部门' || i.kind === '年度'));
    const exact = response.items.filter((i) => i.match === 'exact' && !direct.includes(i));
    const loose = response.items.filter((i) => i.match === 'loose');
    const sections: HTMLElement[] = [];
    if (direct.length) sections.push(el('section', { ariaLabel: '直达' }, el('h2', {}, '直达'), el('ol', {}, ...direct.map(resultItem))));
    if (exact.length) sections.push(el('section', {}, el('h2', {}, `包含${phrase}的结果`), el('ol', {}, ...exact.map(resultItem))));
    if (loose.length) {
      sections.push(
        el('section', {}, el('h2', {}, '部分匹配'), el('p', { className: 'search-help' }, `以下文件包含查询中的每个字，但不是连续的原词${phrase}，可能与你要找的无关。`), el('ol', {}, ...loose.map(resultItem))),
      );
    }
    results.replaceChildren(...sections);
    results.dataset.signature = signature;
  }
  renderFacets(response, state.selection);
  facetsBox.dataset.state = response.facetsComplete ? 'done' : 'loading';
  const shown = response.items.length;
  const found = response.exactCount + response.looseCount;
  const years = (ys: number[]) => (ys.length === 1 ? `${ys[0]} 年度` : `${Math.max(...ys)}—${Math.min(...ys)} 年度`);
  const scope = response.pendingYears.length ? `（已搜索 ${years(response.searchedYears)}；更早的 ${response.pendingYears.length} 个年度尚未搜索）` : '';
  if (shown < found) {
    more.hidden = false;
    more.textContent = '显示更多结果';
    more.dataset.action = 'more';
  } else if (response.pendingYears.length) {
    more.hidden = false;
    more.textContent = `搜索更早年度（还有 ${response.pendingYears.length} 个年度）`;
    more.dataset.action = 'everything';
  } else more.hidden = true;
  status.textContent =
    found === 0
      ? `没有找到包含${phrase}的文件${scope}。可以换个说法，或减少筛选条件。`
      : `找到 ${response.exactCount} 个包含${phrase}的结果${response.looseCount ? `，另有 ${response.looseCount} 个部分匹配` : ''}${scope}；显示前 ${shown} 个。`;
  results.dataset.state = 'done';
  results.dataset.pending = String(response.pendingYears.length);
  // Timings for the benchmark: first results (the first answer to a request) and the last answer.
  const elapsed = String(Math.round(performance.now() - (started.get(response.seq) ?? performance.now())));
  if (results.dataset.seq !== String(response.seq)) {
    results.dataset.seq = String(response.seq);
    results.dataset.ms = elapsed;
    results.dataset.sinceNavigation = String(Math.round(performance.now()));
  }
  results.dataset.msComplete = elapsed;
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  limit = PAGE;
  const state = { query: input.value.trim(), selection: readUrl().selection };
  writeUrl(state, true);
  run(state);
});

facetsBox.addEventListener('change', () => {
  limit = PAGE;
  const state = { query: input.value.trim(), selection: selectionFromForm() };
  writeUrl(state, true);
  run(state);
});

more.addEventListener('click', () => {
  if (more.dataset.action === 'everything') run(readUrl(), true);
  else {
    limit += PAGE;
    run(readUrl());
  }
});

// Load the engine while the reader types: the query then fetches only its own index words.
const warm = () => worker.postMessage({ warm: true } satisfies WarmRequest);
input.addEventListener('focus', warm, { once: true });

window.addEventListener('popstate', () => {
  limit = PAGE;
  run(readUrl());
});

const initial = readUrl();
if (initial.query) run(initial);
else if (!early) warm();
