/**
 * What to highlight across the three parts after a reader acts on one of
 * them. Pure, so the wiring of <nso-graphic> is tested without a browser.
 */
import type { CountryCode, Dataset } from '../dataset/schema.ts';
import { NO_HIGHLIGHT, type Highlight } from '../events.ts';

/** A country selected on the map: it, the figures that concern it and the quotes about it. */
export function highlightForCountry(dataset: Dataset, code: CountryCode | null): Highlight {
  if (!code) return NO_HIGHLIGHT;
  return {
    countries: [code],
    figures: dataset.figures.filter((f) => f.countries.includes(code)).map((f) => f.id),
    quotes: dataset.quotes.filter((q) => q.countries.includes(code)).map((q) => q.id),
  };
}

/**
 * A figure hovered or focused in the panel: it and its countries. Quotes are
 * left alone: hovering or tabbing past a figure must not turn the carousel
 * under the reader (a country chosen on the map does). Derived figures (the
 * count of countries) are not in the dataset: their event's own countries are used.
 */
export function highlightForFigure(
  dataset: Dataset,
  id: string | null,
  countries: readonly CountryCode[] = [],
): Highlight {
  if (id === null) return NO_HIGHLIGHT;
  const figure = dataset.figures.find((f) => f.id === id);
  return {
    countries: figure?.countries ?? countries,
    figures: [id],
    quotes: [],
  };
}
