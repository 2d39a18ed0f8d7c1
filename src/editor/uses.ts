/**
 * What uses an entry of the dataset: the items whose references name it. A
 * source is used by the items quoted from it (and the metadata's article), a
 * country by the figures and quotes that concern it, a figure by the quotes
 * that mention it, a quote by those that answer it.
 */
import { getAt, type Path } from './paths.ts';

const list = (root: unknown, key: string): unknown[] => {
  const items = getAt(root, [key]);
  return Array.isArray(items) ? items : [];
};

const includes = (value: unknown, id: unknown) => Array.isArray(value) && value.includes(id);

/** The paths of the items that refer to the entry at `path` (`['sources', 1]`), in the form's order. */
export function usesOf(root: unknown, path: Path): Path[] {
  const [kind, index] = path;
  if (path.length !== 2 || typeof index !== 'number') return [];
  const entry = getAt(root, path);
  const uses: Path[] = [];
  const scan = (key: string, refers: (item: unknown) => boolean) =>
    list(root, key).forEach((item, i) => {
      if (!(key === kind && i === index) && refers(item)) uses.push([key, i]);
    });
  if (kind === 'sources') {
    const id = getAt(entry, ['id']);
    if (typeof id !== 'string' || id === '') return [];
    if (getAt(root, ['meta', 'article']) === id) uses.push(['meta']);
    scan('countries', (item) => getAt(item, ['provenance', 'source']) === id);
    scan('figures', (item) => getAt(item, ['provenance', 'source']) === id);
    scan('quotes', (item) => getAt(item, ['source']) === id);
  } else if (kind === 'countries') {
    const code = getAt(entry, ['code']);
    if (typeof code !== 'string' || code === '') return [];
    scan('figures', (item) => includes(getAt(item, ['countries']), code));
    scan('quotes', (item) => includes(getAt(item, ['countries']), code));
  } else if (kind === 'figures') {
    const id = getAt(entry, ['id']);
    if (typeof id !== 'string' || id === '') return [];
    scan('quotes', (item) => includes(getAt(item, ['figures']), id));
  } else if (kind === 'quotes') {
    const id = getAt(entry, ['id']);
    if (typeof id !== 'string' || id === '') return [];
    scan('quotes', (item) => includes(getAt(item, ['respondsTo']), id));
  }
  return uses;
}
