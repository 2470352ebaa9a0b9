// Try a text: paste or upload a text or an HTML page, see its statements without storing anything
// (POST /extractions), or store it (POST /documents); the API allows both POSTs to editor keys only.
import { post } from './api.js';
import { h } from './dom.js';
import { statementsView } from './statements.js';
import { errorPanel, loadingNote } from './ui.js';

export function tryPage() {
  const text = h('textarea', { id: 'try-text', name: 'text', rows: 10, required: true });
  const file = h('input', { id: 'try-file', name: 'file', type: 'file', accept: '.txt,.text,.html,.htm,text/plain,text/html' });
  const format = h('select', { id: 'try-format', name: 'format' },
      h('option', { value: 'text' }, 'Plain text'), h('option', { value: 'html' }, 'HTML page'));
  const source = h('input', { id: 'try-source', name: 'source', autocomplete: 'off' });
  const url = h('input', { id: 'try-url', name: 'url', type: 'url', autocomplete: 'off' });
  const published = h('input', { id: 'try-published', name: 'published', type: 'date' });
  const result = h('div', { class: 'try-result', 'aria-live': 'polite' });
  const field = (id, label, control) => h('div', { class: 'field' }, h('label', { for: id }, label), control);

  file.addEventListener('change', async () => {
    const chosen = file.files[0];
    if (!chosen) return;
    text.value = await chosen.text();
    format.value = /\.html?$/i.test(chosen.name) || chosen.type === 'text/html' ? 'html' : 'text';
  });

  const request = () => ({
    text: text.value,
    format: format.value,
    source: source.value.trim() || null,
    url: url.value.trim() || null,
    published: published.value || null,
  });

  async function run(task, label) {
    if (!text.value.trim()) {
      result.replaceChildren(h('p', { class: 'error', role: 'alert' }, 'Paste a text or choose a file first.'));
      text.focus();
      return;
    }
    result.replaceChildren(loadingNote(label));
    try {
      await task();
    } catch (failure) {
      result.replaceChildren(errorPanel(failure, () => run(task, label)));
    }
  }

  const extract = () => run(async () => {
    const extraction = await post('/extractions', {}, request());
    const note = h('p', { class: 'note', tabindex: '-1' }, 'Not stored: these are the statements the extractor finds.');
    result.replaceChildren(note, statementsView(extraction.document?.text ?? '', extraction.statements ?? [], { stored: false }));
    note.focus();
  }, 'Finding statements');

  const store = () => run(async () => {
    const stored = await post('/documents', {}, request());
    location.hash = '#/documents/' + encodeURIComponent(stored.id);
  }, 'Storing');

  const form = h('form', { class: 'try-form', 'aria-labelledby': 'try-title' },
      field('try-text', 'Text or HTML', text),
      h('div', { class: 'row' },
          field('try-file', 'Or a file', file),
          field('try-format', 'Format', format),
          field('try-source', 'Source (optional)', source),
          field('try-url', 'Address (optional)', url),
          field('try-published', 'Published (optional)', published)),
      h('div', { class: 'actions' },
          h('button', { type: 'submit' }, 'Find statements'),
          h('button', { type: 'button', class: 'secondary', onclick: store }, 'Store it')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    extract();
  });
  return h('div', {}, h('h1', { id: 'try-title' }, 'Try a text'),
      h('p', {}, 'See who said what in any text without storing it, or store it to add its claims to the record. Both need an editor key: the API lets readers only read.'),
      form, result);
}
