/**
 * Intl objects are slow to build (ICU data: tens of ms on a slow phone) and
 * cheap to use, so each is built once per language and options, here, for
 * every module that formats.
 */
const built = new Map<string, unknown>();

/** The object cached under `key`, built by `make` the first time. */
export function once<T>(key: string, make: () => T): T {
  if (!built.has(key)) built.set(key, make());
  return built.get(key) as T;
}
