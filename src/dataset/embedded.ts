/**
 * The dataset shipped inside the module, the elements' default.
 *
 * For a build, `npm run validate` checks it (schema, references and verbatim
 * sources) before Vite runs, so it is trusted as it is. In the dev server it
 * is validated on every save instead, so an editor's mistake shows in the
 * page as the validator's messages (vite.config.ts turns malformed JSON into
 * a `$nsoParseFailure` record rather than a crash).
 */
import json from '../../data/dataset.json';
import type { LoadResult } from './load.ts';
import type { ParseFailure } from './parse.ts';
import type { Dataset } from './schema.ts';
import { validateDataset } from './validate.ts';

function devCheck(value: unknown): LoadResult {
  const parseFailure = (value as { $nsoParseFailure?: ParseFailure }).$nsoParseFailure;
  if (parseFailure) return { ok: false, failure: { kind: 'parse', failure: parseFailure } };
  const result = validateDataset(value);
  return result.ok ? result : { ok: false, failure: { kind: 'invalid', errors: result.errors } };
}

/** The dataset as shipped (tests and tools read it directly). */
export const EMBEDDED_DATASET = json as unknown as Dataset;

/** What elements render by default: in the dev server, only once it validates. */
export const EMBEDDED: LoadResult = import.meta.env.DEV ? devCheck(json) : { ok: true, dataset: EMBEDDED_DATASET };
