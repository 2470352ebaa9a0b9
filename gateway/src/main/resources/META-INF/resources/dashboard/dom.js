// Builds DOM nodes. Every string becomes a text node or an attribute value, never markup: document
// texts may contain <script> and must show as the characters they are.

const SVG_NS = 'http://www.w3.org/2000/svg';

export function h(tag, attrs, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

export function svg(tag, attrs, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

function fill(node, attrs, children) {
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value == null || value === false) continue;
    if (name === 'class') node.setAttribute('class', value);
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** A link to a page of the document's own site only when it is a web address: never a javascript: URL. */
export function externalLink(url, label) {
  let parsed = null;
  try {
    parsed = new URL(url);
  } catch {
    // not an absolute URL: shown as text
  }
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) return h('span', { class: 'url' }, url ?? '');
  return h('a', { href: parsed.href, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'url' }, label ?? url);
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

export function formatDate(value) {
  if (!value) return '';
  return String(value).slice(0, 10);
}

export function formatDateTime(value) {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

export function percent(value) {
  return value == null ? '' : Math.round(value * 100) + '%';
}
