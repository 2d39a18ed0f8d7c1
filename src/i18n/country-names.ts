/**
 * Country names in the reader's language, from the browser's own CLDR data
 * (Intl.DisplayNames), so the graphic ships no name table. An engine without a
 * name for a code returns the code itself, which stays understandable.
 */
import type { CountryCode } from '../dataset/schema.ts';
import type { Lang } from './lang.ts';

const displayNames = new Map<Lang, Intl.DisplayNames>();

/** `countryName('BH', 'fr')` → 'Bahreïn'. */
export function countryName(code: CountryCode, lang: Lang): string {
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
    displayNames.set(lang, names);
  }
  return names.of(code) ?? code;
}
