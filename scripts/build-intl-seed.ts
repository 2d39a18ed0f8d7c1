/**
 * Writes src/i18n/intl-seed.json: the results of every formatting call the
 * graphic makes for data/dataset.json (scripts/intl-calls.ts), computed
 * by Node's Intl, so that readers' browsers need not start ICU for the
 * default graphic (src/i18n/intl.ts). `--check` exits 1 when the
 * committed file is out of date.
 */
import { readFileSync } from 'node:fs';
import type { Dataset } from '../src/dataset/schema.ts';
import { formatAll } from './intl-calls.ts';
import { recordIntl } from '../src/i18n/intl.ts';
import { writeOrCheck } from './generated-file.ts';

const OUT = 'src/i18n/intl-seed.json';

const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as Dataset;
const seed = recordIntl(() => formatAll(dataset));
const lines = Object.entries(seed).map(([call, result]) => `${JSON.stringify(call)}:${JSON.stringify(result)}`);
await writeOrCheck(OUT, `{\n${lines.join(',\n')}\n}\n`, ` (${lines.length} results, ICU ${process.versions.icu})`);
