/**
 * The map's text alternative, generated from the dataset so that it can never
 * disagree with what is drawn: "Infections signalées dans 3 pays : Bahreïn,
 * Mexique et Émirats arabes unis."
 */
import type { Country } from '../dataset/schema.ts';
import { formatCount, formatSomeCountries, pluralWord } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { MAP_STRINGS } from './map.strings.ts';

/** The reported countries, in the dataset's order (the article's). */
export const reportedCountries = (countries: readonly Country[]): Country[] =>
  countries.filter((c) => c.status === 'reported');

/** "N other countries", for the end of a list of country names (`formatSomeCountries`). */
export const otherCountries =
  (lang: Lang) =>
  (count: number): string =>
    MAP_STRINGS[lang].more(formatCount(count, lang), pluralWord(MAP_STRINGS[lang].countries, count, lang));

export function describeMap(countries: readonly Country[], lang: Lang): string {
  const strings = MAP_STRINGS[lang];
  const reported = reportedCountries(countries);
  if (reported.length === 0) return strings.none;
  const n = reported.length;
  const names = formatSomeCountries(
    reported.map((c) => c.code),
    lang,
    otherCountries(lang),
  );
  return strings.summary(formatCount(n, lang), pluralWord(strings.countries, n, lang), names);
}
