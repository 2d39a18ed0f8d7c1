/**
 * Country names in the reader's language, from the browser's own CLDR data
 * (Intl.DisplayNames), so the graphic ships no name table. An engine without a
 * name for a code returns the code itself, which stays understandable.
 */
import type { CountryCode } from '../dataset/schema.ts';
import { intlResult, once } from './intl.ts';
import type { Lang } from './lang.ts';

/** The names of regions in `lang`, built once. */
export const regionNames = (lang: Lang): Intl.DisplayNames =>
  once(`region:${lang}`, () => new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }));

/** `countryName('BH', 'fr')` → 'Bahreïn'. */
export function countryName(code: CountryCode, lang: Lang): string {
  return intlResult(['region', lang, code], () => regionNames(lang).of(code) ?? code);
}

/**
 * Compares names in the reader's alphabetical order, with one collator per language: `localeCompare(…, lang)`
 * builds one per comparison, slow for a table of every country.
 */
export const compareNames = (lang: Lang): ((a: string, b: string) => number) =>
  once(`collator:${lang}`, () => new Intl.Collator(lang)).compare;
