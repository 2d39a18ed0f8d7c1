/**
 * The statistics panel's own words, in every language the graphic offers.
 * Figures' units and labels come from the dataset; only the derived count of
 * countries takes its words from here, since no editor typed it.
 */
import type { PluralWords } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';

export interface StatsStrings {
  /** The panel's heading. */
  heading: string;
  /** The disclosure that shows a figure's excerpt. */
  source: string;
  /** Completes the disclosure's name for screen readers, who reach it by Tab without the figure around it. */
  sourceOf: (figure: string) => string;
  /** "(in French)" after a source whose language is not the reader's. */
  inLanguage: (language: string) => string;
  /** Shown on a figure linked to what the reader selected elsewhere (map, quotes). */
  linked: string;
  /** The derived figure's unit, by plural category of its count (Intl.PluralRules). */
  countriesUnit: PluralWords;
  /**
   * The derived figure's label around the named countries. The article says "notamment":
   * the countries are named among others, so the label must not read as a full list.
   */
  countriesLabel: (list: string) => string;
}

export const STATS_STRINGS: Record<Lang, StatsStrings> = {
  fr: {
    heading: 'Les chiffres',
    source: 'Source',
    sourceOf: (figure) => `\u00a0: ${figure}`,
    inLanguage: (language) => `(en ${language})`,
    linked: 'Lié à la sélection',
    countriesUnit: { one: 'pays cité', other: 'pays cités' },
    countriesLabel: (list) => `${list}, parmi les pays où des infections ont été signalées`,
  },
  en: {
    heading: 'Key figures',
    source: 'Source',
    sourceOf: (figure) => `: ${figure}`,
    inLanguage: (language) => `(in ${language})`,
    linked: 'Linked to your selection',
    countriesUnit: { one: 'country named', other: 'countries named' },
    // The names after a colon, as in a list: CLDR's names have no article ("United Arab Emirates"), which a
    // sentence would need.
    countriesLabel: (list) => `among those where infections were reported: ${list}`,
  },
  ar: {
    heading: 'أبرز الأرقام',
    source: 'المصدر',
    sourceOf: (figure) => `: ${figure}`,
    inLanguage: (language) => `(باللغة ${language})`,
    linked: 'مرتبط بتحديدك',
    // Arabic counts take the plural from 3 to 10 ("few") and the singular from 11 ("many", "other").
    countriesUnit: {
      zero: 'دولة مذكورة',
      one: 'دولة مذكورة',
      two: 'دولتان مذكورتان',
      few: 'دول مذكورة',
      many: 'دولة مذكورة',
      other: 'دولة مذكورة',
    },
    countriesLabel: (list) => `${list}، من بين الدول التي أُبلغ فيها عن إصابات`,
  },
};
