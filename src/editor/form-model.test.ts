import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../dataset/validate.ts';
import {
  choicesAt,
  isCountryCode,
  isLongText,
  isNumber,
  isRemovableKey,
  listName,
  missingKeys,
  newItem,
  newTranslation,
  recordKind,
  typedNumber,
} from './form-model.ts';
import { setAt } from './paths.ts';

const dataset: unknown = JSON.parse(readFileSync('data/dataset.json', 'utf8'));

describe('choicesAt', () => {
  it('offers the schema enums', () => {
    expect(choicesAt(dataset, ['figures', 0, 'notation'])).toEqual(['standard', 'compact']);
    expect(choicesAt(dataset, ['quotes', 3, 'side'])).toEqual(['whatsapp', 'nso']);
    expect(choicesAt(dataset, ['countries', 0, 'code'])).toHaveLength(250);
    expect(choicesAt(dataset, ['countries', 0, 'code'])).toContain('XK');
  });

  it('offers the ids the dataset defines for references', () => {
    expect(choicesAt(dataset, ['quotes', 0, 'source'])).toEqual(['article']);
    expect(choicesAt(dataset, ['figures', 0, 'countries', 0])).toEqual(['BH', 'MX', 'AE']);
    expect(choicesAt(dataset, ['quotes', 3, 'figures', 0])).toEqual(['devices', 'targets', 'exposed']);
    expect(choicesAt(dataset, ['quotes', 3, 'respondsTo', 0])).toHaveLength(5);
  });

  it('leaves free text free', () => {
    expect(choicesAt(dataset, ['quotes', 0, 'speaker'])).toBeUndefined();
    expect(choicesAt(dataset, ['meta', 'headline', 'fr'])).toBeUndefined();
  });
});

describe('newItem', () => {
  it('makes a figure, country or quote with every required field, referencing the first source', () => {
    const figure = newItem(dataset, ['figures']);
    expect(Object.keys(figure as object)).toEqual([
      'id',
      'value',
      'approximate',
      'notation',
      'unit',
      'label',
      'countries',
      'provenance',
    ]);
    expect(newItem(dataset, ['countries'])).toMatchObject({ status: 'reported', provenance: { source: 'article' } });
    expect(newItem(dataset, ['quotes'])).toMatchObject({
      passages: [''],
      translations: { en: [''] },
      source: 'article',
    });
  });

  it('adds empty passages and references, and nothing to fixed lists', () => {
    expect(newItem(dataset, ['quotes', 1, 'passages'])).toBe('');
    expect(newItem(dataset, ['quotes', 1, 'translations', 'en'])).toBe('');
    expect(newItem(dataset, ['figures', 0, 'countries'])).toBe('');
    expect(newItem(dataset, ['meta'])).toBeUndefined();
  });

  it('a new figure only fails on the fields an editor must fill', () => {
    const withFigure = setAt(dataset, ['figures', 3], newItem(dataset, ['figures']));
    const result = validateDataset(withFigure);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path.join('.')).sort()).toEqual(
      [
        'figures.3.id',
        'figures.3.label.en',
        'figures.3.label.fr',
        'figures.3.provenance.excerpt',
        'figures.3.unit.en',
        'figures.3.unit.fr',
        'figures.3.value',
      ].sort(),
    );
  });
});

describe('fields that may be added or removed', () => {
  it('lists the missing required and optional keys of a known object', () => {
    expect(missingKeys(dataset, ['sources', 0]).map(([key]) => key)).toEqual(['publisher', 'url', 'published']);
    expect(missingKeys({ figures: [{ id: 'x' }] }, ['figures', 0]).map(([key]) => key)).toContain('approximate');
    expect(missingKeys({ meta: { headline: { en: 'x' } } }, ['meta', 'headline'])).toEqual([['fr', '']]);
  });

  it('lets optional fields, extra languages and translations go, but not required ones', () => {
    expect(isRemovableKey(['sources', 0, 'url'])).toBe(true);
    expect(isRemovableKey(['sources', 0, 'id'])).toBe(false);
    expect(isRemovableKey(['meta', 'headline', 'ar'])).toBe(true);
    expect(isRemovableKey(['meta', 'headline', 'fr'])).toBe(false);
    expect(isRemovableKey(['quotes', 0, 'translations', 'en'])).toBe(true);
    expect(isRemovableKey(['figures', 0, 'colour'])).toBe(true);
  });

  it('a new translation has as many passages as the original', () => {
    expect(newTranslation(dataset, ['quotes', 4])).toEqual(['', '', '', '']);
  });
});

describe('presentation', () => {
  it('knows texts by language, translations and plain objects apart', () => {
    expect(recordKind(['figures', 2, 'unit'])).toBe('localized');
    expect(recordKind(['quotes', 2, 'translations'])).toBe('translations');
    expect(recordKind(['figures', 2, 'provenance'])).toBe('fields');
  });

  it('keeps numbers in number fields', () => {
    expect(isNumber(['figures', 1, 'value'])).toBe(true);
    expect(isNumber(['version'])).toBe(true);
    expect(isNumber(['countries', 0, 'count'])).toBe(false);
  });

  it('gives excerpts, passages and long texts a multi-line box', () => {
    expect(isLongText(['figures', 0, 'provenance', 'excerpt'])).toBe(true);
    expect(isLongText(['quotes', 0, 'translations', 'en', 0])).toBe(true);
    expect(isLongText(['meta', 'standfirst', 'ar'])).toBe(true);
    expect(isLongText(['quotes', 0, 'speaker'])).toBe(false);
    expect(isLongText(['meta', 'headline', 'fr'])).toBe(false);
  });

  it('names list items by their list, translations included', () => {
    expect(listName(['quotes', 0, 'translations', 'en'])).toBe('translations');
    expect(listName(['figures'])).toBe('figures');
    expect(isCountryCode(['quotes', 0, 'countries', 1])).toBe(true);
    expect(isCountryCode(['quotes', 0, 'source'])).toBe(false);
  });
});

describe('typedNumber', () => {
  it('typedNumber("1,5") is 1.5: a French decimal comma', () => {
    expect(typedNumber('1,5')).toBe(1.5);
    expect(typedNumber('1.5')).toBe(1.5);
  });
  it('typedNumber("1 400") is 1400, with any of the spaces French puts between thousands', () => {
    expect(typedNumber('1 400')).toBe(1400);
    expect(typedNumber('1\u00a0500\u202f000,5')).toBe(1500000.5);
    expect(typedNumber('1.5e9')).toBe(1.5e9);
  });
  it('typedNumber("1,400") and typedNumber("1.400") stay text: 1.4 or 1400, by language', () => {
    expect(typedNumber('1,400')).toBe('1,400');
    expect(typedNumber('1.400')).toBe('1.400');
  });
  it('typedNumber keeps what is not a number as text, for the validator to flag, and "" as null', () => {
    expect(typedNumber('12abc')).toBe('12abc');
    expect(typedNumber('1e')).toBe('1e');
    expect(typedNumber('14 00')).toBe('14 00');
    expect(typedNumber('  ')).toBeNull();
  });
});
