/**
 * What the form knows about the dataset's shape beyond the value itself, by
 * path pattern (`figures.*.notation`): which fields are choices (enums and
 * references), which texts are long, which fields may be added or removed,
 * and what a new item holds. It mirrors src/dataset/schema.ts; the validator
 * stays the judge of what is valid.
 */
import { COUNTRY_CODES } from '../dataset/country-codes.ts';
import { COUNTRY_STATUSES, NOTATIONS, QUOTE_KINDS, SIDES } from '../dataset/schema.ts';
import { getAt, pathPattern, type Path } from './paths.ts';

/** Makes a field's default value; `source` is the source id a new item starts with, when one is preferred. */
type Factory = (root: unknown, source?: string) => unknown;

const ids = (root: unknown, list: string, key = 'id'): string[] => {
  const items = getAt(root, [list]);
  if (!Array.isArray(items)) return [];
  return items.map((item) => getAt(item, [key])).filter((id): id is string => typeof id === 'string' && id !== '');
};

/** The preferred source when it exists, else the first one. */
const firstSource = (root: unknown, source?: string) => {
  const known = ids(root, 'sources');
  return source !== undefined && known.includes(source) ? source : (known[0] ?? '');
};
const localized = () => ({ fr: '', en: '' });
const provenance = (root: unknown, source?: string) => ({ source: firstSource(root, source), excerpt: '' });

interface Shape {
  required: Record<string, Factory>;
  optional: Record<string, Factory>;
}

const SOURCE: Shape = {
  required: { id: () => '', title: () => '', lang: () => 'fr', file: () => 'sources/.txt' },
  optional: { publisher: () => '', url: () => 'https://', published: () => '' },
};
const COUNTRY: Shape = {
  required: { code: () => '', status: () => 'reported', count: () => 'not-disclosed', provenance },
  optional: {},
};
const FIGURE: Shape = {
  required: {
    id: () => '',
    // Empty, not 0: a zero is valid, so a new figure previewed "about 0 devices" with no error to fill it in.
    value: () => null,
    approximate: () => false,
    notation: () => 'standard',
    unit: localized,
    label: localized,
    countries: () => [],
    provenance,
  },
  optional: {},
};
const QUOTE: Shape = {
  required: {
    id: () => '',
    side: () => 'whatsapp',
    // Empty: what a quote is (a claim, a statement…) is the editor's to say, never a default.
    kind: () => '',
    speaker: () => '',
    role: localized,
    organisation: () => '',
    context: localized,
    lang: () => 'fr',
    passages: () => [''],
    translations: () => ({ en: [''] }),
    respondsTo: () => [],
    figures: () => [],
    countries: () => [],
    source: firstSource,
  },
  optional: { speakerNames: () => ({}) },
};
const PROVENANCE: Shape = { required: { source: firstSource, excerpt: () => '' }, optional: {} };

const build =
  (shape: Shape): Factory =>
  (root, source) =>
    Object.fromEntries(Object.entries(shape.required).map(([key, make]) => [key, make(root, source)]));

const SHAPES: Record<string, Shape> = {
  '': {
    required: {
      version: () => 1,
      meta: () => ({ headline: localized(), standfirst: localized(), article: '', updated: '', credits: localized() }),
      sources: () => [],
      countries: () => [],
      figures: () => [],
      quotes: () => [],
    },
    optional: { $schema: () => './dataset.schema.json' },
  },
  meta: {
    required: {
      headline: localized,
      standfirst: localized,
      article: firstSource,
      updated: () => '',
      credits: localized,
    },
    optional: { dataUrl: () => 'https://' },
  },
  'sources.*': SOURCE,
  'countries.*': COUNTRY,
  'countries.*.provenance': PROVENANCE,
  'figures.*': FIGURE,
  'figures.*.provenance': PROVENANCE,
  'quotes.*': QUOTE,
};

/** Texts in every language: French and English required, more languages allowed. */
const LOCALIZED = new Set([
  'meta.headline',
  'meta.standfirst',
  'meta.credits',
  'figures.*.unit',
  'figures.*.label',
  'quotes.*.role',
  'quotes.*.context',
]);

/** What a new item of each list holds. */
const NEW_ITEMS: Record<string, Factory> = {
  sources: build(SOURCE),
  countries: build(COUNTRY),
  figures: build(FIGURE),
  quotes: build(QUOTE),
  'quotes.*.passages': () => '',
  'figures.*.countries': () => '',
  'quotes.*.countries': () => '',
  'quotes.*.respondsTo': () => '',
  'quotes.*.figures': () => '',
};

/** The object shape at `path`: its required and optional keys, or undefined for free-form objects. */
function shapeAt(path: Path): Shape | undefined {
  return SHAPES[pathPattern(path)];
}

/**
 * What kind of keyed object `path` holds: texts by language (French and English required), translations by
 * language, names by language (none required), or fields.
 */
export function recordKind(path: Path): 'localized' | 'translations' | 'names' | 'fields' {
  const pattern = pathPattern(path);
  if (LOCALIZED.has(pattern)) return 'localized';
  if (pattern === 'quotes.*.translations') return 'translations';
  if (pattern === 'quotes.*.speakerNames') return 'names';
  return 'fields';
}

/** Keys the schema requires at `path` that the value lacks, with their default values. */
export function missingKeys(root: unknown, path: Path, source?: string): [string, unknown][] {
  const value = getAt(root, path);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const present = (key: string) => Object.hasOwn(value, key);
  const kind = recordKind(path);
  if (kind === 'localized') return ['fr', 'en'].filter((k) => !present(k)).map((k) => [k, '']);
  const shape = shapeAt(path);
  if (!shape) return [];
  return Object.entries({ ...shape.required, ...shape.optional })
    .filter(([key]) => !present(key))
    .map(([key, make]) => [key, make(root, source)]);
}

/** True when the key at `path` may be removed: an optional field, an extra language, an unknown key. */
export function isRemovableKey(path: Path): boolean {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return false;
  const parent = path.slice(0, -1);
  const kind = recordKind(parent);
  if (kind === 'localized') return key !== 'fr' && key !== 'en';
  if (kind === 'translations' || kind === 'names') return true;
  const shape = shapeAt(parent);
  return shape !== undefined && !(key in shape.required);
}

/** The default of a new item appended to the list at `path`, or undefined when the list does not grow. */
export function newItem(root: unknown, path: Path, source?: string): unknown {
  if (listName(path) === 'translations') return '';
  return NEW_ITEMS[pathPattern(path)]?.(root, source);
}

/** A new translation: as many empty passages as the original has. */
export function newTranslation(root: unknown, quotePath: Path): string[] {
  const passages = getAt(root, [...quotePath, 'passages']);
  return Array.from({ length: Array.isArray(passages) ? Math.max(1, passages.length) : 1 }, () => '');
}

const REFERENCES: Record<string, (root: unknown) => string[]> = {
  'meta.article': (root) => ids(root, 'sources'),
  'countries.*.provenance.source': (root) => ids(root, 'sources'),
  'figures.*.provenance.source': (root) => ids(root, 'sources'),
  'quotes.*.source': (root) => ids(root, 'sources'),
  'quotes.*.respondsTo.*': (root) => ids(root, 'quotes'),
  'quotes.*.figures.*': (root) => ids(root, 'figures'),
  'figures.*.countries.*': (root) => ids(root, 'countries', 'code'),
  'quotes.*.countries.*': (root) => ids(root, 'countries', 'code'),
};

const ENUMS: Record<string, readonly string[]> = {
  'countries.*.code': COUNTRY_CODES,
  'countries.*.status': COUNTRY_STATUSES,
  'figures.*.notation': NOTATIONS,
  'quotes.*.side': SIDES,
  'quotes.*.kind': QUOTE_KINDS,
};

/** Fields whose values are the schema's own words ("reported", "compact"): shown in the editor's words. */
export function isEnum(path: Path): boolean {
  return pathPattern(path) in ENUMS && !isCountryCode(path);
}

/** A source's text file. */
export function isSourceFile(path: Path): boolean {
  return pathPattern(path) === 'sources.*.file';
}

/**
 * The path of the source id that an excerpt or a passage is quoted from, or
 * undefined for any other field.
 */
export function sourcePathOf(path: Path): Path | undefined {
  const pattern = pathPattern(path);
  if (/^(countries|figures)\.\*\.provenance\.excerpt$/.test(pattern)) return [...path.slice(0, -1), 'source'];
  if (pattern === 'quotes.*.passages.*') return [...path.slice(0, -2), 'source'];
  return undefined;
}

/** Whether the field holds a source id (a reference to one of the sources). */
export function isSourceRef(path: Path): boolean {
  return /^(meta\.article|(countries|figures)\.\*\.provenance\.source|quotes\.\*\.source)$/.test(pathPattern(path));
}

/** Paths whose values are country codes: their choices are labelled with country names. */
export function isCountryCode(path: Path): boolean {
  return /^(countries\.\*\.code|(figures|quotes)\.\*\.countries\.\*)$/.test(pathPattern(path));
}

/**
 * The values a field may take, when the schema or the dataset's own ids fix
 * them; undefined for free fields. Unique and in order.
 */
export function choicesAt(root: unknown, path: Path): readonly string[] | undefined {
  const pattern = pathPattern(path);
  // The schema's lists are unique already; ids in the dataset may repeat (an error the validator reports).
  if (ENUMS[pattern]) return ENUMS[pattern];
  const ids = REFERENCES[pattern]?.(root);
  return ids && [...new Set(ids)];
}

/**
 * Long texts get a multi-line box. Decided by path alone: a control that
 * changed kind while typing would be replaced and lose focus.
 */
export function isLongText(path: Path): boolean {
  return /(^|\.)(excerpt|title|standfirst(\.[^.]+)?|label\.[^.]+|context\.[^.]+|passages\.\*|translations\.[^.]+\.\*)$/.test(
    pathPattern(path),
  );
}

/** Fields that hold numbers, whatever a dropped file put there. */
export function isNumber(path: Path): boolean {
  return /^(version|figures\.\*\.value)$/.test(pathPattern(path));
}

/**
 * A number as an editor types it, or the text itself when it is not one (the
 * validator then says a number is expected): never a silently different
 * number. "1,5" is 1.5 (a French decimal comma) and "1 400" is 1400, but
 * "1,400" stays text: 1.4 in French, 1400 in English.
 */
export function typedNumber(raw: string): number | string | null {
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  // Thousands separated by spaces (regular, no-break, narrow no-break), as French writes them.
  const grouped = /^-?\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d+)?$/.test(trimmed)
    ? trimmed.replace(/[ \u00a0\u202f]/g, '')
    : trimmed;
  // "1,400" is 1.4 in French and 1400 in English; "1.400" is 1400 in German: neither is guessed.
  if (/^-?\d{1,3}[.,]\d{3}$/.test(grouped)) return raw;
  const written = grouped.replace(/^(-?\d*),(\d+)$/, '$1.$2');
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(written)) return raw;
  const number = Number(written);
  return Number.isFinite(number) ? number : raw;
}

/** `countries[i].count`: "not-disclosed" or a whole number. */
export function isCount(path: Path): boolean {
  return pathPattern(path) === 'countries.*.count';
}

/** The key naming the items of the list at `path` ("figures", "passages", "translations"). */
export function listName(path: Path): string {
  const pattern = pathPattern(path);
  if (/^quotes\.\*\.translations\.[^.]+$/.test(pattern)) return 'translations';
  return String(path[path.length - 1] ?? '');
}

/** A short name for an item, from its id or code: "devices", "BH". */
export function itemTag(value: unknown): string | undefined {
  for (const key of ['id', 'code']) {
    const tag = getAt(value, [key]);
    if (typeof tag === 'string' && tag !== '') return tag;
  }
  return undefined;
}
