/**
 * The dataset shipped inside the module, the elements' default. It is
 * validated (schema, references and verbatim sources) by `npm run validate`
 * before every build, so the cast below is checked, not assumed.
 */
import json from '../../data/dataset.json';
import type { Dataset } from './schema.ts';

export const EMBEDDED_DATASET = json as unknown as Dataset;
