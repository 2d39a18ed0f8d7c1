/**
 * Pure decisions of the quote carousel: which text a reader sees, how a quote
 * is cited in another one, which quotes a highlight concerns, which slides a
 * filter keeps. Kept out of the element so they are tested in Node.
 */
import type { LocalizedText, Quote } from '../dataset/schema.ts';
import type { Highlight } from '../events.ts';
import { pickedLang, supportedLang, type Lang } from '../i18n/lang.ts';

/** Which side's quotes the carousel shows. */
export type SideFilter = 'all' | Quote['side'];

export const SIDE_FILTERS: readonly SideFilter[] = ['all', 'whatsapp', 'nso'];

/**
 * The passages shown and how to flag them:
 * - `original`: verbatim, in the reader's language or asked for with "Show original";
 * - `translation`: the dataset's translation into the reader's language, flagged as such;
 * - `untranslated`: no translation in the reader's language (Arabic may come later),
 *   so the verbatim original rather than a translation of a translation.
 */
export interface ShownText {
  kind: 'original' | 'translation' | 'untranslated';
  passages: readonly string[];
  /** BCP 47 tag of the passages, for the `lang` attribute. */
  lang: string;
}

/** True when a reader of `lang` reads the quote in its original language. */
export function isOriginalFor(quote: Quote, lang: Lang): boolean {
  return supportedLang(quote.lang) === lang;
}

/** What a reader of `lang` sees of `quote`; `wantOriginal` is the "Show original" toggle. */
export function shownText(quote: Quote, lang: Lang, wantOriginal = false): ShownText {
  const original: ShownText = { kind: 'original', passages: quote.passages, lang: quote.lang };
  if (wantOriginal || isOriginalFor(quote, lang)) return original;
  const translated = quote.translations[lang];
  if (translated) return { kind: 'translation', passages: translated, lang };
  return { ...original, kind: 'untranslated' };
}

/**
 * The start of `text`, cut at a word boundary within `max` characters and
 * ended with "…", to cite one quote inside another ("Responds to: …").
 */
export function excerpt(text: string, max = 72): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  const head = space > max / 2 ? cut.slice(0, space) : clean.slice(0, max);
  return `${head.replace(/[\s,;:.!?…]+$/u, '')}…`;
}

/** True when `highlight` names the quote, one of its figures or one of its countries. */
export function isHighlighted(quote: Quote, highlight: Highlight): boolean {
  return (
    highlight.quotes.includes(quote.id) ||
    quote.figures.some((id) => highlight.figures.includes(id)) ||
    quote.countries.some((code) => highlight.countries.includes(code))
  );
}

/** The quotes that answer `id` (the reverse of `respondsTo`). */
export function answersTo(quotes: readonly Quote[], id: string): Quote[] {
  return quotes.filter((quote) => quote.respondsTo.includes(id));
}

/** The quotes a side filter keeps, in dataset order. */
export function filterQuotes(quotes: readonly Quote[], filter: SideFilter): Quote[] {
  return filter === 'all' ? [...quotes] : quotes.filter((quote) => quote.side === filter);
}

/** Up to this many quotes, every slide is laid out; above, only a window of them (slideWindow). */
export const ALL_SLIDES = 12;

/**
 * The slides to lay out, by index, in order. They share one grid cell, whose
 * height is the tallest one's, so that changing slide never moves the page;
 * but laying out hundreds of slides of text is slow on a phone. Above ALL_SLIDES of the `count` quotes, the window is the
 * current slide and the `reserve` slides with the most text (`lengthOf`, only
 * asked then), which stand for the tallest one.
 */
export function slideWindow(
  count: number,
  current: number,
  lengthOf: (index: number) => number,
  reserve = 2,
): number[] {
  const all = Array.from({ length: count }, (_, i) => i);
  if (count <= ALL_SLIDES) return all;
  const longest = all
    .map((i) => ({ length: lengthOf(i), i }))
    .sort((a, b) => b.length - a.length)
    .slice(0, reserve)
    .map(({ i }) => i);
  return [...new Set([current, ...longest])].sort((a, b) => a - b);
}

/** `index` moved by `step`, wrapping around `length` slides (the APG example wraps). */
export function wrapIndex(index: number, step: number, length: number): number {
  if (length <= 0) return 0;
  return (((index + step) % length) + length) % length;
}

/** The speaker's name as the reader's language writes it, else as the dataset writes it. */
export function speakerName(quote: Quote, lang: Lang): string {
  return quote.speakerNames?.[lang] ?? quote.speaker;
}

/**
 * False when the organisation would only repeat the speaker or the role ("NSO
 * Group, company statement"). The role names it when any of its languages
 * does: a translation writes it in its own script ("head of WhatsApp" is
 * "رئيس واتساب"), which a test on the reader's language alone would miss.
 */
export function needsOrganisation(speaker: string, role: LocalizedText, organisation: string): boolean {
  const org = organisation.toLocaleLowerCase();
  return speaker.toLocaleLowerCase() !== org && !Object.values(role).some((r) => r.toLocaleLowerCase().includes(org));
}

/**
 * The `lang` attribute a localized text needs inside a `lang` element: none
 * when it exists in that language, French (the fallback of `pick`) otherwise.
 */
export function fallbackLang(text: LocalizedText, lang: Lang): 'fr' | undefined {
  return pickedLang(text, lang) === lang ? undefined : 'fr';
}
