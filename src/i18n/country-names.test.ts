import { describe, expect, it } from 'vitest';
import { compareNames, countryName } from './country-names.ts';

describe('countryName', () => {
  it('countryName("BH", "fr") writes Bahreïn', () => {
    expect(countryName('BH', 'fr')).toBe('Bahreïn');
  });
  it('countryName("AE", "en") writes United Arab Emirates', () => {
    expect(countryName('AE', 'en')).toBe('United Arab Emirates');
  });
  it('countryName("MX", "ar") writes the Arabic name', () => {
    expect(countryName('MX', 'ar')).toBe('المكسيك');
  });
});

describe('compareNames', () => {
  it('compareNames("fr") sorts Émirats arabes unis before Mexique, as French readers expect', () => {
    expect(['Mexique', 'Émirats arabes unis', 'Bahreïn'].sort(compareNames('fr'))).toEqual([
      'Bahreïn',
      'Émirats arabes unis',
      'Mexique',
    ]);
  });
});
