/** The map's interface strings in each language the graphic offers. */
import type { PluralWords } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';

export interface MapStrings {
  /** The map's accessible name. */
  name: string;
  /** The colon after a label ("Source\u00a0: " in French typography). */
  colon: string;
  /** "Infections reported in 3 countries: …" (count formatted, noun chosen, names already joined). */
  summary: (count: string, countries: string, names: string) => string;
  /** "40 other countries", ending a list that names only the first ones (count formatted, noun chosen). */
  more: (count: string, countries: string) => string;
  /** "country"/"countries", by plural category of the count (Intl.PluralRules). */
  countries: PluralWords;
  none: string;
  reported: string;
  others: string;
  /** Label before the count, e.g. "Devices per country". */
  count: string;
  notDisclosed: string;
  source: string;
  figures: string;
  quotes: string;
  /** After a quote shown in the reader's language rather than the one it was said in. */
  translation: string;
  close: string;
  hint: string;
  showData: string;
  caption: string;
  country: string;
}

export const MAP_STRINGS: Record<Lang, MapStrings> = {
  fr: {
    name: 'Carte du monde des infections signalées',
    colon: '\u00a0: ',
    summary: (n, countries, names) => `Infections signalées dans ${n} ${countries}\u00a0: ${names}.`,
    more: (n, countries) => `${n} autres ${countries}`,
    countries: { other: 'pays' },
    none: 'Aucun pays signalé.',
    reported: 'Infections signalées',
    others: 'Autres pays\u00a0: rien de signalé dans l’article',
    count: 'Nombre d’appareils par pays',
    notDisclosed: 'non communiqué',
    source: 'Source',
    figures: 'Chiffres liés',
    quotes: 'Citations liées',
    translation: 'traduction',
    close: 'Fermer',
    hint: 'Survolez ou touchez un pays signalé, ou utilisez les flèches du clavier.',
    showData: 'Voir les données',
    caption: 'Pays où des infections sont signalées, d’après l’article',
    country: 'Pays',
  },
  en: {
    name: 'World map of reported infections',
    colon: ': ',
    summary: (n, countries, names) => `Infections reported in ${n} ${countries}: ${names}.`,
    more: (n, countries) => `${n} other ${countries}`,
    countries: { one: 'country', other: 'countries' },
    none: 'No country reported.',
    reported: 'Infections reported',
    others: 'Other countries: nothing reported in the article',
    count: 'Devices per country',
    notDisclosed: 'not disclosed',
    source: 'Source',
    figures: 'Related figures',
    quotes: 'Related quotes',
    translation: 'translation',
    close: 'Close',
    hint: 'Hover or tap a reported country, or use the arrow keys.',
    showData: 'Show the data',
    caption: 'Countries where infections are reported, according to the article',
    country: 'Country',
  },
  ar: {
    name: 'خريطة العالم للإصابات المُبلَّغ عنها',
    colon: ': ',
    summary: (n, countries, names) => `إصابات مُبلَّغ عنها في ${n} ${countries}: ${names}.`,
    // Arabic counts take the plural from 3 to 10 ("few"), the dual for 2, the singular otherwise.
    more: (n, countries) => `${n} ${countries} أخرى`,
    countries: { two: 'دولتين', few: 'دول', other: 'دولة' },
    none: 'لا توجد دولة مُبلَّغ عنها.',
    reported: 'إصابات مُبلَّغ عنها',
    others: 'دول أخرى: لم يُبلَّغ عن شيء في المقال',
    count: 'عدد الأجهزة في كل دولة',
    notDisclosed: 'غير مُعلَن',
    source: 'المصدر',
    figures: 'أرقام ذات صلة',
    quotes: 'اقتباسات ذات صلة',
    translation: 'ترجمة',
    close: 'إغلاق',
    hint: 'مرّر المؤشر فوق دولة مُبلَّغ عنها أو المسها، أو استخدم مفاتيح الأسهم.',
    showData: 'عرض البيانات',
    caption: 'الدول التي أُبلغ فيها عن إصابات، وفقًا للمقال',
    country: 'الدولة',
  },
};
