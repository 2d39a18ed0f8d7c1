/**
 * Fetches a dataset from a URL with bounded time and size, then parses and
 * validates it, and checks every excerpt and passage against the source
 * texts published beside it, as `npm run validate` does: a misquote, or a
 * source text that cannot be read, is refused, never shown. Never throws:
 * every fault becomes a typed failure that the element shows as an alert in
 * the reader's language.
 */
import { DEFAULT_LIMITS, parseDatasetText, type ParseFailure } from './parse.ts';
import { TXT_FILE, type Dataset } from './schema.ts';
import { validateDataset, type DatasetError } from './validate.ts';

export type LoadFailure =
  | { kind: 'http'; status: number }
  | { kind: 'network' }
  | { kind: 'timeout'; ms: number }
  | { kind: 'content-type'; received: string }
  | { kind: 'parse'; failure: ParseFailure }
  | { kind: 'invalid'; errors: DatasetError[] };

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; failure: LoadFailure };

export const LOAD_TIMEOUT_MS = 10_000;

/** Reads the body, stopping as soon as it exceeds `max` bytes. */
async function readBounded(response: Response, max: number): Promise<string | ParseFailure> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > max) return { code: 'too-large', length: declared, max };
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > max) {
      await reader.cancel();
      return { code: 'too-large', length, max };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** JSON, or text/plain as some static hosts serve .json; never HTML (an error page). */
const ACCEPTED_TYPES = /^(application\/([\w.+-]+\+)?json|text\/plain)\b/i;

/**
 * The text of each source file the dataset names, read relative to the
 * dataset's own URL, each within the same size limit; a text that cannot be
 * read is left out, and the validator reports it.
 */
async function loadSourceTexts(
  dataset: Dataset,
  base: string | URL,
  signal: AbortSignal,
): Promise<Map<string, string>> {
  const files = [...new Set(dataset.sources.map((source) => source.file))].filter((file) => TXT_FILE.test(file));
  const texts = new Map<string, string>();
  await Promise.all(
    files.map(async (file) => {
      // A text that cannot be fetched or read is left out: "cannot read the source text".
      const response = await fetch(new URL(file, base), { signal, credentials: 'omit' }).catch(() => undefined);
      if (!response?.ok) return;
      const text = await readBounded(response, DEFAULT_LIMITS.maxLength).catch(() => undefined);
      if (typeof text === 'string') texts.set(file, text);
    }),
  );
  return texts;
}

export async function loadDataset(
  url: string | URL,
  { signal, timeoutMs = LOAD_TIMEOUT_MS }: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<LoadResult> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const response = await fetch(url, {
      signal: combined,
      credentials: 'omit',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return { ok: false, failure: { kind: 'http', status: response.status } };
    const type = response.headers.get('content-type') ?? '';
    if (type && !ACCEPTED_TYPES.test(type)) {
      return { ok: false, failure: { kind: 'content-type', received: type.split(';')[0] ?? type } };
    }
    const text = await readBounded(response, DEFAULT_LIMITS.maxLength);
    if (typeof text !== 'string') return { ok: false, failure: { kind: 'parse', failure: text } };
    const parsed = parseDatasetText(text);
    if (!parsed.ok) return { ok: false, failure: { kind: 'parse', failure: parsed.failure } };
    const shaped = validateDataset(parsed.value);
    if (!shaped.ok) return { ok: false, failure: { kind: 'invalid', errors: shaped.errors } };
    const sourceTexts = await loadSourceTexts(shaped.dataset, response.url || url, combined);
    if (timeout.aborted) return { ok: false, failure: { kind: 'timeout', ms: timeoutMs } };
    const result = validateDataset(parsed.value, { sourceTexts });
    if (result.ok) return result;
    // Readers see these errors: a misquote is named by where it is and its source, never by its own words.
    const errors = result.errors.map((error) =>
      error.code === 'not-verbatim' ? { path: error.path, code: error.code, values: error.values?.slice(0, 1) } : error,
    );
    return { ok: false, failure: { kind: 'invalid', errors } };
  } catch {
    if (timeout.aborted) return { ok: false, failure: { kind: 'timeout', ms: timeoutMs } };
    return { ok: false, failure: { kind: 'network' } };
  }
}
