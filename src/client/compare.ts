/**
 * The comparison page's controls: shows the form (hidden without JavaScript), keeps the
 * chosen bodies in the URL, and shows only their rows and lines. A link to the former
 * year view (?view=year&year=2023) opens that year's comparison on its year page.
 * Without this script the page shows every body.
 */
import { Chart } from 'chart.js';
import './charts.ts';
import { parseCompareState, serializeCompareState, yearOfOldLink, type CompareOptions, type CompareState } from '../lib/figures/compare-state.ts';

const form = document.querySelector<HTMLFormElement>('#compare-form');
if (form) {
  const yearLinks = [...document.querySelectorAll<HTMLAnchorElement>('a[data-year]')];
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="d"]')];
  const options: CompareOptions = { years: yearLinks.map((a) => Number(a.dataset.year)), departments: boxes.map((b) => b.value) };
  const status = form.querySelector<HTMLElement>('#compare-status')!;

  const readForm = (): CompareState => ({ departments: boxes.filter((b) => b.checked).map((b) => b.value) });
  const writeForm = (state: CompareState) => {
    for (const box of boxes) box.checked = state.departments.includes(box.value);
  };

  const apply = (state: CompareState) => {
    const chosen = new Set(state.departments);
    for (const row of document.querySelectorAll<HTMLElement>('#view-departments tr[data-department]')) row.hidden = !chosen.has(row.dataset.department!);
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('#view-departments canvas')) {
      const chart = Chart.getChart(canvas);
      const raw = canvas.closest<HTMLElement>('figure')?.dataset.chart;
      if (!chart || !raw) continue;
      const series = (JSON.parse(raw) as { series: { key?: string }[] }).series;
      series.forEach((s, i) => chart.setDatasetVisibility(i, !s.key || chosen.has(s.key)));
      chart.update();
    }
    const names = boxes.filter((b) => chosen.has(b.value)).map((b) => b.parentElement?.textContent?.trim());
    status.textContent = `正在比较：${names.join('、')}（共 ${names.length} 个部门）。`;
  };

  const update = () => {
    const state = readForm();
    if (state.departments.length === 0) {
      status.textContent = '请至少选择一个部门。';
      return;
    }
    history.replaceState(null, '', `${location.pathname}?${serializeCompareState(state, options)}`);
    apply(state);
  };

  const oldYear = yearOfOldLink(location.search, options);
  const yearLink = yearLinks.find((a) => Number(a.dataset.year) === oldYear);
  if (yearLink) location.replace(yearLink.href);
  else {
    const initial = parseCompareState(location.search, options);
    writeForm(initial);
    form.hidden = false;
    apply(initial);
    form.addEventListener('change', update);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      update();
    });
    window.addEventListener('popstate', () => {
      const state = parseCompareState(location.search, options);
      writeForm(state);
      apply(state);
    });
  }
}
