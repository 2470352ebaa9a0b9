// The claim stream (Server-Sent Events) read with fetch: EventSource cannot send the X-API-Key header,
// and the key must not go into the address. Resumes after a dropped connection, or a pause, by sending
// the last event id as Last-Event-ID, as EventSource would.
import { ApiError, apiKey, problemOf, query } from './api.js';

export class ClaimStream {
  constructor(filters, { onClaim, onState }) {
    this.path = '/api/v1/claims/stream' + query(filters);
    this.onClaim = onClaim;
    this.onState = onState;
    this.lastEventId = null;
    this.controller = null;
  }

  start() {
    if (this.controller) return;
    const controller = new AbortController();
    this.controller = controller;
    this.#run(controller.signal);
  }

  stop() {
    this.controller?.abort();
    this.controller = null;
    this.onState('paused');
  }

  async #run(signal) {
    let delay = 1000;
    while (!signal.aborted) {
      try {
        this.onState(this.lastEventId ? 'resuming' : 'connecting');
        await this.#readOnce(signal, () => {
          delay = 1000;
          this.onState('live');
        });
        if (signal.aborted) return;
        this.onState('reconnecting', null);
      } catch (failure) {
        if (signal.aborted) return;
        if (failure instanceof ApiError && [400, 401, 403].includes(failure.status)) {
          this.onState('failed', failure);
          return;
        }
        this.onState('reconnecting', failure);
        if (failure instanceof ApiError && failure.retryAfter) delay = Math.max(delay, Number(failure.retryAfter) * 1000);
      }
      await pause(delay, signal);
      delay = Math.min(delay * 2, 15000);
    }
  }

  async #readOnce(signal, opened) {
    const headers = { 'X-API-Key': apiKey.get(), Accept: 'text/event-stream' };
    if (this.lastEventId) headers['Last-Event-ID'] = this.lastEventId;
    let response;
    try {
      response = await fetch(this.path, { headers, signal, cache: 'no-store', credentials: 'omit' });
    } catch (failure) {
      if (failure.name === 'AbortError') return;
      throw new ApiError(0, { title: 'No answer', detail: 'the gateway did not answer' });
    }
    if (!response.ok) throw await problemOf(response);
    opened();
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    let event = { name: 'message', data: [], id: null };
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        const lines = buffer.split(/\r\n|\r|\n/);
        buffer = lines.pop();
        for (const line of lines) {
          if (line === '') {
            this.#dispatch(event);
            event = { name: 'message', data: [], id: null };
          } else if (!line.startsWith(':')) {
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'event') event.name = value;
            else if (field === 'data') event.data.push(value);
            else if (field === 'id') event.id = value;
          }
        }
      }
    } catch (failure) {
      if (failure.name !== 'AbortError') throw new ApiError(0, { title: 'Stream broken', detail: 'the stream was interrupted' });
    }
  }

  #dispatch(event) {
    if (event.id != null) this.lastEventId = event.id;
    if (event.name === 'claim' && event.data.length) this.onClaim(JSON.parse(event.data.join('\n')));
  }
}

function pause(ms, signal) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
