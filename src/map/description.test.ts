import { describe, expect, it } from 'vitest';
import { EMBEDDED_DATASET } from '../dataset/embedded.ts';
import type { Country } from '../dataset/schema.ts';
import { describeMap } from './description.ts';

const reported = (code: Country['code']): Country => ({
  code,
  status: 'reported',
  count: 'not-disclosed',
  provenance: { source: 'article', excerpt: 'x' },
});

describe('describeMap', () => {
  it('describeMap(dataset, "fr") names the 3 countries of the article', () => {
    expect(describeMap(EMBEDDED_DATASET.countries, 'fr')).toBe(
      'Infections signalées dans 3 pays\u00a0: Bahreïn, Mexique et Émirats arabes unis.',
    );
  });
  it('describeMap(dataset, "en") names the 3 countries of the article', () => {
    expect(describeMap(EMBEDDED_DATASET.countries, 'en')).toBe(
      'Infections reported in 3 countries: Bahrain, Mexico and United Arab Emirates.',
    );
  });
  it('describeMap([one country], "en") uses the singular', () => {
    expect(describeMap([reported('MX')], 'en')).toBe('Infections reported in 1 country: Mexico.');
  });
  it('describeMap(9 countries, lang) names the first 5 and counts the 4 others', () => {
    const nine = (['BH', 'MX', 'AE', 'SA', 'MA', 'KZ', 'RW', 'TG', 'IN'] as const).map(reported);
    expect(describeMap(nine, 'en')).toBe(
      'Infections reported in 9 countries: Bahrain, Mexico, United Arab Emirates, Saudi Arabia, Morocco and 4 other countries.',
    );
    expect(describeMap(nine, 'fr')).toBe(
      'Infections signalées dans 9 pays\u00a0: Bahreïn, Mexique, Émirats arabes unis, Arabie saoudite, Maroc et 4 autres pays.',
    );
    expect(describeMap(nine.slice(0, 8), 'en')).toContain('Kazakhstan, Rwanda and Togo.');
  });
  it('describeMap([], lang) says no country is reported', () => {
    expect(describeMap([], 'fr')).toBe('Aucun pays signalé.');
    expect(describeMap([], 'en')).toBe('No country reported.');
  });
});
