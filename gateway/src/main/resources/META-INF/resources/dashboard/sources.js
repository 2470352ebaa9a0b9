// Sources: every outlet with its document and claim counts, and documents and statements per month.
import { get } from './api.js';
import { barChart } from './chart.js';
import { h } from './dom.js';
import { loadInto } from './ui.js';

const SAMPLED_PAGES = 5;
const CHARTED = 6;

export async function sourcesPage({ signal }) {
  const sources = (await get('/sources', {}, { signal })).items ?? [];
  const table = h('table', { class: 'sources' },
      h('caption', {}, 'Outlets, by name'),
      h('thead', {}, h('tr', {}, ['Outlet', 'Also written', 'Documents', 'Claims'].map((name) => h('th', { scope: 'col' }, name)))),
      h('tbody', {}, sources.map((source) => h('tr', {},
          h('th', { scope: 'row' }, h('a', { href: '#/search?source=' + encodeURIComponent(source.source) }, source.source)),
          h('td', {}, (source.aliases ?? []).join('; ')),
          h('td', { class: 'number' }, String(source.documents)),
          h('td', { class: 'number' }, String(source.claims))))));
  const overTime = h('div', {});
  loadInto(overTime, () => monthly(sources, signal), 'Counting documents per month');
  return h('div', {}, h('h1', {}, 'Sources'),
      sources.length ? table : h('p', {}, 'No documents stored yet.'),
      h('section', { 'aria-labelledby': 'time-title' }, h('h2', { id: 'time-title' }, 'Over time'), overTime));
}

/**
 * Documents and their statements per month and outlet, counted over the newest documents (the API
 * has no per-period counts for outlets; SAMPLED_PAGES pages of 100 keep this page quick).
 */
async function monthly(sources, signal) {
  const counts = new Map();
  let cursor = null;
  let read = 0;
  for (let page = 0; page < SAMPLED_PAGES; page++) {
    const documents = await get('/documents', { limit: 100, cursor }, { signal });
    for (const document of documents.items ?? []) {
      const month = (document.published ?? document.ingestedAt ?? '').slice(0, 7);
      if (!month) continue;
      const perMonth = counts.get(document.source) ?? new Map();
      counts.set(document.source, perMonth);
      const [docs, statements] = perMonth.get(month) ?? [0, 0];
      perMonth.set(month, [docs + 1, statements + (document.statementCount ?? 0)]);
      read++;
    }
    cursor = documents.next;
    if (!cursor) break;
  }
  const charted = [...sources].sort((a, b) => b.documents - a.documents).slice(0, CHARTED).filter((source) => counts.has(source.source));
  return h('div', {},
      h('p', { class: 'note' }, `Counted over the newest ${read} documents${cursor ? ' (older ones are left out)' : ''}; `
          + `the ${charted.length} outlets with most documents.`),
      h('div', { class: 'chart-grid' }, charted.map((source) => h('section', { 'aria-label': source.source },
          h('h3', {}, source.source),
          barChart({
            title: `Documents and statements of ${source.source} per month`,
            series: [...counts.get(source.source)].sort(([a], [b]) => a.localeCompare(b))
                .map(([month, [docs, statements]]) => ({ period: month + '-01', values: [docs, statements] })),
            names: ['documents', 'statements'],
            classes: ['series-claims', 'series-appearances'],
            label: (period) => period.slice(0, 7),
            maxWidth: 420,
          })))));
}
