// Claim: its text and speaker, every appearance with the sentence around it, the wordings folded into
// it as near-duplicates, and the ClaimReview JSON-LD draft to copy.
import { get, paths } from './api.js';
import { h, externalLink, formatDate, percent } from './dom.js';
import { loadInto } from './ui.js';
import { saidText } from './highlight.js';

const CONTEXT_PAGE = 10;
const CONTEXT_REACH = 300;

export async function claimPage({ id, signal }) {
  const claim = await get(paths.claim(id), {}, { signal });
  const appearances = claim.appearances ?? [];
  const review = h('div', {});
  loadInto(review, async () => claimReview(await get(paths.claimReview(claim.id))), 'Loading the ClaimReview draft');

  return h('div', { class: 'claim-page' },
      h('h1', {}, 'Claim'),
      h('blockquote', { class: 'claim-quote' }, claim.text),
      h('dl', { class: 'doc-facts' },
          fact('Speaker', claim.speaker?.id ? h('a', { href: '#/speakers/' + encodeURIComponent(claim.speaker.id) }, claim.speaker.name) : claim.speaker?.name),
          fact('Role', claim.speaker?.role),
          fact('Type', claim.type),
          fact('First seen', formatDate(claim.firstSeen)),
          fact('Last seen', formatDate(claim.lastSeen)),
          fact('Appearances', String(claim.appearanceCount))),
      h('section', { 'aria-labelledby': 'appearances-title' }, h('h2', { id: 'appearances-title' }, 'Where it appeared'),
          appearanceList(claim, appearances)),
      h('section', { 'aria-labelledby': 'review-title' }, h('h2', { id: 'review-title' }, 'ClaimReview draft (JSON-LD)'), review));
}

const fact = (name, value) => (value ? h('div', {}, h('dt', {}, name), h('dd', {}, value)) : null);

/** Appearances a page at a time: each needs its document's text for the sentence around it. */
function appearanceList(claim, appearances) {
  const list = h('ol', { class: 'items appearances', 'aria-label': 'Appearances' });
  const wordings = h('div', {});
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'Show more appearances');
  const texts = new Map();
  const documents = new Map();
  let shown = 0;

  async function showMore() {
    more.hidden = true;
    const page = appearances.slice(shown, shown + CONTEXT_PAGE);
    const first = shown;
    shown += page.length;
    for (const appearance of page) {
      const context = h('div', { class: 'context' });
      list.append(h('li', { class: 'appearance' },
          h('p', { class: 'meta' },
              h('strong', {}, appearance.source || 'unknown outlet'), ' · ', formatDate(appearance.published),
              ' · ', h('a', { href: '#/documents/' + encodeURIComponent(appearance.documentId) }, 'document'),
              appearance.url ? [' · ', externalLink(appearance.url)] : null,
              appearance.role ? ` · as ${appearance.role}` : '',
              appearance.cue ? ` · cue “${appearance.cue}”` : '',
              appearance.confidence != null ? ` · confidence ${percent(appearance.confidence)}` : '',
              appearance.region === 'related' ? ' · related material' : ''),
          context));
      await loadInto(context, async () => {
        if (!documents.has(appearance.documentId)) documents.set(appearance.documentId, get(paths.document(appearance.documentId)));
        const text = (await documents.get(appearance.documentId)).text ?? '';
        const said = saidText(text, appearance);
        texts.set(said, (texts.get(said) ?? 0) + 1);
        return sentence(text, appearance.span, appearance.parts);
      }, 'Loading the sentence');
    }
    wordings.replaceChildren(nearDuplicates(claim.text, texts));
    more.hidden = shown >= appearances.length;
    if (first > 0) list.children[first]?.querySelector('a')?.focus();
  }
  more.addEventListener('click', showMore);
  showMore();
  return h('div', {}, list, more, wordings);
}

/**
 * The sentence around a span, what was said marked (each part, when a speaker and cue interrupt it): back to the
 * previous sentence end, on to the next.
 */
export function sentence(text, span, parts) {
  // A sentence ends at a line break, or at . ! ? (and any closing quotes) before a space.
  const boundary = (at) => at <= 0 || at >= text.length || text[at - 1] === '\n' || text[at] === '\n'
      || /[.!?]["”’')\]]*$/.test(text.slice(Math.max(0, at - 4), at)) && /\s/.test(text[at]);
  let from = span.start;
  while (!boundary(from) && span.start - from < CONTEXT_REACH) from--;
  let to = span.end;
  while (!boundary(to) && to - span.end < CONTEXT_REACH) to++;
  let at = span.start;
  const marked = (parts?.length ? parts : [span]).map((part) => {
    const between = text.slice(at, part.start);
    at = part.end;
    return [between, h('mark', { class: 'said' }, text.slice(part.start, part.end))];
  });
  return h('p', {}, boundary(from) ? '' : '…', text.slice(from, span.start).trimStart(), marked, text.slice(at, span.end),
      text.slice(span.end, to).trimEnd(), boundary(to) ? '' : '…');
}

/** Wordings that differ from the claim's own: near-duplicates recorded as this claim. */
function nearDuplicates(own, texts) {
  const normal = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const others = [...texts].filter(([text]) => normal(text) !== normal(own));
  if (!others.length) return h('p', { class: 'note' }, 'Every appearance shown has the claim’s own wording.');
  return h('div', { class: 'wordings' }, h('h3', {}, 'Near-duplicate wordings folded into this claim'),
      h('ul', { class: 'plain' }, others.map(([text, count]) => h('li', {}, text, count > 1 ? ` (${count}×)` : ''))));
}

function claimReview(review) {
  const json = JSON.stringify(review, null, 2);
  const status = h('span', { role: 'status', class: 'copy-status' });
  const code = h('pre', { class: 'json', tabindex: '0', 'aria-label': 'ClaimReview JSON-LD' }, h('code', {}, json));
  const copy = h('button', { type: 'button', class: 'secondary' }, 'Copy JSON-LD');
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(json);
      status.textContent = 'Copied.';
    } catch {
      getSelection().selectAllChildren(code);
      status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
    }
  });
  return h('div', {}, h('p', {}, 'A draft for a fact-checker: add the rating and the review before publishing it. ', copy, ' ', status), code);
}
