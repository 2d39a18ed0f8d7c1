import { describe, expect, it } from 'vitest';
import type { DatasetError } from '../dataset/validate.ts';
import { errorsByField, fieldMessage, placeErrors } from './errors.ts';

const root = { figures: [{ id: 'devices', value: -1 }] };
const negative: DatasetError = { path: ['figures', 0, 'value'], code: 'negative', received: '-1' };
const missing: DatasetError = { path: ['figures', 0, 'approximate'], code: 'required', expected: 'boolean' };
const atRoot: DatasetError = { path: ['meta'], code: 'required', expected: 'object' };

describe('placeErrors', () => {
  it('places an error on its own field when the field exists', () => {
    expect(placeErrors(root, [negative])[0]).toMatchObject({
      at: ['figures', 0, 'value'],
      fieldId: 'f-figures-0-value',
    });
  });

  it('places a missing field on the nearest existing parent', () => {
    expect(placeErrors(root, [missing])[0]).toMatchObject({ at: ['figures', 0], fieldId: 'f-figures-0' });
    expect(placeErrors(root, [atRoot])[0]).toMatchObject({ at: [], fieldId: 'f' });
  });

  it('groups errors by field, in order', () => {
    const grouped = errorsByField(placeErrors(root, [negative, missing, negative]));
    expect([...grouped.keys()]).toEqual(['f-figures-0-value', 'f-figures-0']);
    expect(grouped.get('f-figures-0-value')).toHaveLength(2);
  });
});

describe('fieldMessage', () => {
  it('drops the path for an error on the field itself', () => {
    const [placed] = placeErrors(root, [negative]);
    expect(fieldMessage(placed!, 'en')).toBe('expected a number of at least 0; got -1');
    expect(fieldMessage(placed!, 'fr')).toBe('attendu : un nombre positif ou nul ; reçu -1');
  });

  it('asks to choose from the list for a country code, which the editor offers as one', () => {
    const withCountry = { countries: [{ code: '' }] };
    const [placed] = placeErrors(withCountry, [
      { path: ['countries', 0, 'code'], code: 'country-code', received: '""' },
    ]);
    expect(fieldMessage(placed!, 'fr')).toBe('choisissez un pays dans la liste');
  });

  it('names the missing child when shown on its parent', () => {
    const [placed] = placeErrors(root, [missing]);
    expect(fieldMessage(placed!, 'en')).toBe('approximate: required field is missing (expected boolean)');
    expect(fieldMessage(placed!, 'fr')).toBe('approximate : champ obligatoire manquant (attendu : vrai ou faux)');
  });
});
