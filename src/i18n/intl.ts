/**
 * Intl objects are slow to build (ICU data: tens of ms on a slow phone) and
 * cheap to use, so each is built once per language and options, here, for
 * every module that formats.
 *
 * A page's first Intl object is slower still: V8 starts ICU and lists its
 * locales, then more for each kind of formatter (more than any part's render;
 * bench/README.md). So the results the embedded dataset needs
 * were computed at build time, by the same functions through Node's Intl
 * (scripts/build-intl-seed.ts writes intl-seed.json), and are looked up
 * before any formatter is built: the default graphic renders without
 * starting ICU. Any other input (a `src` dataset, a count-up's frames) goes
 * to Intl; intl-seed.browser.test.ts checks that the browser's Intl agrees
 * with every seeded result.
 */
import SEED from './intl-seed.json';

const built = new Map<string, unknown>();

/** The object cached under `key`, built by `make` the first time. */
export function once<T>(key: string, make: () => T): T {
  if (!built.has(key)) built.set(key, make());
  return built.get(key) as T;
}

/** One formatting call: its kind, the reader's language, then its arguments (as format.ts names them). */
export type IntlCall = readonly [kind: string, lang: string, ...args: (string | number)[]];

/** Results by call, each call written as its parts joined by spaces. */
export type IntlSeed = Record<string, unknown>;

const keyOf = (call: IntlCall): string => call.join(' ');

const seeded: IntlSeed = SEED;

/** While recording (the seed's build), every call is computed and kept, and the seed is not read. */
let recording: IntlSeed | undefined;

/** The result of `call`: seeded at build time, else computed by `compute` (through Intl). */
export function intlResult<T>(call: IntlCall, compute: () => T): T {
  const key = keyOf(call);
  if (recording) return (recording[key] = compute()) as T;
  return Object.hasOwn(seeded, key) ? (seeded[key] as T) : compute();
}

/** Runs `run` and returns every formatting call it made, with its result (scripts/build-intl-seed.ts). */
export function recordIntl(run: () => void): IntlSeed {
  recording = {};
  try {
    run();
    return recording;
  } finally {
    recording = undefined;
  }
}
