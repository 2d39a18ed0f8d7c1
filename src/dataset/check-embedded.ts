/**
 * The dev server's check of the embedded dataset (see embedded.ts). Only the
 * dev build imports it, on demand.
 */
import type { LoadResult } from './load.ts';
import type { ParseFailure } from './parse.ts';
import { validateDataset } from './validate.ts';

export function checkEmbedded(embedded: unknown): LoadResult {
  const parseFailure = (embedded as { $nsoParseFailure?: ParseFailure }).$nsoParseFailure;
  if (parseFailure) return { ok: false, failure: { kind: 'parse', failure: parseFailure } };
  const result = validateDataset(embedded);
  return result.ok ? result : { ok: false, failure: { kind: 'invalid', errors: result.errors } };
}
