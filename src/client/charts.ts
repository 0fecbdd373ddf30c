/**
 * Draws every <figure data-chart> with Chart.js. The figure already holds the same data
 * as a table rendered at build time; this only adds the picture. Series differ by colour
 * and by line dash, point shape or bar pattern, so colour is never the only cue.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';
import { seriesStyle, type SeriesStyle } from '../lib/charts/palette.ts';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

/** The part of a ChartSpec the page embeds in data-chart. */
interface ClientSpec {
  type: 'bar' | 'line';
  unit: string;
  categories: string[];
  series: { label: string; key?: string; values: (number | null)[] }[];
  horizontal?: boolean;
  stacked?: boolean;
}

const FONT = 'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/** A small tile with the style's pattern, repeated as the bar fill. */
function barFill(style: SeriesStyle): CanvasPattern | string {
  if (style.pattern === 'solid') return style.colour;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 10;
  const ctx = tile.getContext('2d');
  if (!ctx) return style.colour;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 10, 10);
  ctx.strokeStyle = style.colour;
  ctx.fillStyle = style.colour;
  ctx.lineWidth = 2.5;
  const line = (x1: number, y1: number, x2: number, y2: number) => {
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
  };
  if (style.pattern === 'stripes') [[-5, 10, 5, 0], [0, 10, 10, 0], [5, 10, 15, 0]].forEach(([a, b, c, d]) => line(a, b, c, d));
  if (style.pattern === 'backstripes') [[-5, 0, 5, 10], [0, 0, 10, 10], [5, 0, 15, 10]].forEach(([a, b, c, d]) => line(a, b, c, d));
  if (style.pattern === 'crosshatch' || style.pattern === 'grid') {
    line(0, 5, 10, 5);
    line(5, 0, 5, 10);
  }
  if (style.pattern === 'dots') {
    ctx.beginPath();
    ctx.arc(5, 5, 2.5, 0, Math.PI * 2);
    ctx.fill();
  }
  return ctx.createPattern(tile, 'repeat') ?? style.colour;
}

/** Long Chinese labels wrap onto lines of `width` characters instead of being cut off. */
const wrap = (label: string, width: number): string[] => (label.length <= width ? [label] : (label.match(new RegExp(`.{1,${width}}`, 'gu')) ?? [label]));

const formatValue = (value: number, unit: string) => `${value.toLocaleString('zh-CN', { maximumFractionDigits: 4 })}${unit === '%' ? '%' : ` ${unit}`}`;

function config(spec: ClientSpec): ChartConfiguration {
  const valueAxis = spec.horizontal ? 'x' : 'y';
  return {
    type: spec.type,
    data: {
      labels: spec.horizontal ? spec.categories.map((c) => wrap(c, window.innerWidth < 600 ? 7 : 14)) : spec.categories,
      datasets: spec.series.map((s, i) => {
        const style = seriesStyle(i);
        return spec.type === 'line'
          ? { label: s.label, data: s.values, borderColor: style.colour, backgroundColor: style.colour, borderDash: style.dash, pointStyle: style.point, pointRadius: 6, pointHoverRadius: 8, borderWidth: 2.5, spanGaps: true }
          : { label: s.label, data: s.values, backgroundColor: barFill(style), borderColor: style.colour, borderWidth: 2 };
      }),
    } as ChartConfiguration['data'],
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      maintainAspectRatio: false,
      animation: false,
      font: { family: FONT, size: 14 },
      scales: {
        // Every value axis starts at zero, so differences are never exaggerated.
        [valueAxis]: {
          beginAtZero: true,
          stacked: spec.stacked,
          title: { display: true, text: `单位：${spec.unit}`, color: '#1b1f24', font: { family: FONT, size: 13 } },
          ticks: { color: '#1b1f24', maxTicksLimit: 5, maxRotation: 0, font: { family: FONT, size: 13 }, callback: (v: number | string) => Number(v).toLocaleString('zh-CN') },
          grid: { color: '#d0d5dc' },
        },
        [valueAxis === 'x' ? 'y' : 'x']: { stacked: spec.stacked, ticks: { color: '#1b1f24', font: { family: FONT, size: 13 } }, grid: { display: false } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: '#1b1f24', usePointStyle: spec.type === 'line', font: { family: FONT, size: 14 } } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}：${item.raw === null ? '未公开' : formatValue(Number(item.raw), spec.unit)}` } },
      },
    } as ChartConfiguration['options'],
  } as ChartConfiguration;
}

/** Draws one figure's chart; returns the Chart so pages can show or hide series. */
export function drawChart(figure: HTMLElement): Chart | undefined {
  const canvas = figure.querySelector('canvas');
  const raw = figure.dataset.chart;
  if (!canvas || !raw) return undefined;
  const spec = JSON.parse(raw) as ClientSpec;
  // The canvas stays hidden without JavaScript, so no empty box sits above the table.
  const box = canvas.parentElement;
  if (box) {
    // Through the CSSOM, which the content security policy allows (a style attribute it does not).
    if (box.dataset.height) box.style.height = `${Number(box.dataset.height)}px`;
    box.hidden = false;
  }
  figure.classList.add('chart-drawn');
  return new Chart(canvas, config(spec));
}

for (const figure of document.querySelectorAll<HTMLElement>('figure[data-chart]')) drawChart(figure);
