// Live: claims as they are stored, newest first, filtered by source and speaker.
import { get, query } from './api.js';
import { claimItem } from './claims.js';
import { h } from './dom.js';
import { ClaimStream } from './stream.js';

const KEPT = 200;
const STATES = {
  connecting: 'Connecting…',
  resuming: 'Reconnecting, catching up on missed claims…',
  live: 'Live: new claims appear at the top.',
  reconnecting: 'Connection lost; reconnecting…',
  paused: 'Paused. Resume to catch up on the claims stored meanwhile.',
  failed: 'The stream was refused',
};

export async function livePage({ params, signal }) {
  const filters = { source: params.get('source') ?? '', speaker: params.get('speaker') ?? '' };
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter live claims' },
      h('label', { for: 'live-source' }, 'Source'),
      h('input', { id: 'live-source', name: 'source', value: filters.source, autocomplete: 'off' }),
      h('label', { for: 'live-speaker' }, 'Speaker'),
      h('input', { id: 'live-speaker', name: 'speaker', value: filters.speaker, autocomplete: 'off' }),
      h('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = '#/live' + query({ source: form.elements.source.value.trim(), speaker: form.elements.speaker.value.trim() });
  });

  const state = h('p', { class: 'stream-state', role: 'status', 'data-state': 'connecting' });
  const list = h('ol', { class: 'items live-list', 'aria-label': 'Claims, newest first' });
  const toggle = h('button', { type: 'button', class: 'secondary', 'aria-pressed': 'false' }, 'Pause');
  const shown = new Set();

  function add(claim, atTop) {
    if (shown.has(claim.id)) return;
    shown.add(claim.id);
    const item = claimItem(claim);
    if (atTop) {
      item.classList.add('new');
      list.prepend(item);
    } else {
      list.append(item);
    }
    while (list.children.length > KEPT) list.lastElementChild.remove();
  }

  // What arrived before the page opened, then the stream from now on.
  const recent = await get('/claims', { ...filters, limit: 20 }, { signal });
  for (const claim of recent.items ?? []) add(claim, false);

  const stream = new ClaimStream(filters, {
    onClaim: (claim) => add(claim, true),
    onState: (name, failure) => {
      state.dataset.state = name;
      state.textContent = STATES[name] + (failure && name === 'failed' ? ': ' + failure.message : '');
    },
  });
  toggle.addEventListener('click', () => {
    const pausing = toggle.getAttribute('aria-pressed') === 'false';
    toggle.setAttribute('aria-pressed', String(pausing));
    toggle.textContent = pausing ? 'Resume' : 'Pause';
    if (pausing) stream.stop();
    else stream.start();
  });
  signal.addEventListener('abort', () => stream.stop(), { once: true });
  stream.start();

  return h('div', {}, h('h1', {}, 'Live claims'), form, h('div', { class: 'stream-bar' }, state, toggle),
      h('p', { class: 'note' }, `The newest ${KEPT} are kept here; Search has every claim.`), list);
}
