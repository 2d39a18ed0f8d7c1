/**
 * Turns the text of a dataset file into a JSON value, guarding its size before
 * parsing and its depth after (a 5 MB file or 10,000 nested arrays must not
 * freeze or overflow the reader's page), and locating syntax errors by line
 * and column.
 */

export interface ParseLimits {
  /** The largest accepted text, in UTF-16 code units (about bytes for this data). */
  maxLength: number;
  /** The deepest accepted nesting of arrays and objects. */
  maxDepth: number;
}

/** The shipped dataset is about 15 kB and 6 levels deep; these leave room to grow. */
export const DEFAULT_LIMITS: ParseLimits = { maxLength: 1_000_000, maxDepth: 32 };

export type ParseFailure =
  | { code: 'too-large'; length: number; max: number }
  | { code: 'too-deep'; max: number; line: number; column: number }
  | { code: 'syntax'; line: number; column: number; found: string | null };

export type ParseResult = { ok: true; value: unknown } | { ok: false; failure: ParseFailure };

/** Line and column (both from 1) of an offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * Offset where nesting first exceeds `max`, or -1. Brackets inside strings do not count. A regular expression
 * jumps from one bracket, quote or backslash to the next. Only run on a text found too deep or invalid: it reads
 * the whole text, slow on a phone for a dataset of every country.
 */
function depthOverflow(text: string, max: number): number {
  const special = /[[\]{}"\\]/g;
  let depth = 0;
  let inString = false;
  for (let match = special.exec(text); match; match = special.exec(text)) {
    const c = match[0];
    if (inString) {
      // An escaped character is skipped, so that \" does not end the string.
      if (c === '\\') special.lastIndex += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (++depth > max) return match.index;
    } else if (c === ']' || c === '}') depth--;
  }
  return -1;
}

/**
 * Offset of the first syntax error in `text`, found by a minimal JSON scanner:
 * engines word JSON.parse errors differently, and Node 20's V8 often gives no
 * position at all. Only called once JSON.parse has failed.
 */
export function syntaxErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match?.[0]) fail();
    i += match?.[0].length ?? 0;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else number();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
  } catch (offset) {
    return typeof offset === 'number' ? offset : 0;
  }
  return text.length;
}

/**
 * Whether arrays and objects in `value` nest deeper than `max`: a walk with a stack of its own, never recursion.
 * Only arrays and objects go on the stack, not the strings and numbers that are most of a dataset's values.
 */
function tooDeep(value: unknown, max: number): boolean {
  const isNested = (v: unknown): v is object => v !== null && typeof v === 'object';
  const stack: object[] = isNested(value) ? [value] : [];
  const depths: number[] = [1];
  while (stack.length) {
    const next = stack.pop()!;
    const depth = depths.pop()!;
    if (depth > max) return true;
    for (const child of Array.isArray(next) ? next : Object.values(next)) {
      if (isNested(child)) {
        stack.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

/**
 * V8's JSON.parse keeps a stack of its own, so 10,000 nested arrays parse, then the walk above refuses them; an
 * engine whose parser gives up on such depth lands in the catch below, which reports the depth too. The text is
 * scanned for its depth only when it fails, to say where.
 */
export function parseDatasetText(raw: string, limits: ParseLimits = DEFAULT_LIMITS): ParseResult {
  // A byte order mark, as Windows Notepad writes (RFC 8259 §8.1 lets parsers ignore it): the browser's decoders
  // drop it, Node's readFileSync keeps it.
  const text = raw.startsWith('\ufeff') ? raw.slice(1) : raw;
  if (text.length > limits.maxLength) {
    return { ok: false, failure: { code: 'too-large', length: text.length, max: limits.maxLength } };
  }
  const tooDeepAt = (offset: number): ParseResult => ({
    ok: false,
    failure: { code: 'too-deep', max: limits.maxDepth, ...lineColumn(text, offset) },
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The depth first: it may be why the parser gave up, and the syntax scanner below recurses.
    const deep = depthOverflow(text, limits.maxDepth);
    if (deep >= 0) return tooDeepAt(deep);
    const offset = syntaxErrorOffset(text);
    const found = offset < text.length ? (text[offset] ?? null) : null;
    return { ok: false, failure: { code: 'syntax', found, ...lineColumn(text, offset) } };
  }
  if (!tooDeep(value, limits.maxDepth)) return { ok: true, value };
  // Duplicate keys keep only their last value, so the text can be deeper than the value, never shallower.
  return tooDeepAt(Math.max(0, depthOverflow(text, limits.maxDepth)));
}

/** A key written again in its object: its path, and where (from 1) the second one starts. */
export interface DuplicateKey {
  path: (string | number)[];
  line: number;
  column: number;
}

/**
 * Keys that an object of `text` (valid JSON) holds twice, with where the
 * second one is: JSON.parse keeps only the last, so the first value would be
 * lost without a word (an editor merging two versions by hand). Only the CLI
 * reads dataset files as text, so only it looks.
 */
export function duplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  // Each open object or array, with the key (or index) of the member being read.
  const stack: { keys?: Set<string>; key: string | number; expectKey: boolean }[] = [];
  for (const match of text.matchAll(/"(?:[^"\\]|\\.)*"|[{}[\],]/g)) {
    const token = match[0];
    const top = stack.at(-1);
    if (token === '{') stack.push({ keys: new Set(), key: '', expectKey: true });
    else if (token === '[') stack.push({ key: 0, expectKey: false });
    else if (token === '}' || token === ']') stack.pop();
    else if (token === ',') {
      if (top?.keys) top.expectKey = true;
      else if (top) top.key = (top.key as number) + 1;
    } else if (top?.keys && top.expectKey) {
      const key = JSON.parse(token) as string;
      top.key = key;
      top.expectKey = false;
      if (top.keys.has(key)) found.push({ path: stack.map((frame) => frame.key), ...lineColumn(text, match.index) });
      top.keys.add(key);
    }
  }
  return found;
}
