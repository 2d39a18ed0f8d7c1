/**
 * The dataset shipped inside the module, the elements' default.
 *
 * `npm run validate` checks it (schema, references, verbatim sources) before
 * every build, so readers' browsers trust it as it is and never download the
 * validator for it. The dev server validates it on every save instead
 * (`checkEmbedded`, loaded on demand), so an editor's mistake shows in the
 * page; vite.config.ts turns malformed JSON into a `$nsoParseFailure` record.
 */
import json from '../../data/dataset.json';
import type { Dataset } from './schema.ts';

export const EMBEDDED_DATASET = json as unknown as Dataset;
