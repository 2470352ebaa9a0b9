// A document's text with its statements highlighted, beside a list of the statements; choosing one in
// the list scrolls to its span, clicking a span selects it in the list.
import { h, formatDate, percent } from './dom.js';
import { correctionActions } from './corrections.js';
import { highlightedText, saidText, speakerKey, speakerSlots } from './highlight.js';

const LIST_PAGE = 50;

export function statementsView(text, statements, { stored, corrections }) {
  const slotOf = speakerSlots(statements);
  const article = h('div', { class: 'doc-text', id: 'doc-text' }, highlightedText(text, statements, slotOf));
  const list = h('ol', { class: 'statement-list', 'aria-label': 'Statements' });
  const more = h('button', { type: 'button', class: 'more' }, 'Show more statements');
  const count = h('p', { class: 'count' });
  let shown = 0;

  function showMore() {
    const first = shown;
    for (const [index, statement] of statements.slice(shown, shown + LIST_PAGE).entries()) {
      list.append(statementItem(text, statement, first + index, slotOf, stored, corrections));
    }
    shown = Math.min(statements.length, shown + LIST_PAGE);
    more.hidden = shown >= statements.length;
    count.textContent = statements.length === 0 ? 'No statements found in this text.'
        : `${statements.length} statement${statements.length === 1 ? '' : 's'}` + (shown < statements.length ? `, ${shown} listed` : '');
    if (first > 0) list.children[first]?.querySelector('button')?.focus();
  }
  more.addEventListener('click', showMore);
  showMore();

  function select(index, scroll) {
    while (shown <= index) showMore();
    for (const item of list.querySelectorAll('li.selected')) item.classList.remove('selected');
    for (const mark of article.querySelectorAll('mark.selected')) mark.classList.remove('selected');
    const item = list.children[index];
    const mark = article.querySelector('#stmt-' + index);
    item?.classList.add('selected');
    mark?.classList.add('selected');
    if (scroll && mark) {
      mark.scrollIntoView({ block: 'center' });
      mark.focus({ preventScroll: true });
    } else {
      item?.scrollIntoView({ block: 'nearest' });
    }
  }
  list.addEventListener('click', (event) => {
    const button = event.target.closest('button.pick');
    if (button) select(Number(button.dataset.index), true);
  });
  article.addEventListener('click', (event) => {
    const mark = event.target.closest('mark.stmt');
    if (mark) select(Number(mark.dataset.index), false);
  });

  return h('div', { class: 'statements-view' },
      h('section', { class: 'text-pane', 'aria-labelledby': 'text-title' },
          h('h2', { id: 'text-title' }, 'Text'), legend(statements, slotOf), article),
      h('section', { class: 'list-pane', 'aria-labelledby': 'list-title' },
          h('h2', { id: 'list-title' }, 'Statements'), count, list, more));
}

function legend(statements, slotOf) {
  const seen = new Map();
  for (const statement of statements) {
    const key = speakerKey(statement);
    if (!seen.has(key)) seen.set(key, statement);
  }
  if (seen.size === 0) return null;
  return h('ul', { class: 'legend', 'aria-label': 'Speakers and their colours' },
      [...seen.values()].map((statement) => h('li', {},
          h('span', { class: `swatch spk-${slotOf(statement)}`, 'aria-hidden': 'true' }), speakerName(statement))),
      h('li', {}, h('span', { class: 'cue-sample' }, 'cue'), ' underlined'));
}

export function speakerName(statement) {
  return statement.speaker?.name || statement.speaker?.mention || 'unknown speaker';
}

function statementItem(text, statement, index, slotOf, stored, corrections) {
  const facts = [
    statement.speaker?.role && ['role', statement.speaker.role],
    ['type', statement.type],
    statement.date && ['date', formatDate(statement.date)],
    statement.region && ['region', statement.region],
    statement.confidence != null && ['confidence', percent(statement.confidence)],
    statement.nested && ['reported by', statement.via || 'another speaker'],
  ].filter(Boolean);
  const links = stored ? h('p', { class: 'links' },
      statement.claimId && h('a', { href: '#/claims/' + encodeURIComponent(statement.claimId) }, 'Claim'),
      statement.speakerId && h('a', { href: '#/speakers/' + encodeURIComponent(statement.speakerId) }, 'Speaker')) : null;
  const corrected = statement.corrected;
  const note = corrected && h('p', { class: 'correction-note' },
      h('strong', {}, corrected.hidden ? 'Not a statement' : 'Corrected'), corrected.reason ? ': ' + corrected.reason : '');
  return h('li', { class: 'statement' + (corrected?.hidden ? ' hidden-statement' : ''), 'data-index': index },
      h('button', { type: 'button', class: 'pick', 'data-index': index, 'aria-controls': !corrected?.hidden && 'stmt-' + index },
          h('span', { class: `swatch spk-${slotOf(statement)}`, 'aria-hidden': 'true' }),
          h('strong', {}, speakerName(statement)),
          statement.speaker?.mention && statement.speaker.mention !== statement.speaker.name
              ? h('span', { class: 'mention' }, ` (“${statement.speaker.mention}”)`) : null,
          h('span', { class: 'snippet' }, statement.parts?.length ? saidText(text, statement) : statement.content)),
      h('dl', { class: 'facts' }, facts.map(([name, value]) => [h('dt', {}, name), h('dd', {}, value)])),
      note, links, corrections && correctionActions(statement, index, corrections));
}
