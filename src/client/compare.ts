/**
 * The comparison page's controls: shows the form (hidden without JavaScript), keeps the
 * choice in the URL, and shows only the chosen year's section or the chosen bodies' rows
 * and lines. Without this script the page shows everything.
 */
import { Chart } from 'chart.js';
import './charts.ts';
import { parseCompareState, serializeCompareState, type CompareOptions, type CompareState } from '../lib/figures/compare-state.ts';

const form = document.querySelector<HTMLFormElement>('#compare-form');
if (form) {
  const yearSelect = form.querySelector<HTMLSelectElement>('select[name="year"]')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="d"]')];
  const options: CompareOptions = { years: [...yearSelect.options].map((o) => Number(o.value)), departments: boxes.map((b) => b.value) };
  const status = form.querySelector<HTMLElement>('#compare-status')!;

  const readForm = (): CompareState => ({
    view: (form.querySelector<HTMLInputElement>('input[name="view"]:checked')?.value === 'year' ? 'year' : 'departments'),
    year: Number(yearSelect.value),
    departments: boxes.filter((b) => b.checked).map((b) => b.value),
  });

  const writeForm = (state: CompareState) => {
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="view"]')) radio.checked = radio.value === state.view;
    yearSelect.value = String(state.year);
    for (const box of boxes) box.checked = state.departments.includes(box.value);
  };

  const apply = (state: CompareState) => {
    for (const fieldset of form.querySelectorAll<HTMLElement>('fieldset[data-for]')) fieldset.hidden = fieldset.dataset.for !== state.view;
    for (const section of document.querySelectorAll<HTMLElement>('[data-view]')) {
      section.hidden = section.dataset.view !== state.view || (state.view === 'year' && section.dataset.year !== String(state.year));
    }
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
    status.textContent = state.view === 'year' ? `正在比较 ${state.year} 年度的各部门。` : `正在比较：${names.join('、')}（共 ${names.length} 个部门）。`;
  };

  const update = () => {
    const state = readForm();
    if (state.view === 'departments' && state.departments.length === 0) {
      status.textContent = '请至少选择一个部门。';
      return;
    }
    const query = serializeCompareState(state, options);
    history.replaceState(null, '', `${location.pathname}?${query}`);
    apply(state);
  };

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
