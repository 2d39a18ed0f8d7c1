/**
 * The map's text alternative, generated from the dataset so that it can never
 * disagree with what is drawn: "Infections signalées dans 3 pays : Bahreïn,
 * Mexique et Émirats arabes unis."
 */
import type { Country } from '../dataset/schema.ts';
import { countryName } from '../i18n/country-names.ts';
import type { Lang } from '../i18n/lang.ts';
import { MAP_STRINGS } from './map.strings.ts';

/** The reported countries, in the dataset's order (the article's). */
export const reportedCountries = (countries: readonly Country[]): Country[] =>
  countries.filter((c) => c.status === 'reported');

/** ListFormat is slow to create: one per language (the map re-renders on every hover). */
const listFormats = new Map<Lang, Intl.ListFormat>();

export function describeMap(countries: readonly Country[], lang: Lang): string {
  const strings = MAP_STRINGS[lang];
  const reported = reportedCountries(countries);
  if (reported.length === 0) return strings.none;
  let list = listFormats.get(lang);
  if (!list) listFormats.set(lang, (list = new Intl.ListFormat(lang, { type: 'conjunction' })));
  const names = list.format(reported.map((c) => countryName(c.code, lang)));
  return strings.summary(reported.length, names);
}
