// A claim as one item of a list, and CSV export of a claim list.
import { call, query } from './api.js';
import { h, formatDate } from './dom.js';

export function claimItem(claim) {
  const first = claim.appearances?.[0];
  return h('li', { class: 'claim', 'data-claim': claim.id },
      h('a', { class: 'claim-text', href: '#/claims/' + encodeURIComponent(claim.id) }, claim.text),
      h('p', { class: 'meta' },
          claim.speaker?.id ? h('a', { href: '#/speakers/' + encodeURIComponent(claim.speaker.id) }, claim.speaker.name)
              : (claim.speaker?.name ?? 'unknown speaker'),
          ` · ${claim.type} · first seen ${formatDate(claim.firstSeen)} · ${claim.appearanceCount} appearance${claim.appearanceCount === 1 ? '' : 's'}`,
          first ? [' · ', h('a', { href: '#/documents/' + encodeURIComponent(first.documentId) }, first.source || 'document')] : null));
}

/** Downloads every claim matching the filters as CSV; fetched with the key header, so no key in any address. */
export async function downloadCsv(filters, filename, status) {
  status.textContent = 'Preparing the CSV…';
  try {
    const response = await call('/claims' + query({ ...filters, format: 'csv' }), { accept: 'text/csv' });
    const blob = await response.blob();
    const link = h('a', { href: URL.createObjectURL(blob), download: filename });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    status.textContent = `Downloaded ${filename} (${blob.size} bytes).`;
  } catch (failure) {
    status.textContent = 'The export failed: ' + failure.message;
  }
}
