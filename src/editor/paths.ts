/**
 * Reading and writing a JSON value by path (`['figures', 0, 'value']`), the
 * same paths the validator reports errors at. Writes never mutate: they copy
 * each container along the path, so a published dataset object is never
 * modified and Lit sees a new value at every change.
 */
import type { Path } from '../dataset/validate.ts';

export type { Path };

const isContainer = (value: unknown): value is Record<string | number, unknown> =>
  typeof value === 'object' && value !== null;

/** The value at `path`, or undefined when any step is missing. */
export function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (!isContainer(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/** True when every step of `path` exists (a key holding `undefined` does not count). */
export function hasPath(root: unknown, path: Path): boolean {
  return getAt(root, path) !== undefined;
}

/**
 * A copy of `root` with `value` at `path`. Object keys keep their order (a new
 * key goes last); a number one past an array's end appends. A missing step
 * becomes an object.
 */
export function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(root) && typeof key === 'number') {
    const copy = [...root];
    copy[key] = setAt(root[key], rest, value);
    return copy;
  }
  const object = isContainer(root) && !Array.isArray(root) ? root : {};
  return { ...object, [key]: setAt(object[key], rest, value) };
}

/** A copy of `root` without the array item or object key at `path`. */
export function removeAt(root: unknown, path: Path): unknown {
  if (path.length === 0) return root;
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1] as string | number;
  const parent = getAt(root, parentPath);
  if (Array.isArray(parent)) {
    return setAt(
      root,
      parentPath,
      parent.filter((_, i) => i !== key),
    );
  }
  if (!isContainer(parent) || !Object.hasOwn(parent, key)) return root;
  const copy = { ...parent };
  delete copy[key];
  return setAt(root, parentPath, copy);
}

/**
 * The longest prefix of `path` that exists in `root`: where an error about a
 * missing field is shown (on the object that should hold it).
 */
export function nearestExisting(root: unknown, path: Path): Path {
  for (let end = path.length; end > 0; end--) {
    if (hasPath(root, path.slice(0, end))) return path.slice(0, end);
  }
  return [];
}

/**
 * A stable, valid HTML id for a path. Keys come from dropped files and may hold
 * any character, so everything outside [A-Za-z0-9] is escaped by code point,
 * which keeps distinct paths distinct.
 */
export function pathId(path: Path): string {
  const escape = (key: string | number) =>
    typeof key === 'number'
      ? String(key)
      : [...key].map((ch) => (/[A-Za-z0-9]/.test(ch) ? ch : `_${ch.codePointAt(0)?.toString(16)}_`)).join('');
  return ['f', ...path.map(escape)].join('-');
}

/** `['figures', 0, 'value']` → `figures.*.value`: the path's shape, whatever the indices. */
export function pathPattern(path: Path): string {
  return path.map((key) => (typeof key === 'number' ? '*' : key)).join('.');
}
