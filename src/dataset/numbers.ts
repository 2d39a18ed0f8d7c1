/**
 * The numbers a text writes in digits, and what each may mean: the check
 * that a figure's value is the number its excerpt gives (validate.ts).
 *
 * A number is read every way the languages of the sources write it, since
 * the excerpt's language alone does not settle "1,500" (1500 in English, 1.5
 * in French): "1 400" and "1,400" are 1400, "1,5" and "1.5" are 1.5, and a
 * scale word after it ("1,5 milliard", "2 million", "3 ألف") multiplies it,
 * the bare number being kept as a reading too. Numbers written in words
 * ("une centaine") are not read: an excerpt without digits gives none.
 */

export interface WrittenNumber {
  /** As the text writes it, scale word included: "1,5 milliards". */
  text: string;
  /** The values it may stand for. */
  readings: number[];
}

/** Scale words of the sources' languages (fr, en, ar), singular and plural, lower case. */
const SCALES: ReadonlyMap<string, number> = new Map([
  ...['mille', 'thousand', 'thousands', 'ألف', 'آلاف'].map((w) => [w, 1e3] as const),
  ...['million', 'millions', 'مليون', 'ملايين'].map((w) => [w, 1e6] as const),
  ...['milliard', 'milliards', 'billion', 'billions', 'مليار', 'مليارات'].map((w) => [w, 1e9] as const),
]);

/** Digits and separators as typeset: no-break and thin spaces, Arabic-Indic digits and separators. */
function normalise(text: string): string {
  return (
    text
      .replace(/[\u00a0\u2007\u2009\u202f]/g, ' ')
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
      .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
      // The Arabic thousands separator is never a decimal one, like a space.
      .replace(/\u066c/g, ' ')
      .replace(/\u066b/g, '.')
  );
}

/** Digits with single separators between them: "1 400", "1,5", "1.234.567". */
const NUMBER = /\d+(?:[ .,’']\d+)*/g;
/** A scale word right after a number. */
const SCALE_WORD = /^ ?([\p{L}]+)/u;

/** The values a run of digits and separators may stand for, or none when it is not one number. */
function readingsOf(token: string): number[] {
  const groups = token.split(/[ .,’']/);
  const separators = token.match(/[ .,’']/g) ?? [];
  if (separators.length === 0) return [Number(token)];
  const readings: number[] = [];
  // Thousands groups: one kind of separator, then groups of three digits ("1 400", "1,400", "1.234.567").
  const grouped = (gs: string[], seps: string[]) =>
    gs[0]!.length <= 3 && gs.slice(1).every((g) => g.length === 3) && seps.every((s) => s === seps[0]);
  if (grouped(groups, separators)) readings.push(Number(groups.join('')));
  // A decimal part after the last comma or point, the rest grouped ("1,5", "1 234,5", "1,234.5").
  const last = separators.at(-1)!;
  const whole = groups.slice(0, -1);
  const wholeSeparators = separators.slice(0, -1);
  if (
    (last === ',' || last === '.') &&
    !wholeSeparators.includes(last) &&
    (whole.length === 1 || grouped(whole, wholeSeparators))
  ) {
    readings.push(Number(`${whole.join('')}.${groups.at(-1)}`));
  }
  return readings;
}

/** Every number written in digits in `text`, with its readings (see the header). */
export function numbersIn(text: string): WrittenNumber[] {
  const normalised = normalise(text);
  const found: WrittenNumber[] = [];
  for (const match of normalised.matchAll(NUMBER)) {
    const start = match.index;
    const end = start + match[0].length;
    let readings = readingsOf(match[0]);
    let written = text.slice(start, end);
    // Not one number ("12 45"): each part between spaces is read on its own.
    if (readings.length === 0) {
      for (const part of match[0].split(' ')) {
        const partReadings = readingsOf(part);
        if (partReadings.length > 0) found.push({ text: part, readings: partReadings });
      }
      continue;
    }
    const scale = SCALE_WORD.exec(normalised.slice(end));
    const factor = scale ? SCALES.get(scale[1]!.toLowerCase()) : undefined;
    if (scale && factor !== undefined) {
      readings = [...readings, ...readings.map((r) => r * factor)];
      written = text.slice(start, end + scale[0].length);
    }
    found.push({ text: written, readings });
  }
  return found;
}

/** `n` rounded to `digits` significant figures. */
const toSignificant = (n: number, digits: number) => (n === 0 ? 0 : Number(n.toPrecision(digits)));
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Whether `value` is one of the numbers `text` writes: exactly, or, for an
 * approximate figure, rounded to one to three significant figures ("about
 * 1,400" from "1 387"). True when the text writes no number in digits.
 */
export function givesValue(text: string, value: number, approximate: boolean): boolean {
  const numbers = numbersIn(text);
  if (numbers.length === 0) return true;
  return numbers.some(({ readings }) =>
    readings.some(
      (r) => same(r, value) || (approximate && [1, 2, 3].some((digits) => same(toSignificant(r, digits), value))),
    ),
  );
}
