// A small SVG bar chart over time: one group (class point) per period, with a table of the same figures
// for screen readers and keyboard users.
import { h, svg } from './dom.js';

const HEIGHT = 200;
const PAD = { left: 36, right: 32, top: 12, bottom: 28 };

/** series: [{period, values: [..]}], periods as ISO dates shown through label; names name each value. */
export function barChart({ title, series, names, classes, label = (period) => period, maxWidth = 640 }) {
  // As wide as the page allows, so that text in the drawing keeps its size on a phone.
  const width = Math.max(280, Math.min(maxWidth, (document.getElementById('main')?.clientWidth ?? maxWidth) - 32));
  const id = 'chart-' + Math.random().toString(36).slice(2, 8);
  const max = Math.max(1, ...series.flatMap((point) => point.values));
  const times = series.map((point) => Date.parse(point.period));
  const first = Math.min(...times);
  const span = Math.max(1, Math.max(...times) - first);
  const plotWidth = width - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = Math.min(48, plotWidth / Math.max(1, series.length) * 0.8);
  const bar = slot / names.length;
  const x = (time) => PAD.left + (series.length === 1 ? plotWidth / 2 : (time - first) / span * (plotWidth - slot) + slot / 2);
  const y = (value) => PAD.top + plotHeight - value / max * plotHeight;

  const chart = svg('svg', { viewBox: `0 0 ${width} ${HEIGHT}`, class: 'chart', role: 'img', 'aria-labelledby': id + '-title' },
      svg('title', { id: id + '-title' }, title),
      svg('line', { x1: PAD.left, x2: width - PAD.right, y1: y(0), y2: y(0), class: 'axis' }),
      svg('text', { x: PAD.left - 6, y: y(max) + 4, class: 'tick', 'text-anchor': 'end' }, String(max)),
      svg('text', { x: PAD.left - 6, y: y(0), class: 'tick', 'text-anchor': 'end' }, '0'),
      series.map((point, index) => svg('g', { class: 'point', 'data-period': point.period },
          svg('title', {}, label(point.period) + ': ' + names.map((name, n) => `${point.values[n]} ${name}`).join(', ')),
          point.values.map((value, n) => svg('rect', {
            class: classes[n],
            x: x(times[index]) - slot / 2 + n * bar,
            y: y(value),
            width: Math.max(1, bar - 1),
            height: Math.max(0, y(0) - y(value)),
          })),
          labelled(index, series.length) ? svg('text', { x: x(times[index]), y: HEIGHT - 8, class: 'tick', 'text-anchor': 'middle' }, label(point.period)) : null)));

  const key = h('ul', { class: 'chart-key' }, names.map((name, n) => h('li', {}, h('span', { class: 'swatch ' + classes[n], 'aria-hidden': 'true' }), name)));
  // A table ignores the width that hides things, so its wrapper hides it.
  const table = h('div', { class: 'visually-hidden' }, h('table', {},
      h('caption', {}, title),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Period'), names.map((name) => h('th', { scope: 'col' }, name)))),
      h('tbody', {}, series.map((point) => h('tr', {}, h('th', { scope: 'row' }, label(point.period)), point.values.map((value) => h('td', {}, String(value))))))));
  return h('figure', { class: 'chart-figure' }, chart, key, table);
}

/** Period labels: all when few, else about six spread evenly so they do not overlap. */
function labelled(index, count) {
  if (count <= 6) return true;
  const every = Math.ceil(count / 6);
  return index % every === 0 || index === count - 1 && (count - 1) % every >= every / 2;
}
