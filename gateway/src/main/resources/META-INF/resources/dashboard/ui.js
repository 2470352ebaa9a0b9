// Loading, error and paging states shared by every page.
import { ApiError, NoKey, apiKey, get } from './api.js';
import { h } from './dom.js';

export function loadingNote(label = 'Loading') {
  return h('p', { class: 'loading', role: 'status' }, label + '…');
}

/** Runs task and puts what it builds into container, showing loading meanwhile and a retry on failure. */
export async function loadInto(container, task, label) {
  container.setAttribute('aria-busy', 'true');
  container.replaceChildren(loadingNote(label));
  try {
    const node = await task();
    container.replaceChildren(node);
  } catch (failure) {
    if (failure.name === 'AbortError') return;
    container.replaceChildren(errorPanel(failure, () => loadInto(container, task, label)));
  } finally {
    container.removeAttribute('aria-busy');
  }
}

/** What went wrong, in words, with a retry where retrying can help. */
export function errorPanel(failure, retry) {
  if (failure instanceof NoKey || (failure instanceof ApiError && failure.status === 401)) {
    apiKey.clear();
    renderSession();
    return keyForm(retry, failure instanceof ApiError ? 'The gateway refused this key (' + failure.message + ').' : null);
  }
  const panel = h('div', { class: 'error', role: 'alert' });
  if (failure instanceof ApiError && failure.status === 503) {
    panel.append(h('h2', {}, (failure.service ?? 'A service') + ' is unavailable'),
        h('p', {}, 'The gateway answered 503: ' + failure.message + '.'
            + (failure.retryAfter ? ` It suggests trying again in ${failure.retryAfter} s.` : '')));
  } else if (failure instanceof ApiError && failure.status === 403) {
    panel.append(h('h2', {}, 'This needs an editor key'),
        h('p', {}, failure.message + '. Forget the key (top right) and enter an editor key to store documents.'));
  } else if (failure instanceof ApiError) {
    panel.append(h('h2', {}, failure.problem.title || 'Request failed'),
        h('p', {}, failure.status ? `${failure.status}: ${failure.message}` : failure.message));
  } else {
    panel.append(h('h2', {}, 'Something went wrong'), h('p', {}, String(failure.message ?? failure)));
  }
  if (retry) panel.append(h('button', { type: 'button', class: 'retry', onclick: retry }, 'Retry'));
  return panel;
}

/** Asks for the key once; it lives in this tab's session storage until the tab closes or "Forget key". */
export function keyForm(onKey, message) {
  const input = h('input', { id: 'api-key', name: 'api-key', type: 'password', autocomplete: 'off', spellcheck: 'false', required: true });
  const status = h('p', { class: 'form-status', role: 'status' }, message ?? '');
  const form = h('form', { class: 'key-form', 'aria-labelledby': 'key-title' },
      h('h1', { id: 'key-title' }, 'Enter your API key'),
      h('p', {}, 'The dashboard reads everything through the public API, which needs a key: a reader key to browse, '
          + 'an editor key to store documents. It is kept for this browser tab only and sent as a header, never in an address.'),
      h('p', {}, 'No key? Ask whoever runs the gateway for one (they are set in GATEWAY_API_KEYS). '
          + 'On a local ./run.sh the keys are dev-reader-key and dev-editor-key.'),
      h('label', { for: 'api-key' }, 'API key'), input,
      h('button', { type: 'submit' }, 'Use this key'), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    apiKey.set(input.value);
    status.textContent = 'Checking the key…';
    try {
      await get('/sources');
    } catch (failure) {
      // Only a 401 says the key is wrong; any other failure is the page's to show.
      if (failure instanceof ApiError && failure.status === 401) {
        apiKey.clear();
        status.textContent = 'The gateway refused this key. Check it and try again.';
        input.focus();
        return;
      }
    }
    renderSession();
    onKey?.();
  });
  queueMicrotask(() => input.focus());
  return form;
}

export function renderSession() {
  const session = document.getElementById('session');
  if (!apiKey.get()) {
    session.replaceChildren();
    return;
  }
  session.replaceChildren(h('span', {}, 'Key set for this tab'),
      h('button', { type: 'button', class: 'link', onclick: () => { apiKey.clear(); renderSession(); window.dispatchEvent(new HashChangeEvent('hashchange')); } },
          'Forget key'));
}

/**
 * A list that shows one page and fetches the next on demand. fetchPage(cursor) answers {items, next}.
 * The count says how many are shown and whether more exist: the API gives no totals.
 */
export function pagedList({ fetchPage, renderItem, label, empty = 'Nothing found.', tag = 'ol', className = 'items' }) {
  const list = h(tag, { class: className, 'aria-label': label });
  const count = h('p', { class: 'count', role: 'status' });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'Show more');
  const status = h('div', { class: 'page-status' });
  const node = h('div', { class: 'paged' }, count, list, status, more);
  let cursor = null;
  let shown = 0;

  async function next() {
    more.hidden = true;
    status.replaceChildren(loadingNote());
    try {
      const page = await fetchPage(cursor);
      status.replaceChildren();
      const first = list.children.length;
      for (const item of page.items ?? []) list.append(renderItem(item));
      shown += page.items?.length ?? 0;
      cursor = page.next ?? null;
      more.hidden = !cursor;
      count.textContent = shown === 0 ? empty : `${shown} shown${cursor ? ', more available' : ''}`;
      // Keyboard users who asked for more land on the first new item.
      if (first > 0) list.children[first]?.querySelector('a, button')?.focus();
    } catch (failure) {
      if (failure.name === 'AbortError') return;
      status.replaceChildren(errorPanel(failure, next));
    }
  }
  more.addEventListener('click', next);
  node.ready = next();
  return node;
}
