/**
 * Numbers, dates, plurals and lists in the reader's language, through Intl
 * only: separators, digits and words such as "milliard" come from the locale
 * (ICU), never from hand-written rules. Pure functions; formatters are built
 * once, and the embedded dataset's results were computed at build time
 * (intl.ts: the default graphic starts no ICU).
 */
import type { CountryCode } from '../dataset/schema.ts';
import { countryName, regionNames } from './country-names.ts';
import { intlResult, once } from './intl.ts';
import type { Lang } from './lang.ts';

export type Notation = 'standard' | 'compact';

export interface FigureFormat {
  notation?: Notation;
  /** Prefixes "environ" / "about" / "حوالي": the article gives the figure as an estimate. */
  approximate?: boolean;
}

/** The word that marks an estimate; in all three languages it comes before the number. */
const APPROXIMATELY: Record<Lang, string> = { fr: 'environ', en: 'about', ar: 'حوالي' };

function numberFormat(lang: Lang, notation: Notation): Intl.NumberFormat {
  // compactDisplay "long" writes "1,5 milliard", not "1,5 Md", which readers would have to decode.
  return once(
    `number:${lang}:${notation}`,
    () => new Intl.NumberFormat(lang, notation === 'compact' ? { notation, compactDisplay: 'long' } : {}),
  );
}

/** The number alone: `formatNumber(1400, 'fr')` is "1 400" (U+202F), `formatNumber(1.5e9, 'en', 'compact')` "1.5 billion". */
export function formatNumber(value: number, lang: Lang, notation: Notation = 'standard'): string {
  // From the parts: the seed then holds each number once.
  return formatNumberParts(value, lang, notation)
    .map((part) => part.value)
    .join('');
}

/** The number in typed parts, so that a display can set "milliard" apart from "1,5". */
export function formatNumberParts(
  value: number,
  lang: Lang,
  notation: Notation = 'standard',
): readonly Intl.NumberFormatPart[] {
  return intlResult(['parts', lang, notation, value], () => numberFormat(lang, notation).formatToParts(value));
}

/** The word alone ("environ"), for a display that sets it apart from the digits. */
export function approximateWord(lang: Lang): string {
  return APPROXIMATELY[lang];
}

/** The word that marks an estimate, before an already formatted number. */
export function approximately(formatted: string, lang: Lang): string {
  return `${APPROXIMATELY[lang]} ${formatted}`;
}

/** A figure as a reader should hear it: `formatFigure(1400, 'fr', { approximate: true })` is "environ 1 400". */
export function formatFigure(
  value: number,
  lang: Lang,
  { notation = 'standard', approximate = false }: FigureFormat = {},
): string {
  const formatted = formatNumber(value, lang, notation);
  return approximate ? approximately(formatted, lang) : formatted;
}

/** A whole count (countries, items), always in standard notation. */
export function formatCount(count: number, lang: Lang): string {
  return formatNumber(Math.round(count), lang, 'standard');
}

const pluralRules = (lang: Lang): Intl.PluralRules => once(`plural:${lang}`, () => new Intl.PluralRules(lang));

// British lists for English ("A, B and C"), as the dataset's own English texts are written (AP style too).
const listFormat = (lang: Lang): Intl.ListFormat =>
  once(
    `list:${lang}`,
    () => new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang, { type: 'conjunction', style: 'long' }),
  );

/**
 * Country names joined as a list, as the locale joins them: `formatCountryList(['BH', 'MX'], 'fr')` is "Bahreïn
 * et Mexique"; `more` ends the list ("… et 40 autres pays").
 */
export function formatCountryList(codes: readonly CountryCode[], lang: Lang, more?: string): string {
  return intlResult(['list', lang, (more ? [...codes, more] : codes).join()], () => {
    const names = codes.map((code) => countryName(code, lang));
    return listFormat(lang).format(more ? [...names, more] : names);
  });
}

/** Up to NAME_ALL countries are all named; beyond, the first NAMED and how many others. */
const NAME_ALL = 8;
const NAMED = 5;

/**
 * Country names as readers can take them in: all of them up to NAME_ALL, else the first NAMED and `others(n)`
 * for the n left ("et 40 autres pays"). A list of 45 names filled a phone's screen, one of 249 a column of the
 * statistics panel; each country is still on the map, in the keyboard's walk and in the data table.
 */
export function formatSomeCountries(
  codes: readonly CountryCode[],
  lang: Lang,
  others: (count: number) => string,
): string {
  return codes.length <= NAME_ALL
    ? formatCountryList(codes, lang)
    : formatCountryList(codes.slice(0, NAMED), lang, others(codes.length - NAMED));
}

/**
 * Builds the formatters the parts use, for values no seed holds (a dataset
 * other than the embedded one, a count-up's frames): a page's first Intl
 * objects start ICU, slow on a phone, which the caller puts in a task of
 * its own or in idle time rather than in a render or an animation frame.
 */
export function prepareFormatters(lang: Lang): void {
  numberFormat(lang, 'standard');
  numberFormat(lang, 'compact');
  regionNames(lang);
  listFormat(lang);
  pluralRules(lang);
}

/** A language's name in the reader's language: `languageName('fr', 'en')` is "French". */
export function languageName(tag: string, lang: Lang): string {
  return intlResult(['language', lang, tag], () => {
    const names = once(`language:${lang}`, () => new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' }));
    return names.of(tag) ?? tag;
  });
}

/** A word in each plural category the strings need; `other` is the fallback. */
export type PluralWords = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The word for a count, by its plural category: `pluralWord({ one: 'country', other: 'countries' }, 3, 'en')` is "countries". */
export function pluralWord(words: PluralWords, count: number, lang: Lang): string {
  return words[intlResult(['plural', lang, count], () => pluralRules(lang).select(count))] ?? words.other;
}

/**
 * A calendar day written out: `formatDate('2026-11-28', 'fr')` is "28 novembre 2026". Formatted in UTC so
 * that no time zone moves it to the day before.
 */
export function formatDate(isoDay: string, lang: Lang): string {
  return intlResult(['date', lang, isoDay], () => {
    const format = once(`date:${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }));
    return format.format(new Date(`${isoDay}T00:00:00Z`));
  });
}
