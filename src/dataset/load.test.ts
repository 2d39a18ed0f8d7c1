import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDataset } from './load.ts';
import { DEFAULT_LIMITS } from './parse.ts';

const shippedText = readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8');
const URL_ = 'https://cdn.example/nso/data.json';
const JSON_TYPE = { 'content-type': 'application/json' };

afterEach(() => {
  vi.unstubAllGlobals();
});

const article = readFileSync(new URL('../../data/sources/article.fr.txt', import.meta.url), 'utf8');

/**
 * Stubs fetch: the dataset's URL gets `answer`, a source text the article's text. Returns the mock, to read how it
 * was called.
 */
function serve(answer: (init: RequestInit) => Response | Promise<Response>) {
  const fetch = vi.fn(async (url: string | URL, init: RequestInit) =>
    String(url).endsWith('.txt') ? new Response(article) : answer(init),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** A body streamed in `chunks`; `pulled` counts the chunks read, `cancelled` tells whether the reader gave up. */
function streamed(chunks: Uint8Array[]) {
  const state = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const chunk = chunks[state.pulled];
        if (chunk === undefined) return controller.close();
        state.pulled++;
        controller.enqueue(chunk);
      },
      cancel() {
        state.cancelled = true;
      },
    },
    // Nothing is read ahead: a chunk is pulled only when the reader asks for it.
    { highWaterMark: 0 },
  );
  return { body, state };
}

describe('loadDataset', () => {
  it('loadDataset returns the validated dataset, fetched without credentials and asking for JSON', async () => {
    const fetch = serve(() => new Response(shippedText, { headers: JSON_TYPE }));
    const result = await loadDataset(URL_);
    expect(result.ok && result.dataset.countries.map((c) => c.code)).toEqual(['BH', 'MX', 'AE']);
    expect(fetch).toHaveBeenCalledWith(URL_, expect.objectContaining({ credentials: 'omit' }));
    expect(fetch.mock.calls[0]?.[1].headers).toEqual({ accept: 'application/json' });
  });

  it('loadDataset accepts text/plain, a +json type and no content type at all', async () => {
    for (const headers of [
      { 'content-type': 'text/plain; charset=utf-8' },
      { 'content-type': 'application/ld+json' },
    ]) {
      serve(() => new Response(shippedText, { headers }));
      expect((await loadDataset(URL_)).ok).toBe(true);
    }
    serve(() => new Response(new Blob([shippedText])));
    expect((await loadDataset(URL_)).ok).toBe(true);
  });

  it('loadDataset reports an HTTP error status', async () => {
    serve(() => new Response('Not found', { status: 404 }));
    expect(await loadDataset(URL_)).toEqual({ ok: false, failure: { kind: 'http', status: 404 } });
  });

  it('loadDataset refuses an HTML page (an error page served with 200), naming its type without parameters', async () => {
    serve(() => new Response('<!doctype html>', { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    expect(await loadDataset(URL_)).toEqual({ ok: false, failure: { kind: 'content-type', received: 'text/html' } });
  });

  it('loadDataset refuses a declared Content-Length over 1 MB without reading the body', async () => {
    const { body, state } = streamed([new Uint8Array(10)]);
    serve(() => new Response(body, { headers: { ...JSON_TYPE, 'content-length': '2000000' } }));
    expect(await loadDataset(URL_)).toEqual({
      ok: false,
      failure: { kind: 'parse', failure: { code: 'too-large', length: 2_000_000, max: DEFAULT_LIMITS.maxLength } },
    });
    expect(state.pulled).toBe(0);
  });

  it('loadDataset stops reading a body that grows past 1 MB without declaring its length', async () => {
    const chunk = new Uint8Array(400_000).fill(0x20);
    const { body, state } = streamed([chunk, chunk, chunk, chunk, chunk]);
    serve(() => new Response(body, { headers: JSON_TYPE }));
    expect(await loadDataset(URL_)).toEqual({
      ok: false,
      failure: { kind: 'parse', failure: { code: 'too-large', length: 1_200_000, max: 1_000_000 } },
    });
    expect(state).toEqual({ pulled: 3, cancelled: true });
  });

  it('loadDataset reads a body of exactly 1 MB', async () => {
    const padded = new Uint8Array(DEFAULT_LIMITS.maxLength).fill(0x20);
    padded.set(new TextEncoder().encode(shippedText));
    const { body } = streamed([padded.slice(0, 500_000), padded.slice(500_000)]);
    serve(() => new Response(body, { headers: { ...JSON_TYPE, 'content-length': String(padded.byteLength) } }));
    expect((await loadDataset(URL_)).ok).toBe(true);
  });

  it('loadDataset decodes UTF-8 whose characters are split across chunks', async () => {
    const bytes = new TextEncoder().encode(shippedText);
    // "Bahreïn": the two bytes of "ï" fall into two chunks.
    const at = bytes.indexOf(0xc3) + 1;
    const { body } = streamed([bytes.slice(0, at), bytes.slice(at)]);
    serve(() => new Response(body, { headers: JSON_TYPE }));
    const result = await loadDataset(URL_);
    expect(result.ok && JSON.stringify(result.dataset)).toBe(JSON.stringify(JSON.parse(shippedText)));
  });

  it('loadDataset reports a response without a body as an unexpected end of file', async () => {
    serve(() => new Response(null, { headers: JSON_TYPE }));
    expect(await loadDataset(URL_)).toEqual({
      ok: false,
      failure: { kind: 'parse', failure: { code: 'syntax', line: 1, column: 1, found: null } },
    });
  });

  it('loadDataset reports malformed JSON with where it stops', async () => {
    serve(() => new Response('{\n  "version": 1,\n}', { headers: JSON_TYPE }));
    expect(await loadDataset(URL_)).toEqual({
      ok: false,
      failure: { kind: 'parse', failure: { code: 'syntax', line: 3, column: 1, found: '}' } },
    });
  });

  it("loadDataset reports the validator's errors for a dataset that is not valid", async () => {
    serve(() => new Response('{"version": 1}', { headers: JSON_TYPE }));
    const result = await loadDataset(URL_);
    expect(!result.ok && result.failure.kind).toBe('invalid');
    expect(!result.ok && result.failure.kind === 'invalid' && result.failure.errors[0]).toEqual({
      path: ['meta'],
      code: 'required',
      expected: 'object',
    });
  });

  it('loadDataset reports a network failure', async () => {
    serve(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await loadDataset(URL_)).toEqual({ ok: false, failure: { kind: 'network' } });
  });

  it('loadDataset gives up after its timeout, aborting the request', async () => {
    const fetch = serve(
      (init) =>
        new Promise<Response>((_resolve, reject) =>
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        ),
    );
    expect(await loadDataset(URL_, { timeoutMs: 20 })).toEqual({ ok: false, failure: { kind: 'timeout', ms: 20 } });
    expect(fetch.mock.calls[0]?.[1].signal?.aborted).toBe(true);
  });

  it("loadDataset passes the caller's abort on to the request, as a failure that is not a timeout", async () => {
    const fetch = serve(
      (init) =>
        new Promise<Response>((_resolve, reject) =>
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        ),
    );
    const controller = new AbortController();
    const loading = loadDataset(URL_, { signal: controller.signal });
    controller.abort();
    expect(await loading).toEqual({ ok: false, failure: { kind: 'network' } });
    expect(fetch.mock.calls[0]?.[1].signal?.aborted).toBe(true);
  });
});
