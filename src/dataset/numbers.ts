/**
 * The numbers a text writes in digits, and what each may mean: the check
 * that a figure's value is the number its excerpt gives (validate.ts).
 *
 * A number is read every way the languages of the sources write it, since
 * the excerpt's language alone does not settle "1,500" (1500 in English, 1.5
 * in French): "1 400" and "1,400" are 1400, "1,5" and "1.5" are 1.5, and a
 * scale word or abbreviation after it ("1,5 milliard", "1.5bn", "2 M€",
 * "15 ألفاً") multiplies it, the bare number being kept as a reading too.
 * Dates are not figures: a day or a year beside a month's name ("29 octobre
 * 2019", "October 29, 2019") or a year after "en", "in", "since" is left out.
 * Numbers written in words ("une centaine") are not read: an excerpt that
 * writes no other number gives none.
 */

export interface WrittenNumber {
  /** As the text writes it, scale word included: "1,5 milliards". */
  text: string;
  /** The values it may stand for. */
  readings: number[];
}

/** A word in lower case without its marks: Arabic's vowels and hamza vary ("ألفاً", "ألفًا", "الفا"). */
const bare = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Scale words and abbreviations of the sources' languages (fr, en, ar), bare. */
const SCALES: ReadonlyMap<string, number> = new Map(
  (
    [
      [1e3, 'k mille thousand thousands ألف آلاف ألفا'],
      [1e6, 'm mn mio million millions مليون ملايين مليونا'],
      [1e9, 'md mds mrd bn milliard milliards billion billions مليار مليارات مليارا بليون'],
    ] as const
  ).flatMap(([factor, words]) => words.split(' ').map((word) => [bare(word), factor] as const)),
);

/** Months in French, English and Arabic (Egyptian and Gulf names), lower case: their numbers are dates. */
const MONTHS = new Set(
  [
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    'january february march april may june july august september october november december',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
    'يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر',
  ]
    .join(' ')
    .split(' '),
);
/** Words before a year: "en 2019", "in 2019", "depuis 2016", "since 2016", "عام 2019". */
const YEAR_WORDS = new Set(['en', 'in', 'depuis', 'since', 'عام', 'سنة']);

/** The word just before `at` (letters only, lower case), or ''. */
const wordBefore = (text: string, at: number) =>
  /([\p{L}]+)[ ,]*$/u.exec(text.slice(Math.max(0, at - 16), at))?.[1]?.toLowerCase() ?? '';
/** The word just after `at`, or ''. */
const wordAfter = (text: string, at: number) =>
  /^[ ,]*([\p{L}]+)/u.exec(text.slice(at, at + 16))?.[1]?.toLowerCase() ?? '';

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
/** A scale word right after a number, a currency sign allowed before it ("$2m" has it before the number). */
const SCALE_WORD = /^ ?[$€£]? ?([\p{L}\p{M}]+)/u;

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

/** Every number written in digits in `text`, with its readings, dates left out (see the header). */
export function numbersIn(text: string): WrittenNumber[] {
  const normalised = normalise(text);
  const found: WrittenNumber[] = [];
  let dateEnd = -1;
  for (const match of normalised.matchAll(NUMBER)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = wordBefore(normalised, start);
    // A date's day or year: beside a month, after a year word, or right after another part of the date.
    const isYear = /^\d{4}$/.test(match[0]) && (YEAR_WORDS.has(before) || start - dateEnd <= 2);
    if (MONTHS.has(before) || MONTHS.has(wordAfter(normalised, end)) || isYear) {
      dateEnd = end;
      continue;
    }
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
    const factor = scale ? SCALES.get(bare(scale[1]!)) : undefined;
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
 * Whether `value` is one of the `numbers` a text writes (numbersIn): exactly,
 * or, for an approximate figure, rounded to two or three significant figures
 * ("about 1,400" from "1 387"; not 2 billion from "1,5 milliard"). True when
 * the text writes no number in digits but dates.
 */
export function givesValue(numbers: readonly WrittenNumber[], value: number, approximate: boolean): boolean {
  if (numbers.length === 0) return true;
  return numbers.some(({ readings }) =>
    readings.some(
      (r) => same(r, value) || (approximate && [2, 3].some((digits) => same(toSignificant(r, digits), value))),
    ),
  );
}
