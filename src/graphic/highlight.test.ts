import { describe, expect, it } from 'vitest';
import { EMBEDDED_DATASET } from '../dataset/embedded.ts';
import type { Dataset } from '../dataset/schema.ts';
import { highlightForCountry, highlightForFigure } from './highlight.ts';

describe('highlightForCountry', () => {
  it('highlightForCountry("BH") marks Bahrain and the 1,400 devices', () => {
    expect(highlightForCountry(EMBEDDED_DATASET, 'BH')).toEqual({
      countries: ['BH'],
      figures: ['devices'],
      quotes: [],
    });
  });
  it('highlightForCountry(null) clears every highlight', () => {
    expect(highlightForCountry(EMBEDDED_DATASET, null)).toEqual({ countries: [], figures: [], quotes: [] });
  });
  it('highlightForCountry marks the quotes about that country', () => {
    const dataset: Dataset = structuredClone(EMBEDDED_DATASET);
    dataset.quotes[2]!.countries = ['MX'];
    expect(highlightForCountry(dataset, 'MX').quotes).toEqual(['cathcart-evidence']);
  });
});

describe('highlightForFigure', () => {
  it('highlightForFigure("devices") marks the three countries', () => {
    expect(highlightForFigure(EMBEDDED_DATASET, 'devices')).toEqual({
      countries: ['BH', 'MX', 'AE'],
      figures: ['devices'],
      quotes: [],
    });
  });
  it('highlightForFigure("targets") leaves the carousel alone', () => {
    expect(highlightForFigure(EMBEDDED_DATASET, 'targets')).toEqual({
      countries: [],
      figures: ['targets'],
      quotes: [],
    });
  });
  it('highlightForFigure(null) clears every highlight', () => {
    expect(highlightForFigure(EMBEDDED_DATASET, null)).toEqual({ countries: [], figures: [], quotes: [] });
  });
  it("highlightForFigure of a derived figure uses the event's countries", () => {
    expect(highlightForFigure(EMBEDDED_DATASET, 'countries-named', ['BH', 'MX', 'AE'])).toEqual({
      countries: ['BH', 'MX', 'AE'],
      figures: ['countries-named'],
      quotes: [],
    });
  });
});
