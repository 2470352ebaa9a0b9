// Documents: the list, and one document with its statements highlighted.
import { get, isEditor, paths, query } from './api.js';
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
  const [document, editor] = await Promise.all([readDocument(id, signal), isEditor()]);
  const status = h('p', { class: 'correction-status', role: 'status', tabindex: '-1' });
  const view = h('div', {});
  const show = (shown) => view.replaceChildren(statementsView(shown.text ?? '', shown.statements ?? [],
      { stored: true, corrections: editor && { document: shown.id, done: corrected } }));
  // After a correction the document is read again: the API applies corrections on read.
  async function corrected(message) {
    show(await readDocument(id));
    status.textContent = message;
    // The form that had focus is gone with the old list.
    status.focus();
  }
  show(document);
  return h('div', { class: 'document-page' },
      h('h1', {}, document.title || 'Document ' + document.id),
      documentFacts(document), status, view);
}

/**
 * The document as corrected. A corrected statement's speaker is the one its speakerId names: the API
 * keeps the extracted name in its speaker field, so those speakers are read for their names.
 */
async function readDocument(id, signal) {
  const document = await get(paths.document(id), {}, { signal });
  const statements = document.statements ?? [];
  const ids = new Set(statements.filter((s) => s.corrected && !s.corrected.hidden && s.speakerId).map((s) => s.speakerId));
  const names = new Map(await Promise.all([...ids].map(async (speaker) => [speaker, (await get(paths.speaker(speaker), {}, { signal })).name])));
  return { ...document, statements: statements.map((s) => names.has(s.speakerId) ? { ...s, speaker: { ...s.speaker, name: names.get(s.speakerId) } } : s) };
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
