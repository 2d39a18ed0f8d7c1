/**
 * Display-only typography for texts shown to readers. Only white space and
 * quotation marks change, which the verbatim check ignores
 * (src/dataset/provenance.ts), so quoted text stays word for word.
 */
import type { Lang } from './lang.ts';

/** A space between groups of digits ("1 400") becomes a narrow no-break space: a number never breaks across lines. */
export function keepNumbersTogether(text: string): string {
  return text.replace(/(\d) (?=\d{3}(?!\d))/g, '$1\u202f');
}

/** Quotation marks as each language sets them; French keeps a narrow no-break space inside its guillemets. */
const QUOTES: Record<Lang, [open: string, close: string]> = {
  fr: ['«\u202f', '\u202f»'],
  en: ['“', '”'],
  ar: ['«', '»'],
};

/** `quoted('oui', 'fr')` is "« oui »" (U+202F inside). */
export function quoted(text: string, lang: Lang): string {
  const [open, close] = QUOTES[lang];
  return `${open}${text}${close}`;
}
