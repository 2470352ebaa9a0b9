// The dashboard: pages by address fragment (#/documents/ID, ...), each built from the public API only.
import { apiKey } from './api.js';
import { claimPage } from './claim.js';
import { documentPage, documentsPage } from './documents.js';
import { livePage } from './live.js';
import { searchPage } from './search.js';
import { sourcesPage } from './sources.js';
import { speakerPage } from './speaker.js';
import { tryPage } from './try.js';
import { errorPanel, keyForm, loadingNote, renderSession } from './ui.js';

const routes = [
  [/^live$/, livePage, 'Live'],
  [/^documents$/, documentsPage, 'Documents'],
  [/^documents\/([^/]+)$/, documentPage, 'Document'],
  [/^speakers\/([^/]+)$/, speakerPage, 'Speaker'],
  [/^claims\/([^/]+)$/, claimPage, 'Claim'],
  [/^search$/, searchPage, 'Search'],
  [/^sources$/, sourcesPage, 'Sources'],
  [/^try$/, tryPage, 'Try a text'],
];

const main = document.getElementById('main');
let current = null;

function parse() {
  const fragment = location.hash.startsWith('#/') ? location.hash.slice(2) : 'live';
  const [path, search = ''] = fragment.split('?');
  for (const [pattern, page, title] of routes) {
    const match = pattern.exec(path);
    if (match) return { page, title, path, params: new URLSearchParams(search), ids: match.slice(1).map(decodeURIComponent) };
  }
  return null;
}

async function show() {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const route = parse();
  markCurrentNav(route);
  if (!route) {
    main.replaceChildren(errorPanel(new Error('There is no page at ' + location.hash + '.')));
    return;
  }
  document.title = route.title + ' · Claimtrack';
  if (!apiKey.get()) {
    main.replaceChildren(keyForm(show));
    return;
  }
  main.setAttribute('aria-busy', 'true');
  main.replaceChildren(loadingNote());
  try {
    const node = await route.page({ params: route.params, id: route.ids[0], signal: controller.signal });
    if (controller.signal.aborted) return;
    main.replaceChildren(node);
    // Screen readers and keyboard users start at the new page's heading.
    const heading = main.querySelector('h1');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  } catch (failure) {
    if (controller.signal.aborted || failure.name === 'AbortError') return;
    main.replaceChildren(errorPanel(failure, show));
  } finally {
    if (current === controller) main.removeAttribute('aria-busy');
    // Browser tests read how long the first page took to show.
    document.documentElement.dataset.rendered = String(Math.round(performance.now()));
  }
}

function markCurrentNav(route) {
  const section = route?.path.split('/')[0] ?? '';
  for (const link of document.querySelectorAll('header nav a')) {
    const target = link.getAttribute('href').slice(2);
    if (target === section) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

document.querySelector('a.skip').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});
window.addEventListener('hashchange', show);
renderSession();
show();
