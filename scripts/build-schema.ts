/**
 * Writes data/dataset.schema.json from the one zod schema, so editors' IDEs
 * autocomplete and underline data/dataset.json (it points at it with "$schema").
 * `--check` exits 1 when the committed file is out of date instead of writing.
 */
import * as z from 'zod/mini';
import { DatasetSchema } from '../src/dataset/schema.ts';
import { writeOrCheck } from './generated-file.ts';

const OUT = 'data/dataset.schema.json';

const schema = {
  ...z.toJSONSchema(DatasetSchema),
  title: 'NSO graphic dataset',
  description:
    'Facts of the article, with their sources: countries, figures and quotes. Generated from src/dataset/schema.ts by scripts/build-schema.ts; do not edit.',
};
const text = `${JSON.stringify(schema, null, 2)}\n`;

await writeOrCheck(OUT, text);
