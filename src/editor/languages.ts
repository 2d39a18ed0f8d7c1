/**
 * Languages an item lacks: a language that the rest of the dataset has (in
 * any translated text, translation or quote) and that one of the item's
 * translated texts does not. The graphic then shows that item in another
 * language to its readers: a warning for the editor, not an error.
 */
import { LANG_TAG } from '../dataset/schema.ts';
import { getAt, type Path } from './paths.ts';

/** The translated texts of each kind of item, by key. */
const LOCALIZED: Record<string, readonly string[]> = {
  meta: ['headline', 'standfirst', 'credits'],
  figures: ['unit', 'label'],
  quotes: ['role', 'context'],
};

const keysOf = (value: unknown): string[] =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.keys(value).filter((key) => LANG_TAG.test(key))
    : [];

/** Every item with translated texts: the metadata, each figure, each quote. */
function items(root: unknown): Path[] {
  const paths: Path[] = [];
  if (getAt(root, ['meta']) !== undefined) paths.push(['meta']);
  for (const list of ['figures', 'quotes']) {
    const entries = getAt(root, [list]);
    if (Array.isArray(entries)) entries.forEach((_, i) => paths.push([list, i]));
  }
  return paths;
}

/** The languages an item has in every one of its translated texts (a quote also has its own language). */
function languagesOf(root: unknown, path: Path): { every: Set<string>; any: Set<string> } {
  const kind = String(path[0]);
  const sets = (LOCALIZED[kind] ?? []).map((key) => new Set(keysOf(getAt(root, [...path, key]))));
  if (kind === 'quotes') {
    const quoted = new Set(keysOf(getAt(root, [...path, 'translations'])));
    const lang = getAt(root, [...path, 'lang']);
    if (typeof lang === 'string' && LANG_TAG.test(lang)) quoted.add(lang);
    sets.push(quoted);
  }
  const any = new Set(sets.flatMap((set) => [...set]));
  const every = new Set([...any].filter((lang) => sets.every((set) => set.has(lang))));
  return { every, any };
}

export interface MissingLanguages {
  /** The item: `['meta']`, `['figures', 3]`, `['quotes', 5]`. */
  path: Path;
  /** The languages it lacks, in the order the dataset first has them. */
  langs: string[];
}

/** Each item that lacks a language the dataset has elsewhere, with those languages. */
export function missingLanguages(root: unknown): MissingLanguages[] {
  const paths = items(root);
  const found = paths.map((path) => ({ path, ...languagesOf(root, path) }));
  const all = [...new Set(found.flatMap(({ any }) => [...any]))];
  return found
    .map(({ path, every }) => ({ path, langs: all.filter((lang) => !every.has(lang)) }))
    .filter(({ langs }) => langs.length > 0);
}
