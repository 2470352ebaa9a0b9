// A document's text with its statements highlighted at the API's offsets (UTF-16 indices, the same as
// JavaScript string indices), nested statements inside the statement that reports them, cues underlined.
import { h } from './dom.js';

export const PALETTE_SIZE = 12;

export const speakerKey = (statement) => statement.speakerId ?? statement.speaker?.name ?? statement.speaker?.mention ?? '';

/** One palette slot per speaker, in order of first statement. */
export function speakerSlots(statements) {
  const slots = new Map();
  for (const statement of statements) {
    const key = speakerKey(statement);
    if (!slots.has(key)) slots.set(key, slots.size % PALETTE_SIZE);
  }
  return (statement) => slots.get(speakerKey(statement));
}

/**
 * What was said: the texts of the statement's parts joined by a space when a speaker and cue interrupt it (the
 * claim's words), else the text of its span.
 */
export function saidText(text, statement) {
  const parts = statement.parts?.length ? statement.parts : statement.span ? [statement.span] : [];
  return parts.map((part) => text.slice(part.start, part.end)).join(' ');
}

/** The interruptions between a statement's parts: its speaker and cue, inside its span but no part of what was said. */
export function asides(statement) {
  const parts = statement.parts ?? [];
  return parts.slice(1).map((part, n) => ({ start: parts[n].end, end: part.start })).filter((gap) => gap.start < gap.end);
}

/**
 * Where the cue is written: the API gives the cue's words, not its offsets, so this takes the whole-word
 * occurrence nearest the statement and outside what was said (a cue never lies inside what it introduces; it may
 * interrupt it, between its parts).
 */
export function cueSpan(text, statement) {
  const cue = statement.cue?.trim();
  if (!cue || !statement.span) return null;
  const { start, end } = statement.span;
  const from = Math.max(0, start - 200);
  const window = text.slice(from, Math.min(text.length, end + 200)).toLowerCase();
  const needle = cue.toLowerCase();
  const said = statement.parts?.length ? statement.parts : [statement.span];
  let best = null;
  for (let at = window.indexOf(needle); at >= 0; at = window.indexOf(needle, at + 1)) {
    const cueStart = from + at;
    const cueEnd = cueStart + cue.length;
    if (said.some((part) => cueEnd > part.start && cueStart < part.end)) continue;
    if (/\w/.test(text[cueStart - 1] ?? '') || /\w/.test(text[cueEnd] ?? '')) continue;
    const distance = cueEnd <= start ? start - cueEnd : cueStart >= end ? cueStart - end : 0;
    if (!best || distance < best.distance) best = { start: cueStart, end: cueEnd, distance };
  }
  return best && { start: best.start, end: best.end };
}

/**
 * Spans as a tree by containment. Ranges sharing a start put the longer outside; a statement that
 * crosses the end of the one around it is cut there for display, a cue that would cross is left out.
 */
export function nest(ranges, length) {
  const valid = ranges.filter((r) => Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.end <= length && r.start < r.end);
  valid.sort((a, b) => a.start - b.start || b.end - a.end || (a.kind === 'cue') - (b.kind === 'cue'));
  const root = { start: 0, end: length, children: [] };
  const stack = [root];
  for (const range of valid) {
    while (stack.length > 1 && stack.at(-1).end <= range.start) stack.pop();
    const parent = stack.at(-1);
    if (range.end > parent.end && range.kind === 'cue') continue;
    const node = { ...range, shownEnd: Math.min(range.end, parent.shownEnd ?? parent.end), children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}

/** The text as DOM: text nodes between and inside the elements makeNode builds for each range. */
export function renderRanges(text, root, makeNode) {
  const fragment = document.createDocumentFragment();
  (function build(parent, from, to, children) {
    let at = from;
    for (const child of children) {
      const start = Math.max(child.start, at);
      const end = Math.min(child.shownEnd, to);
      if (start >= end) continue;
      if (start > at) parent.append(text.slice(at, start));
      const element = makeNode(child);
      build(element, start, end, child.children);
      parent.append(element);
      at = end;
    }
    if (to > at) parent.append(text.slice(at, to));
  })(fragment, 0, text.length, root.children);
  return fragment;
}

/** The highlighted text of a document: one mark per statement (id stmt-N, N its index), one underline per cue. */
export function highlightedText(text, statements, slotOf) {
  const ranges = [];
  statements.forEach((statement, index) => {
    // An editor said it is not a statement: it stays listed, struck through, but is no longer highlighted.
    if (!statement.span || statement.corrected?.hidden) return;
    ranges.push({ kind: 'statement', index, start: statement.span.start, end: statement.span.end });
    for (const gap of asides(statement)) ranges.push({ kind: 'aside', index, ...gap });
    const cue = cueSpan(text, statement);
    if (cue) ranges.push({ kind: 'cue', index, ...cue });
  });
  return renderRanges(text, nest(ranges, text.length), (range) => {
    if (range.kind === 'cue') return h('span', { class: 'cue', 'data-for': range.index });
    if (range.kind === 'aside') return h('span', { class: 'aside', 'data-for': range.index });
    const statement = statements[range.index];
    return h('mark', {
      id: 'stmt-' + range.index,
      class: `stmt spk-${slotOf(statement)}${statement.nested ? ' nested' : ''}`,
      'data-index': range.index,
      'data-start': range.start,
      'data-end': range.end,
      tabindex: '-1',
    });
  });
}
