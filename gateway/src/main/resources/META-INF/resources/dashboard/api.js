// The public API (/api/v1) with the key kept for this browser session only: in sessionStorage, sent
// as the X-API-Key header, never put in a URL and never logged.

const KEY_ITEM = 'claimtrack.apiKey';
const ROLE_ITEM = 'claimtrack.role';
const BASE = '/api/v1';

export const apiKey = {
  get: () => sessionStorage.getItem(KEY_ITEM),
  set: (key) => {
    sessionStorage.removeItem(ROLE_ITEM);
    sessionStorage.setItem(KEY_ITEM, key.trim());
  },
  clear: () => {
    sessionStorage.removeItem(ROLE_ITEM);
    sessionStorage.removeItem(KEY_ITEM);
  },
};

/**
 * Whether the key may correct the record. The API has no "who am I": an empty correction tells, as the
 * gateway checks the role (403) before the body (400), so the probe never stores anything. Kept beside
 * the key for the session; when the probe fails otherwise the answer is no, and asked again next time.
 */
export async function isEditor() {
  const known = sessionStorage.getItem(ROLE_ITEM);
  if (known) return known === 'editor';
  try {
    await post('/corrections', {}, {});
  } catch (failure) {
    if (!(failure instanceof ApiError) || ![400, 403].includes(failure.status)) return false;
    sessionStorage.setItem(ROLE_ITEM, failure.status === 400 ? 'editor' : 'reader');
    return failure.status === 400;
  }
  return false;
}

/** A problem+json answer (or no answer at all: status 0), with the service it names when one is down. */
export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
    this.retryAfter = retryAfter;
    this.service = /\b(ingest-service|claims-service)\b/.exec(this.message)?.[1] ?? null;
  }
}

export class NoKey extends Error {
  constructor() {
    super('no API key for this session');
  }
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params ?? {})) {
    if (value != null && value !== '') search.set(name, value);
  }
  const text = search.toString();
  return text ? '?' + text : '';
}

/** Calls the API; JSON answers are parsed, others (CSV, the stream) returned as the Response. */
export async function call(path, { method = 'GET', body, type, accept = 'application/json', headers = {}, signal } = {}) {
  const key = apiKey.get();
  if (!key) throw new NoKey();
  const sent = { 'X-API-Key': key, Accept: accept, ...headers };
  if (type) sent['Content-Type'] = type;
  let response;
  try {
    response = await fetch(BASE + path, { method, headers: sent, body, signal, cache: 'no-store', credentials: 'omit' });
  } catch (failure) {
    if (failure.name === 'AbortError') throw failure;
    throw new ApiError(0, { title: 'No answer', detail: 'the gateway did not answer; is it running?' });
  }
  if (!response.ok) throw await problemOf(response);
  return accept === 'application/json' ? response.json() : response;
}

export async function problemOf(response) {
  let problem;
  try {
    problem = await response.json();
  } catch {
    problem = { title: response.statusText };
  }
  return new ApiError(response.status, problem, response.headers.get('Retry-After'));
}

export const get = (path, params, options) => call(path + query(params), options);

export function post(path, params, json, options) {
  return call(path + query(params), { ...options, method: 'POST', type: 'application/json', body: JSON.stringify(json) });
}

const enc = encodeURIComponent;
export const paths = {
  document: (id) => `/documents/${enc(id)}`,
  claim: (id) => `/claims/${enc(id)}`,
  claimReview: (id) => `/claims/${enc(id)}/claimreview`,
  speaker: (id) => `/speakers/${enc(id)}`,
  speakerStats: (id) => `/speakers/${enc(id)}/stats`,
  undo: (id) => `/corrections/${enc(id)}/undo`,
};
