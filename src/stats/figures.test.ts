import { describe, expect, it } from 'vitest';
import { EMBEDDED_DATASET } from '../dataset/embedded.ts';
import type { Country, CountryCode, Dataset } from '../dataset/schema.ts';
import { NO_HIGHLIGHT } from '../events.ts';
import { COUNTRIES_FIGURE_ID, figuresOf, isMarked } from './figures.ts';

const data = EMBEDDED_DATASET;

function withCountries(codes: CountryCode[]): Dataset {
  const template = data.countries[0] as Country;
  return { ...data, countries: codes.map((code) => ({ ...template, code })) };
}

describe('figuresOf', () => {
  it('figuresOf(dataset, "fr") shows every dataset figure in order, then the derived count of countries', () => {
    expect(figuresOf(data, 'fr').map((f) => f.id)).toEqual([...data.figures.map((f) => f.id), COUNTRIES_FIGURE_ID]);
  });

  it('figuresOf(dataset, lang) takes values, flags and notation from the dataset', () => {
    const shown = figuresOf(data, 'en');
    data.figures.forEach((figure, i) => {
      expect(shown[i]).toMatchObject({
        value: figure.value,
        approximate: figure.approximate,
        notation: figure.notation,
        unit: figure.unit.en,
        label: figure.label.en,
        countries: figure.countries,
      });
    });
  });

  it('figuresOf(dataset, lang) cites each figure’s excerpt with its source’s title', () => {
    const devices = figuresOf(data, 'fr').find((f) => f.id === 'devices');
    expect(devices?.citations).toEqual([
      {
        excerpt: data.figures[0]?.provenance.excerpt,
        title: 'WhatsApp poursuit NSO en justice, une structure israélienne d’espionnage numérique',
        lang: 'fr',
        url: undefined,
      },
    ]);
  });

  it('the count of countries is dataset.countries.length, with their shared excerpt cited once', () => {
    const countries = figuresOf(data, 'fr').at(-1);
    expect(countries).toMatchObject({
      id: COUNTRIES_FIGURE_ID,
      value: data.countries.length,
      approximate: false,
      notation: 'standard',
      unit: 'pays cités',
      label: 'Bahreïn, Mexique et Émirats arabes unis, parmi les pays où des infections ont été signalées',
      countries: ['BH', 'MX', 'AE'],
    });
    expect(countries?.citations.map((c) => c.excerpt)).toEqual([data.countries[0]?.provenance.excerpt]);
  });

  it('the count of countries follows a changed dataset and its plural (1 country named)', () => {
    const countries = figuresOf(withCountries(['MX']), 'en').at(-1);
    expect(countries).toMatchObject({
      value: 1,
      unit: 'country named',
      label: expect.stringMatching(/: Mexico$/),
    });
  });

  it('the count of countries takes the Arabic plural for 3 and the singular for 11', () => {
    expect(figuresOf(data, 'ar').at(-1)?.unit).toBe('دول مذكورة');
    const eleven: CountryCode[] = ['BH', 'MX', 'AE', 'FR', 'DE', 'ES', 'IT', 'MA', 'DZ', 'TN', 'EG'];
    expect(figuresOf(withCountries(eleven), 'ar').at(-1)).toMatchObject({ value: 11, unit: 'دولة مذكورة' });
  });

  it('the count of countries names the first 5 of 45 and how many others, not a column of 45 names', () => {
    const many: CountryCode[] = ['BH', 'MX', 'AE', 'SA', 'MA', ...Array.from({ length: 40 }, () => 'FR' as const)];
    expect(figuresOf(withCountries(many), 'fr').at(-1)).toMatchObject({
      value: 45,
      label:
        'Bahreïn, Mexique, Émirats arabes unis, Arabie saoudite, Maroc et 40 autres pays, parmi les pays où des infections ont été signalées',
    });
  });

  it('a dataset naming no country shows no count of countries', () => {
    expect(figuresOf(withCountries([]), 'fr').map((f) => f.id)).not.toContain(COUNTRIES_FIGURE_ID);
  });

  it('distinct excerpts for the countries are all cited', () => {
    const dataset = withCountries(['BH', 'MX']);
    const second = dataset.countries[1] as Country;
    dataset.countries[1] = { ...second, provenance: { source: 'article', excerpt: 'Autre extrait.' } };
    expect(
      figuresOf(dataset, 'fr')
        .at(-1)
        ?.citations.map((c) => c.excerpt),
    ).toEqual([data.countries[0]?.provenance.excerpt, 'Autre extrait.']);
  });

  it('unit and label are tagged French where the dataset has no Arabic text, Arabic where it has', () => {
    const figure = data.figures[0] as Dataset['figures'][number];
    const { fr, en } = figure.label;
    const french = { ...figure, unit: { fr: figure.unit.fr, en: figure.unit.en }, label: { fr, en } };
    expect(figuresOf({ ...data, figures: [french] }, 'ar')[0]).toMatchObject({
      unitLang: 'fr',
      labelLang: 'fr',
      unit: 'appareils infectés',
    });
    const halfway = { ...french, unit: { ...french.unit, ar: 'جهاز مصاب' } };
    expect(figuresOf({ ...data, figures: [halfway] }, 'ar')[0]).toMatchObject({
      unitLang: 'ar',
      labelLang: 'fr',
      unit: 'جهاز مصاب',
    });
  });
});

describe('isMarked', () => {
  const devices = { id: 'devices', countries: ['BH', 'MX', 'AE'] as CountryCode[] };
  const targets = { id: 'targets', countries: [] as CountryCode[] };

  it('isMarked(figure, highlight) is true when the figure’s id is highlighted', () => {
    expect(isMarked(targets, { ...NO_HIGHLIGHT, figures: ['targets'] })).toBe(true);
  });

  it('isMarked(figure, highlight) is true when one of its countries is highlighted', () => {
    expect(isMarked(devices, { ...NO_HIGHLIGHT, countries: ['MX'] })).toBe(true);
  });

  it('isMarked(figure, highlight) is false for other figures and countries, and for no highlight', () => {
    expect(isMarked(devices, { countries: ['FR'], figures: ['targets'], quotes: ['devices'] })).toBe(false);
    expect(isMarked(targets, { ...NO_HIGHLIGHT, countries: ['MX'] })).toBe(false);
    expect(isMarked(devices, NO_HIGHLIGHT)).toBe(false);
  });
});
