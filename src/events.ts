/**
 * Every event the elements dispatch, typed in HTMLElementEventMap so that
 * `addEventListener('nso-country-select', e => e.detail.code)` type-checks.
 * Names are prefixed with `nso-`. All bubble and are composed, so they cross
 * shadow roots up to <nso-graphic> and to the publisher's page.
 */
import type { CountryCode } from './dataset/schema.ts';

export interface CountrySelectDetail {
  /** The selected country, or null when the selection is cleared. */
  code: CountryCode | null;
}

export interface FigureFocusDetail {
  /** The figure hovered or focused, or null when none is. */
  id: string | null;
  /** The countries that figure concerns (empty when none). */
  countries: CountryCode[];
}

export interface QuoteChangeDetail {
  /** The quote now shown. */
  id: string;
  /** Its index among the quotes shown, from 0. */
  index: number;
}

export type CountrySelectEvent = CustomEvent<CountrySelectDetail>;
export type FigureFocusEvent = CustomEvent<FigureFocusDetail>;
export type QuoteChangeEvent = CustomEvent<QuoteChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    'nso-country-select': CountrySelectEvent;
    'nso-figure-focus': FigureFocusEvent;
    'nso-quote-change': QuoteChangeEvent;
  }
}

type EventName = 'nso-country-select' | 'nso-figure-focus' | 'nso-quote-change';
type DetailOf<K extends EventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches a typed `nso-*` event that bubbles and crosses shadow roots. */
export function emit<K extends EventName>(target: EventTarget, name: K, detail: DetailOf<K>): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/**
 * What <nso-graphic> asks a child to highlight, after a reader selects a
 * country on the map or focuses a figure or a quote. Each child shows the
 * entries it holds (`.highlight` property); an empty highlight clears it.
 */
export interface Highlight {
  countries: readonly CountryCode[];
  figures: readonly string[];
  quotes: readonly string[];
}

export const NO_HIGHLIGHT: Highlight = { countries: [], figures: [], quotes: [] };
