import { describe, expect, it, vi } from 'vitest';
import {
  approximateWord,
  approximately,
  formatCount,
  formatCountryList,
  formatFigure,
  formatNumber,
  formatNumberParts,
  formatSomeCountries,
  languageName,
} from './format.ts';

// These tests check the formatters themselves, so every call goes to Intl: a result seeded at build time
// (intl-seed.json) would hide a change to a formatter's options. intl-seed.browser.test.ts checks the seed.
vi.mock('./intl-seed.json', () => ({ default: {} }));

/** U+202F NARROW NO-BREAK SPACE: CLDR's French group separator. */
const NNBSP = '\u202f';

describe('formatFigure in French', () => {
  it('formatFigure(1400, "fr") writes 1 400 with a narrow no-break space (U+202F)', () => {
    expect(formatFigure(1400, 'fr')).toBe(`1${NNBSP}400`);
  });

  it('formatFigure(1400, "fr", { approximate }) writes environ 1 400', () => {
    expect(formatFigure(1400, 'fr', { approximate: true })).toBe(`environ 1${NNBSP}400`);
  });

  it('formatFigure(1.5e9, "fr", compact) writes 1,5 milliard (singular below 2, as CLDR says)', () => {
    expect(formatFigure(1.5e9, 'fr', { notation: 'compact' })).toBe('1,5 milliard');
  });

  it('formatFigure(2e9, "fr", compact) writes 2 milliards', () => {
    expect(formatFigure(2e9, 'fr', { notation: 'compact' })).toBe('2 milliards');
  });

  it('formatFigure(1.5e9, "fr", compact, approximate) writes environ 1,5 milliard', () => {
    expect(formatFigure(1.5e9, 'fr', { notation: 'compact', approximate: true })).toBe('environ 1,5 milliard');
  });

  it('formatFigure(100, "fr") writes 100', () => {
    expect(formatFigure(100, 'fr')).toBe('100');
  });

  it('formatFigure(0.5, "fr") writes 0,5 with a decimal comma', () => {
    expect(formatFigure(0.5, 'fr')).toBe('0,5');
  });
});

describe('formatFigure in English', () => {
  it('formatFigure(1400, "en") writes 1,400', () => {
    expect(formatFigure(1400, 'en')).toBe('1,400');
  });

  it('formatFigure(1400, "en", { approximate }) writes about 1,400', () => {
    expect(formatFigure(1400, 'en', { approximate: true })).toBe('about 1,400');
  });

  it('formatFigure(1.5e9, "en", compact) writes 1.5 billion', () => {
    expect(formatFigure(1.5e9, 'en', { notation: 'compact' })).toBe('1.5 billion');
  });

  it('formatFigure(1.5e9, "en", compact, approximate) writes about 1.5 billion', () => {
    expect(formatFigure(1.5e9, 'en', { notation: 'compact', approximate: true })).toBe('about 1.5 billion');
  });

  it('formatFigure(100, "en") writes 100 and is exact unless told otherwise', () => {
    expect(formatFigure(100, 'en')).toBe('100');
    expect(formatFigure(100, 'en', { approximate: false })).toBe('100');
  });
});

// The locale chooses digits and separators. Node 20's ICU 78 (like Chromium 156's) gives
// "ar" Latin digits with "," and "." (CLDR's default numbering system for "ar" is latn).
describe('formatFigure in Arabic (exact ICU 78 output, as in Node 20 and Chromium 156)', () => {
  it('formatFigure(1400, "ar") writes 1,400 (ICU 78: Latin digits)', () => {
    expect(formatFigure(1400, 'ar')).toBe('1,400');
  });

  it('formatFigure(1400, "ar", { approximate }) writes حوالي 1,400', () => {
    expect(formatFigure(1400, 'ar', { approximate: true })).toBe('حوالي 1,400');
  });

  it('formatFigure(1.5e9, "ar", compact) writes 1.5 مليار (ICU 78)', () => {
    expect(formatFigure(1.5e9, 'ar', { notation: 'compact' })).toBe('1.5 مليار');
  });

  it('formatFigure(1.5e9, "ar", compact, approximate) writes حوالي 1.5 مليار', () => {
    expect(formatFigure(1.5e9, 'ar', { notation: 'compact', approximate: true })).toBe('حوالي 1.5 مليار');
  });
});

describe('formatCount', () => {
  it('formatCount(3, lang) writes 3 in every language', () => {
    expect([formatCount(3, 'fr'), formatCount(3, 'en'), formatCount(3, 'ar')]).toEqual(['3', '3', '3']);
  });

  it('formatCount(12345, lang) groups thousands per locale', () => {
    expect([formatCount(12345, 'fr'), formatCount(12345, 'en'), formatCount(12345, 'ar')]).toEqual([
      `12${NNBSP}345`,
      '12,345',
      '12,345',
    ]);
  });

  it('formatCount(2.6, "en") rounds to a whole count', () => {
    expect(formatCount(2.6, 'en')).toBe('3');
  });
});

describe('formatNumber and formatNumberParts', () => {
  it('formatNumber(1400, lang) defaults to standard notation', () => {
    expect(formatNumber(1400, 'en')).toBe('1,400');
    expect(formatNumber(1400, 'en', 'compact')).toBe('1.4 thousand');
  });

  it('formatNumberParts(1.5e9, "fr", compact) sets the word milliard apart from 1,5', () => {
    expect(formatNumberParts(1.5e9, 'fr', 'compact')).toEqual([
      { type: 'integer', value: '1' },
      { type: 'decimal', value: ',' },
      { type: 'fraction', value: '5' },
      { type: 'literal', value: ' ' },
      { type: 'compact', value: 'milliard' },
    ]);
  });

  it('formatNumberParts joined equals formatNumber', () => {
    for (const lang of ['fr', 'en', 'ar'] as const) {
      const joined = formatNumberParts(1.5e9, lang, 'compact')
        .map((part) => part.value)
        .join('');
      expect(joined).toBe(formatNumber(1.5e9, lang, 'compact'));
    }
  });
});

describe('approximateWord and approximately', () => {
  it('approximateWord(lang) is environ / about / حوالي', () => {
    expect([approximateWord('fr'), approximateWord('en'), approximateWord('ar')]).toEqual([
      'environ',
      'about',
      'حوالي',
    ]);
  });

  it('approximately("3", lang) writes environ / about / حوالي before the number', () => {
    expect([approximately('3', 'fr'), approximately('3', 'en'), approximately('3', 'ar')]).toEqual([
      'environ 3',
      'about 3',
      'حوالي 3',
    ]);
  });
});

describe('formatCountryList', () => {
  it('formatCountryList(["BH", "MX", "AE"], "fr") writes Bahreïn, Mexique et Émirats arabes unis', () => {
    expect(formatCountryList(['BH', 'MX', 'AE'], 'fr')).toBe('Bahreïn, Mexique et Émirats arabes unis');
  });

  it('formatCountryList(["BH", "MX", "AE"], "en") writes Bahrain, Mexico and United Arab Emirates (no serial comma)', () => {
    expect(formatCountryList(['BH', 'MX', 'AE'], 'en')).toBe('Bahrain, Mexico and United Arab Emirates');
  });

  it('formatCountryList(["BH", "MX", "AE"], "ar") writes البحرين والمكسيك والإمارات العربية المتحدة (ICU 78)', () => {
    expect(formatCountryList(['BH', 'MX', 'AE'], 'ar')).toBe('البحرين والمكسيك والإمارات العربية المتحدة');
  });

  it('formatCountryList(["MX"], "en") writes one name alone', () => {
    expect(formatCountryList(['MX'], 'en')).toBe('Mexico');
  });
});

describe('formatSomeCountries', () => {
  const nine = ['BH', 'MX', 'AE', 'SA', 'MA', 'FR', 'IN', 'RW', 'TG'] as const;
  it('formatSomeCountries(8 codes, "en", others) names all 8', () => {
    expect(formatSomeCountries(nine.slice(0, 8), 'en', (n) => `${n} others`)).toBe(
      'Bahrain, Mexico, United Arab Emirates, Saudi Arabia, Morocco, France, India and Rwanda',
    );
  });
  it('formatSomeCountries(9 codes, "fr", others) names the first 5, then the 4 others', () => {
    expect(formatSomeCountries(nine, 'fr', (n) => `${n} autres pays`)).toBe(
      'Bahreïn, Mexique, Émirats arabes unis, Arabie saoudite, Maroc et 4 autres pays',
    );
  });
});

describe('languageName', () => {
  it('languageName("fr", lang) names French in the reader’s language', () => {
    expect([languageName('fr', 'fr'), languageName('fr', 'en'), languageName('fr', 'ar')]).toEqual([
      'français',
      'French',
      'الفرنسية',
    ]);
  });
});
