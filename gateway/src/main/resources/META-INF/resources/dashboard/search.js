// Search: claims by words, speaker, source, type and date range, and speakers by name.
import { get, query } from './api.js';
import { claimItem, downloadCsv } from './claims.js';
import { h } from './dom.js';
import { pagedList } from './ui.js';

const FIELDS = ['q', 'speaker', 'source', 'type', 'from', 'to'];

export async function searchPage({ params }) {
  const value = (name) => params.get(name) ?? '';
  const input = (name, label, attrs = {}) => [h('label', { for: 'search-' + name }, label),
    h('input', { id: 'search-' + name, name, value: value(name), autocomplete: 'off', ...attrs })];
  const form = h('form', { class: 'filters search-form', role: 'search', 'aria-label': 'Search claims and speakers' },
      input('q', 'Words'), input('speaker', 'Speaker'), input('source', 'Source'),
      h('label', { for: 'search-type' }, 'Type'),
      h('select', { id: 'search-type', name: 'type' }, ['', 'direct', 'indirect', 'mixed']
          .map((type) => h('option', { value: type, selected: type === value('type') }, type || 'any'))),
      input('from', 'From', { type: 'date' }), input('to', 'To', { type: 'date' }),
      h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = '#/search' + query(Object.fromEntries(FIELDS.map((name) => [name, form.elements[name].value.trim()])));
  });

  const filters = Object.fromEntries(FIELDS.map((name) => [name, value(name)]));
  const searched = FIELDS.some((name) => filters[name]);
  const parts = [h('h1', {}, 'Search'), form];
  if (!searched) {
    parts.push(h('p', {}, 'Search claims by any of these; the speaker field also finds speakers by name or alias.'));
    return h('div', {}, parts);
  }
  const names = filters.speaker;
  if (names) {
    const speakers = pagedList({
      label: 'Speakers',
      empty: 'No speaker with that name.',
      tag: 'ul',
      fetchPage: (cursor) => get('/speakers', { q: names, cursor, limit: 10 }),
      renderItem: (speaker) => h('li', {}, h('a', { href: '#/speakers/' + encodeURIComponent(speaker.id) }, speaker.name),
          h('span', { class: 'meta' }, ` · ${speaker.kind}${speaker.role ? ' · ' + speaker.role : ''} · ${speaker.claimCount} claims`)),
    });
    await speakers.ready;
    parts.push(h('section', { 'aria-labelledby': 'speakers-title' }, h('h2', { id: 'speakers-title' }, `Speakers named “${names}”`), speakers));
  }
  const claims = pagedList({
    label: 'Claims',
    empty: 'No claims match.',
    fetchPage: (cursor) => get('/claims', { ...filters, cursor, limit: 20 }),
    renderItem: claimItem,
  });
  await claims.ready;
  const status = h('p', { class: 'export-status', role: 'status' });
  parts.push(h('section', { 'aria-labelledby': 'claims-title' },
      h('div', { class: 'section-head' }, h('h2', { id: 'claims-title' }, 'Claims'),
          h('button', { type: 'button', class: 'secondary', onclick: () => downloadCsv(filters, 'claims.csv', status) }, 'Export CSV')),
      status, claims));
  return h('div', {}, parts);
}
