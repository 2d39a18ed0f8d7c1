/**
 * The one gate every dataset passes through: the build, the CLI, the editor
 * and `src` fetches at run time. It never throws; it returns either a typed
 * dataset or a list of errors, each with a JSON path and a code that
 * `messages.ts` turns into a sentence in the reader's language.
 */
import type * as z from 'zod/mini';
import { isVerbatim } from './provenance.ts';
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
   * checked verbatim against its source (the CLI and the editor do this;
   * readers' browsers do not download the sources).
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

const MESSAGE_CODES = new Set<string>(['country-code', 'count', 'url', 'date', 'id', 'lang-tag', 'txt-file']);

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
    q.respondsTo.forEach((id, j) => errors.push(...reference(['quotes', i, 'respondsTo', j], id, quoteIds)));
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

/** Every excerpt and every passage in the source's language must be verbatim in the source text. */
function provenance(d: Dataset, texts: ReadonlyMap<string, string>): DatasetError[] {
  const errors: DatasetError[] = [];
  const byId = new Map(d.sources.map((s) => [s.id, s]));
  d.sources.forEach((s, i) => {
    if (!texts.has(s.file)) errors.push({ path: ['sources', i, 'file'], code: 'no-source-text', values: [s.file] });
  });
  const check = (path: Path, sourceId: string, excerpt: string) => {
    const source = byId.get(sourceId);
    const text = source && texts.get(source.file);
    if (text !== undefined && !isVerbatim(excerpt, text)) {
      errors.push({ path, code: 'not-verbatim', values: [sourceId], received: describeValue(excerpt) });
    }
  };
  d.countries.forEach((c, i) =>
    check(['countries', i, 'provenance', 'excerpt'], c.provenance.source, c.provenance.excerpt),
  );
  d.figures.forEach((f, i) =>
    check(['figures', i, 'provenance', 'excerpt'], f.provenance.source, f.provenance.excerpt),
  );
  d.quotes.forEach((q, i) => {
    if (byId.get(q.source)?.lang !== q.lang) return;
    q.passages.forEach((p, j) => check(['quotes', i, 'passages', j], q.source, p));
  });
  return errors;
}

/** Validates any JSON value as a dataset. Never throws. */
export function validateDataset(value: unknown, options: ValidateOptions = {}): ValidationResult {
  const parsed = DatasetSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.flatMap(fromIssue) };
  const errors = integrity(parsed.data);
  if (options.sourceTexts) errors.push(...provenance(parsed.data, options.sourceTexts));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, dataset: parsed.data };
}
