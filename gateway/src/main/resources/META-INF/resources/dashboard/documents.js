// Documents: the list, and one document with its statements highlighted.
import { get, paths, query } from './api.js';
import { h, externalLink, formatDate, formatDateTime } from './dom.js';
import { statementsView } from './statements.js';
import { pagedList } from './ui.js';

export async function documentsPage({ params }) {
  const source = params.get('source') ?? '';
  const filter = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter documents' },
      h('label', { for: 'doc-source' }, 'Source'),
      h('input', { id: 'doc-source', name: 'source', value: source, autocomplete: 'off' }),
      h('button', { type: 'submit' }, 'Filter'));
  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = '#/documents' + query({ source: filter.elements.source.value.trim() });
  });
  const list = pagedList({
    label: 'Documents',
    empty: 'No documents yet. Store one with Try a text (editor key) or POST /api/v1/documents.',
    fetchPage: (cursor) => get('/documents', { source, cursor, limit: 20 }),
    renderItem: (document) => h('li', {},
        h('a', { href: '#/documents/' + encodeURIComponent(document.id) }, document.title || document.id),
        h('span', { class: 'meta' }, ' · ' + [document.source, formatDate(document.published),
            document.statementCount != null && `${document.statementCount} statement${document.statementCount === 1 ? '' : 's'}`]
            .filter(Boolean).join(' · '))),
  });
  await list.ready;
  return h('div', {}, h('h1', {}, 'Documents'), filter, list);
}

export async function documentPage({ id, signal }) {
  const document = await get(paths.document(id), {}, { signal });
  return h('div', { class: 'document-page' },
      h('h1', {}, document.title || 'Document ' + document.id),
      documentFacts(document),
      statementsView(document.text ?? '', document.statements ?? [], { stored: true }));
}

function documentFacts(document) {
  const facts = [
    ['Source', document.source],
    ['Published', formatDate(document.published)],
    document.dateline && ['Dateline', [document.dateline.place, formatDate(document.dateline.date), document.dateline.wire].filter(Boolean).join(', ')],
    document.url && ['Address', externalLink(document.url)],
    ['Stored', formatDateTime(document.ingestedAt)],
    document.revisionOf && ['Revision of', docLink(document.revisionOf)],
    document.supersededBy && ['Replaced by', docLink(document.supersededBy)],
    document.syndicationOf && ['Republished from', docLink(document.syndicationOf)],
  ].filter((fact) => fact && fact[1]);
  return h('dl', { class: 'doc-facts' }, facts.map(([name, value]) => h('div', {}, h('dt', {}, name), h('dd', {}, value))));
}

export const docLink = (id, label) => h('a', { href: '#/documents/' + encodeURIComponent(id) }, label ?? id);
