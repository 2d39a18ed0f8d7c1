/**
 * The map's text alternative, generated from the dataset so that it can never
 * disagree with what is drawn: "Infections signalées dans 3 pays : Bahreïn,
 * Mexique et Émirats arabes unis."
 */
import type { Country } from '../dataset/schema.ts';
import { formatCount, formatCountryList, pluralWord } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { MAP_STRINGS } from './map.strings.ts';

/** The reported countries, in the dataset's order (the article's). */
export const reportedCountries = (countries: readonly Country[]): Country[] =>
  countries.filter((c) => c.status === 'reported');

/**
 * Up to NAME_ALL reported countries, the summary names them all; beyond, the
 * first NAMED in the dataset's order, then how many more: a list of 45 names
 * in bold filled a phone's screen above the map (each country is still on the
 * map, reachable by keyboard, and in the data table).
 */
const NAME_ALL = 8;
const NAMED = 5;

export function describeMap(countries: readonly Country[], lang: Lang): string {
  const strings = MAP_STRINGS[lang];
  const reported = reportedCountries(countries);
  if (reported.length === 0) return strings.none;
  const n = reported.length;
  const codes = reported.map((c) => c.code);
  const names =
    n <= NAME_ALL
      ? formatCountryList(codes, lang)
      : formatCountryList(
          codes.slice(0, NAMED),
          lang,
          strings.more(formatCount(n - NAMED, lang), pluralWord(strings.countries, n - NAMED, lang)),
        );
  return strings.summary(formatCount(n, lang), pluralWord(strings.countries, n, lang), names);
}
