/**
 * The one gate every dataset passes through: the build, the CLI, the editor
 * and `src` fetches at run time. It never throws; it returns either a typed
 * dataset or a list of errors, each with a JSON path and a code that
 * `messages.ts` turns into a sentence in the reader's language.
 */
import type * as z from 'zod/mini';
import { givesValue, numbersIn } from './numbers.ts';
import { mismatchIn } from './provenance.ts';
import { DatasetSchema, type Dataset } from './schema.ts';

export type Path = (string | number)[];

export type ErrorCode =
  | 'type'
  | 'required'
  | 'unknown-key'
  | 'one-of'
  | 'country-code'
  | 'count'
  | 'negative'
  | 'integer'
  | 'not-finite'
  | 'url'
  | 'date'
  | 'id'
  | 'lang-tag'
  | 'txt-file'
  | 'empty'
  | 'duplicate-id'
  | 'missing-ref'
  | 'not-verbatim'
  | 'value-not-in-excerpt'
  | 'self-ref'
  | 'duplicate-key'
  | 'no-source-text'
  | 'translation-count'
  | 'invalid';

export interface DatasetError {
  path: Path;
  code: ErrorCode;
  /** What was expected, in the schema's words ("string", "object", …). */
  expected?: string;
  /** A short, display-only description of what was found. */
  received?: string;
  /** Allowed values, ids or keys the error refers to. */
  values?: string[];
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: DatasetError[] };

export interface ValidateOptions {
  /**
   * Source texts by source `file`. When given, every excerpt and quote is
   * checked verbatim against its source, and every number shown against its
   * excerpt (the CLI, the editor and a `src` dataset's loader do this; the
   * embedded dataset was checked at build time).
   */
  sourceTexts?: ReadonlyMap<string, string>;
}

/** Echoed input is cut short: it is shown to people, and may be hostile or huge. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  return String(value);
}

const MESSAGE_CODES = new Set<string>(['country-code', 'count', 'url', 'date', 'id', 'lang-tag', 'txt-file', 'empty']);

function fromIssue(issue: z.core.$ZodIssue): DatasetError[] {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const received = 'input' in issue && issue.input !== undefined ? describeValue(issue.input) : undefined;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: [...path, key], code: 'unknown-key' }));
  }
  if (MESSAGE_CODES.has(issue.message)) {
    if (issue.code === 'invalid_type' && !('input' in issue && issue.input !== undefined)) {
      return [{ path, code: 'required', expected: issue.message }];
    }
    return [{ path, code: issue.message as ErrorCode, received }];
  }
  switch (issue.code) {
    // A record's key that its own schema refuses (translations keyed "EN"): that schema's message says why.
    case 'invalid_key': {
      const inner = issue.issues[0]?.message;
      return [{ path, code: inner && MESSAGE_CODES.has(inner) ? (inner as ErrorCode) : 'invalid', received }];
    }
    case 'invalid_type':
      // zod reports non-finite numbers as `received: "Infinity"` (1e999 parses to Infinity).
      if ('received' in issue && (issue.received === 'Infinity' || issue.received === 'NaN')) {
        return [{ path, code: 'not-finite' }];
      }
      if (issue.expected === 'int') return [{ path, code: 'integer', received }];
      if (received === undefined) return [{ path, code: 'required', expected: issue.expected }];
      return [{ path, code: 'type', expected: issue.expected, received }];
    case 'invalid_value':
      if (received === undefined) return [{ path, code: 'required', expected: issue.values.map(String).join(' | ') }];
      return [{ path, code: 'one-of', values: issue.values.map((v) => JSON.stringify(v)), received }];
    case 'too_small':
      if (issue.origin === 'number') return [{ path, code: 'negative', received }];
      return [{ path, code: 'empty' }];
    default:
      return [{ path, code: 'invalid', received }];
  }
}

/** Ids must be unique within their list; codes within the countries. */
function duplicates(items: readonly { key: string; path: Path }[]): DatasetError[] {
  const seen = new Map<string, Path>();
  const errors: DatasetError[] = [];
  for (const { key, path } of items) {
    if (seen.has(key)) errors.push({ path, code: 'duplicate-id', values: [key] });
    else seen.set(key, path);
  }
  return errors;
}

function reference(path: Path, id: string, known: ReadonlySet<string>): DatasetError[] {
  return known.has(id) ? [] : [{ path, code: 'missing-ref', received: JSON.stringify(id), values: [...known] }];
}

/** Cross-entry rules the schema cannot express: unique ids and resolvable references. */
function integrity(d: Dataset): DatasetError[] {
  const sourceIds = new Set(d.sources.map((s) => s.id));
  const figureIds = new Set(d.figures.map((f) => f.id));
  const quoteIds = new Set(d.quotes.map((q) => q.id));
  const countryCodes = new Set<string>(d.countries.map((c) => c.code));
  const errors: DatasetError[] = [
    ...duplicates(d.sources.map((s, i) => ({ key: s.id, path: ['sources', i, 'id'] }))),
    ...duplicates(d.figures.map((f, i) => ({ key: f.id, path: ['figures', i, 'id'] }))),
    ...duplicates(d.quotes.map((q, i) => ({ key: q.id, path: ['quotes', i, 'id'] }))),
    ...duplicates(d.countries.map((c, i) => ({ key: c.code, path: ['countries', i, 'code'] }))),
    ...reference(['meta', 'article'], d.meta.article, sourceIds),
  ];
  d.countries.forEach((c, i) => {
    errors.push(...reference(['countries', i, 'provenance', 'source'], c.provenance.source, sourceIds));
  });
  d.figures.forEach((f, i) => {
    errors.push(...reference(['figures', i, 'provenance', 'source'], f.provenance.source, sourceIds));
    f.countries.forEach((code, j) => errors.push(...reference(['figures', i, 'countries', j], code, countryCodes)));
  });
  d.quotes.forEach((q, i) => {
    errors.push(...reference(['quotes', i, 'source'], q.source, sourceIds));
    q.respondsTo.forEach((id, j) => {
      if (id === q.id)
        errors.push({ path: ['quotes', i, 'respondsTo', j], code: 'self-ref', received: JSON.stringify(id) });
      else errors.push(...reference(['quotes', i, 'respondsTo', j], id, quoteIds));
    });
    q.figures.forEach((id, j) => errors.push(...reference(['quotes', i, 'figures', j], id, figureIds)));
    q.countries.forEach((code, j) => errors.push(...reference(['quotes', i, 'countries', j], code, countryCodes)));
    for (const [lang, passages] of Object.entries(q.translations)) {
      if (passages.length !== q.passages.length) {
        errors.push({
          path: ['quotes', i, 'translations', lang],
          code: 'translation-count',
          expected: String(q.passages.length),
          received: String(passages.length),
        });
      }
    }
  });
  return errors;
}

type Loose = Record<string, unknown>;
const records = (value: unknown): Loose[] =>
  Array.isArray(value) ? value.map((v) => (v !== null && typeof v === 'object' ? (v as Loose) : {})) : [];
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Every excerpt and every passage must be verbatim in its source text, and a
 * figure's value (a country's count) one of the numbers its excerpt writes
 * (numbers.ts). It reads the value loosely, so that a misquote is flagged at
 * once even while another part of the dataset is still invalid.
 */
function provenance(value: unknown, texts: ReadonlyMap<string, string>): DatasetError[] {
  const d = value !== null && typeof value === 'object' ? (value as Loose) : {};
  const errors: DatasetError[] = [];
  const sources = records(d.sources);
  const byId = new Map(sources.map((s) => [str(s.id), s]));
  sources.forEach((s, i) => {
    const file = str(s.file);
    if (file !== undefined && !texts.has(file)) {
      errors.push({ path: ['sources', i, 'file'], code: 'no-source-text', values: [file] });
    }
  });
  const inSource = new Map([...texts].map(([file, text]) => [file, mismatchIn(text)]));
  const check = (path: Path, sourceId: unknown, excerpt: unknown) => {
    const id = str(sourceId);
    const file = str(byId.get(id)?.file);
    const mismatch = file === undefined ? undefined : inSource.get(file);
    // An empty excerpt is the schema's to report ("must not be empty"), not a misquote.
    if (id === undefined || typeof excerpt !== 'string' || !excerpt.trim() || !mismatch) return;
    const from = mismatch(excerpt);
    // values: the source, then the text from where the excerpt stops matching it.
    if (from !== undefined)
      errors.push({ path, code: 'not-verbatim', values: [id, from], received: describeValue(excerpt) });
  };
  for (const [list, key] of [
    ['countries', 'count'],
    ['figures', 'value'],
  ] as const) {
    records(d[list]).forEach((entry, i) => {
      const p = entry.provenance !== null && typeof entry.provenance === 'object' ? (entry.provenance as Loose) : {};
      check([list, i, 'provenance', 'excerpt'], p.source, p.excerpt);
      const shown = entry[key];
      const excerpt = str(p.excerpt);
      if (typeof shown !== 'number' || excerpt === undefined) return;
      // The number the graphic shows must be one its excerpt writes: a value edited without its excerpt (or
      // the reverse) would show readers a figure its quoted source contradicts.
      const numbers = numbersIn(excerpt);
      if (!givesValue(numbers, shown, entry.approximate === true)) {
        errors.push({
          path: [list, i, key],
          code: 'value-not-in-excerpt',
          received: String(shown),
          values: numbers.map((n) => n.text),
        });
      }
    });
  }
  // Every passage, whatever its language: a French article may print an English sentence as it was said. Checking
  // only quotes in the source's language let any invented passage through with another `lang` ("en", "fr-FR").
  records(d.quotes).forEach((q, i) => {
    if (Array.isArray(q.passages)) q.passages.forEach((p, j) => check(['quotes', i, 'passages', j], q.source, p));
  });
  return errors;
}

/** Validates any JSON value as a dataset. Never throws. */
export function validateDataset(value: unknown, options: ValidateOptions = {}): ValidationResult {
  const parsed = DatasetSchema.safeParse(value, { reportInput: true });
  const errors = parsed.success ? integrity(parsed.data) : parsed.error.issues.flatMap(fromIssue);
  if (options.sourceTexts) {
    // One message per field: a field the schema already refuses (a value of -1400) is not also compared with
    // its source or its excerpt.
    const refused = new Set(errors.map((e) => e.path.join('.')));
    errors.push(...provenance(value, options.sourceTexts).filter((e) => !refused.has(e.path.join('.'))));
  }
  return parsed.success && errors.length === 0 ? { ok: true, dataset: parsed.data } : { ok: false, errors };
}
