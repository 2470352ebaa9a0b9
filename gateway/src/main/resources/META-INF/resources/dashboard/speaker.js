// Speaker: who they are, roles over time, aliases, merges, activity per week or month, and their claims.
import { get, isEditor, paths } from './api.js';
import { barChart } from './chart.js';
import { claimItem, downloadCsv } from './claims.js';
import { speakerEditor } from './corrections.js';
import { h, formatDate } from './dom.js';
import { loadInto, pagedList } from './ui.js';

export async function speakerPage({ id, signal }) {
  const [speaker, editor] = await Promise.all([get(paths.speaker(id), {}, { signal }), isEditor()]);
  // The page is read again after an edit: the heading, facts and claims all show the new name.
  const reload = () => window.dispatchEvent(new HashChangeEvent('hashchange'));
  const activity = h('div', { class: 'activity' });
  const interval = h('select', { id: 'chart-interval' }, h('option', { value: 'week' }, 'per week'), h('option', { value: 'month' }, 'per month'));
  const showActivity = () => loadInto(activity, async () => {
    const stats = await get(paths.speakerStats(speaker.id), { interval: interval.value });
    if (!stats.series?.length) return h('p', {}, 'No dated claims yet.');
    return barChart({
      title: `Claims and appearances of ${speaker.name} ${interval.value === 'week' ? 'per week' : 'per month'}`,
      series: stats.series.map((bucket) => ({ period: bucket.period, values: [bucket.newClaims, bucket.appearances] })),
      names: ['new claims', 'appearances'],
      classes: ['series-claims', 'series-appearances'],
      label: interval.value === 'month' ? (period) => period.slice(0, 7) : (period) => period,
    });
  }, 'Loading activity');
  interval.addEventListener('change', showActivity);
  showActivity();

  return h('div', { class: 'speaker-page' },
      h('h1', {}, speaker.name),
      h('dl', { class: 'doc-facts' },
          fact('Kind', speaker.kind),
          fact('Current role', speaker.role),
          fact('Claims', String(speaker.claimCount)),
          fact('Also known as', otherNames(speaker))),
      editor && speakerEditor(speaker, reload),
      h('div', { class: 'columns' },
          h('section', { 'aria-labelledby': 'roles-title' }, h('h2', { id: 'roles-title' }, 'Roles over time'), roles(speaker.roles)),
          h('section', { 'aria-labelledby': 'merges-title' }, h('h2', { id: 'merges-title' }, 'Merges'), merges(speaker.merges))),
      h('section', { 'aria-labelledby': 'activity-title' },
          h('div', { class: 'section-head' }, h('h2', { id: 'activity-title' }, 'Activity'),
              h('label', { for: 'chart-interval' }, 'Show'), interval),
          activity),
      claimsSection(speaker));
}

function otherNames(speaker) {
  const others = (speaker.aliases ?? []).filter((alias) => alias !== speaker.name);
  return others.length ? others.join('; ') : null;
}

const fact = (name, value) => (value ? h('div', {}, h('dt', {}, name), h('dd', {}, value)) : null);

/** Each role once, with the first and last date it was seen, latest first. */
function roles(list) {
  if (!list?.length) return h('p', {}, 'No role given in any document.');
  const seen = new Map();
  for (const { role, seen: date } of list) {
    const dates = seen.get(role) ?? [];
    if (date) dates.push(formatDate(date));
    seen.set(role, dates);
  }
  const spans = [...seen].map(([role, dates]) => ({ role, first: dates.sort()[0], last: dates.at(-1) }))
      .sort((a, b) => String(b.last ?? '').localeCompare(String(a.last ?? '')));
  return h('ul', { class: 'plain' }, spans.map(({ role, first, last }) => h('li', {}, h('strong', {}, role),
      !last ? '' : first === last ? ` · seen ${last}` : ` · seen ${first} to ${last}`)));
}

function merges(list) {
  if (!list?.length) return h('p', {}, 'No other speaker was merged into this one.');
  return h('ul', { class: 'plain' }, list.map((merge) => h('li', {},
      merge.speakerId ? h('a', { href: '#/speakers/' + encodeURIComponent(merge.speakerId) }, merge.name || merge.speakerId) : merge.name,
      merge.reason ? ` — ${merge.reason}` : '',
      merge.undone ? h('span', { class: 'undone' }, ` (undone: ${merge.undone})`) : null)));
}

function claimsSection(speaker) {
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter this speaker’s claims' },
      h('label', { for: 'sc-q' }, 'Words'), h('input', { id: 'sc-q', name: 'q', autocomplete: 'off' }),
      h('label', { for: 'sc-source' }, 'Source'), h('input', { id: 'sc-source', name: 'source', autocomplete: 'off' }),
      h('label', { for: 'sc-type' }, 'Type'),
      h('select', { id: 'sc-type', name: 'type' }, ['', 'direct', 'indirect', 'mixed'].map((type) => h('option', { value: type }, type || 'any'))),
      h('label', { for: 'sc-from' }, 'From'), h('input', { id: 'sc-from', name: 'from', type: 'date' }),
      h('label', { for: 'sc-to' }, 'To'), h('input', { id: 'sc-to', name: 'to', type: 'date' }),
      h('button', { type: 'submit' }, 'Filter'));
  const status = h('p', { class: 'export-status', role: 'status' });
  const filters = () => {
    const values = Object.fromEntries(['q', 'source', 'type', 'from', 'to'].map((name) => [name, form.elements[name].value.trim()]));
    return { speaker: speaker.id, ...values };
  };
  const exportButton = h('button', { type: 'button', class: 'secondary', onclick: () => downloadCsv(filters(), `claims-${speaker.id}.csv`, status) },
      'Export CSV');
  const holder = h('div', {});
  const list = () => {
    const current = filters();
    holder.replaceChildren(pagedList({
      label: 'Claims of ' + speaker.name,
      empty: 'No claims match.',
      fetchPage: (cursor) => get('/claims', { ...current, cursor, limit: 20 }),
      renderItem: claimItem,
    }));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    list();
  });
  list();
  return h('section', { 'aria-labelledby': 'claims-title' },
      h('div', { class: 'section-head' }, h('h2', { id: 'claims-title' }, 'Claims'), exportButton), form, status, holder);
}
