/**
 * The one schema of the dataset. It is the single source of:
 * - the TypeScript type (`Dataset`, below);
 * - the runtime validator (`validate.ts` parses with it);
 * - `data/dataset.schema.json` (`scripts/build-schema.ts` exports it).
 *
 * zod/mini keeps the validator small enough to ship inside the embed, and
 * `jitless` keeps it free of `new Function`, so it runs under a CSP without
 * 'unsafe-eval' (zod docs, "Disable JIT schema compilation").
 */
import * as z from 'zod/mini';
import { COUNTRY_CODES } from './country-codes.ts';

z.config({ jitless: true });

/** Language tags the dataset may hold texts in (BCP 47 primary subtag, optional region). */
export const LANG_TAG = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/**
 * A source's text file: a path inside the dataset's folder ending in .txt. No
 * segment starts with a dot, so never "..", an absolute path or a URL ("//host").
 */
export const TXT_FILE = /^(?:[\w-][\w.-]*\/)*[\w-][\w.-]*\.txt$/;

/** Ids are short, stable slugs: editors type them, other entries reference them. */
const Id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'id' }));

/** Texts say something: spaces alone are empty. */
const Text = z.string().check(z.regex(/\S/, { error: 'empty' }));

const LangTag = z.string().check(z.regex(LANG_TAG, { error: 'lang-tag' }));

const CountryCode = z.enum(COUNTRY_CODES, { error: 'country-code' });

const IsoDate = z.iso.date({ error: 'date' });

/** Only http(s) URLs may ever become links. */
const HttpUrl = z.url({ protocol: /^https?$/, error: 'url' });

/**
 * A text meant for readers, in every language the graphic offers. French and
 * English are required; more languages (ar, …) are only more keys.
 */
const Localized = z.catchall(z.object({ fr: Text, en: Text }), Text).check(
  z.superRefine((text, ctx) => {
    for (const key of Object.keys(text)) {
      if (!LANG_TAG.test(key)) ctx.issues.push({ code: 'custom', message: 'lang-tag', input: key, path: [key] });
    }
  }),
);

/** Where a statement comes from: a source id and the exact excerpt of its text. */
const Provenance = z.strictObject({
  source: Id,
  excerpt: Text,
});

const Source = z.strictObject({
  id: Id,
  title: Text,
  lang: LangTag,
  /** The source's full text, relative to the dataset file; provenance checks read it. */
  file: z.string().check(z.regex(TXT_FILE, { error: 'txt-file' })),
  publisher: z.optional(Text),
  url: z.optional(HttpUrl),
  published: z.optional(IsoDate),
});

/** The values of the schema's closed lists, for editors' choice lists. */
export const COUNTRY_STATUSES = ['reported'] as const;
export const NOTATIONS = ['standard', 'compact'] as const;
export const SIDES = ['whatsapp', 'nso'] as const;
/** What a quote is: the carousel heads it with this, in the reader's language. */
export const QUOTE_KINDS = ['claim', 'response', 'statement', 'ruling', 'testimony'] as const;

const Country = z.strictObject({
  code: CountryCode,
  status: z.enum(COUNTRY_STATUSES),
  /** Infections in this country; the article gives only a total, so "not-disclosed". */
  count: z.union([z.literal('not-disclosed'), z.number().check(z.int(), z.nonnegative())], { error: 'count' }),
  provenance: Provenance,
});

const Figure = z.strictObject({
  id: Id,
  value: z.number().check(z.nonnegative()),
  approximate: z.boolean(),
  /** "compact" writes 1.5e9 as "1,5 milliard" / "1.5 billion". */
  notation: z.enum(NOTATIONS),
  unit: Localized,
  label: Localized,
  /** Countries this figure concerns: the map highlights them with it. */
  countries: z.array(CountryCode),
  provenance: Provenance,
});

const Quote = z.strictObject({
  id: Id,
  side: z.enum(SIDES),
  /** What the quote is (a claim, a response…). Optional: a dataset written before it stays valid. */
  kind: z.optional(z.enum(QUOTE_KINDS)),
  speaker: Text,
  /** The speaker's name where a language writes it otherwise: transliterated ("ar": "ويل كاثكارت") or translated. */
  speakerNames: z.optional(z.record(LangTag, Text)),
  role: Localized,
  organisation: Text,
  /** Where it was said: an op-ed, a statement. */
  context: Localized,
  /** The language the quote was said or published in; its passages are verbatim in the source. */
  lang: LangTag,
  /** Verbatim passages in `lang`; "(…)" marks the source's own elisions. */
  passages: z.array(Text).check(z.minLength(1)),
  /** Translations of the passages, one array per language, flagged as translations when shown. */
  translations: z.record(LangTag, z.array(Text).check(z.minLength(1))),
  /** Ids of the quotes this one answers. */
  respondsTo: z.array(Id),
  /** Ids of the figures this quote mentions. */
  figures: z.array(Id),
  /** Countries this quote concerns. */
  countries: z.array(CountryCode),
  source: Id,
});

const Meta = z.strictObject({
  headline: Localized,
  standfirst: Localized,
  /** The article every statement comes from. */
  article: Id,
  updated: IsoDate,
  credits: Localized,
  /** Where readers can download the dataset ("Get the data"). */
  dataUrl: z.optional(HttpUrl),
});

export const DatasetSchema = z.strictObject({
  $schema: z.optional(z.string()),
  version: z.literal(1),
  meta: Meta,
  sources: z.array(Source).check(z.minLength(1)),
  countries: z.array(Country),
  figures: z.array(Figure),
  quotes: z.array(Quote),
});

export type Dataset = z.infer<typeof DatasetSchema>;
export type Source = Dataset['sources'][number];
export type Country = Dataset['countries'][number];
export type Figure = Dataset['figures'][number];
export type Quote = Dataset['quotes'][number];
export type LocalizedText = Dataset['meta']['headline'];
export type QuoteKind = (typeof QUOTE_KINDS)[number];
export type { CountryCode } from './country-codes.ts';
