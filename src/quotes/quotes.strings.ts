/**
 * Interface strings of <nso-quotes>. French follows its typography: a no-break
 * space before ":" and thin no-break spaces inside « ».
 * Carousel wording follows the WAI-ARIA APG carousel example ("Stop automatic
 * slide show", "n of m"); the region name must not contain the word carousel.
 */
import type { Lang } from '../i18n/lang.ts';
import type { Quote, QuoteKind } from '../dataset/schema.ts';

export interface QuotesStrings {
  /** The region's accessible name and visible title. */
  title: string;
  /** aria-roledescription of the region. */
  carousel: string;
  /** aria-roledescription of each slide. */
  slide: string;
  /** A slide's name: "2 sur 5". */
  position: (n: number, of: number) => string;
  previous: string;
  next: string;
  stopRotation: string;
  startRotation: string;
  /** Badge on a translated quote. */
  translation: string;
  /** Badge on an original quote shown to a reader of another language. */
  original: string;
  /** The translation is missing in the reader's language: the original is shown. */
  noTranslation: string;
  showOriginal: string;
  showTranslation: string;
  readMore: string;
  readLess: string;
  respondsTo: string;
  answeredBy: string;
  source: string;
  /** Between the speaker and the role: Arabic has its own comma. */
  comma: string;
  /** What a quote is, as its heading says it. */
  kinds: Record<QuoteKind, string>;
  highlighted: string;
  filter: string;
  filterAll: string;
}

export const QUOTES_STRINGS: Record<Lang, QuotesStrings> = {
  fr: {
    title: 'Citations',
    carousel: 'carrousel',
    slide: 'diapositive',
    position: (n, of) => `${n} sur ${of}`,
    previous: 'Citation précédente',
    next: 'Citation suivante',
    stopRotation: 'Arrêter la rotation automatique',
    startRotation: 'Démarrer la rotation automatique',
    translation: 'Traduction',
    original: 'Original',
    noTranslation: 'Texte original',
    showOriginal: 'Voir l’original',
    showTranslation: 'Voir la traduction',
    readMore: 'Lire la suite',
    readLess: 'Réduire',
    respondsTo: 'Répond à\u00a0:',
    answeredBy: 'Réponse\u00a0:',
    source: 'Source\u00a0:',
    comma: ', ',
    kinds: {
      claim: 'Accusation',
      response: 'Réponse',
      statement: 'Déclaration',
      ruling: 'Décision de justice',
      testimony: 'Témoignage',
    },
    highlighted: 'Liée à votre sélection',
    filter: 'Afficher',
    filterAll: 'Tout',
  },
  en: {
    title: 'Quotes',
    carousel: 'carousel',
    slide: 'slide',
    position: (n, of) => `${n} of ${of}`,
    previous: 'Previous quote',
    next: 'Next quote',
    stopRotation: 'Stop automatic slide show',
    startRotation: 'Start automatic slide show',
    translation: 'Translation',
    original: 'Original',
    noTranslation: 'Original text',
    showOriginal: 'Show original',
    showTranslation: 'Show translation',
    readMore: 'Read more',
    readLess: 'Show less',
    respondsTo: 'Responds to:',
    answeredBy: 'Response:',
    source: 'Source:',
    comma: ', ',
    kinds: {
      claim: 'Accusation',
      response: 'Response',
      statement: 'Statement',
      ruling: 'Ruling',
      testimony: 'Testimony',
    },
    highlighted: 'Linked to your selection',
    filter: 'Show',
    filterAll: 'All',
  },
  ar: {
    title: 'اقتباسات',
    carousel: 'عرض دوّار',
    slide: 'شريحة',
    position: (n, of) => `${n} من ${of}`,
    previous: 'الاقتباس السابق',
    next: 'الاقتباس التالي',
    stopRotation: 'إيقاف العرض التلقائي',
    startRotation: 'تشغيل العرض التلقائي',
    translation: 'ترجمة',
    original: 'النص الأصلي',
    noTranslation: 'الترجمة العربية غير متاحة: النص الأصلي',
    showOriginal: 'عرض النص الأصلي',
    showTranslation: 'عرض الترجمة',
    readMore: 'اقرأ المزيد',
    readLess: 'عرض أقل',
    respondsTo: 'ردًّا على:',
    answeredBy: 'الرد:',
    source: 'المصدر:',
    comma: '، ',
    kinds: {
      claim: 'اتهام',
      response: 'ردّ',
      statement: 'تصريح',
      ruling: 'حكم قضائي',
      testimony: 'شهادة',
    },
    highlighted: 'مرتبط باختيارك',
    filter: 'عرض',
    filterAll: 'الكل',
  },
};

/**
 * A quote's heading: what it is, then whose ("Déclaration · WhatsApp"); the
 * organisation alone for a quote whose dataset does not say what it is.
 */
export function quoteHeading(quote: Quote, s: QuotesStrings): string {
  return quote.kind ? `${s.kinds[quote.kind]} · ${quote.organisation}` : quote.organisation;
}
