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
  it('says what to type, in the editor’s words, for an error on the field itself', () => {
    const [placed] = placeErrors(root, [negative]);
    expect(fieldMessage(placed!, 'en')).toBe('Type a number of at least 0');
    expect(fieldMessage(placed!, 'fr')).toBe('Écrivez un nombre positif ou nul');
  });

  it('says "Required" for a field left empty or never filled, whatever the schema expected', () => {
    const blank = { figures: [{ id: '', value: null }] };
    const placed = placeErrors(blank, [
      { path: ['figures', 0, 'id'], code: 'id', received: '""' },
      { path: ['figures', 0, 'value'], code: 'type', expected: 'number', received: 'null' },
    ]);
    expect(placed.map((p) => fieldMessage(p, 'en'))).toEqual(['Required', 'Required']);
    expect(placed.map((p) => fieldMessage(p, 'fr'))).toEqual(['Obligatoire', 'Obligatoire']);
  });

  it('points a reference to a deleted source to undoing or re-adding it, not to another source', () => {
    const orphan = { quotes: [{ source: 'suite' }] };
    const [placed] = placeErrors(orphan, [
      { path: ['quotes', 0, 'source'], code: 'missing-ref', received: '"suite"', values: ['article'] },
    ]);
    const message = fieldMessage(placed!, 'fr');
    expect(message).toMatch(/^La source « suite » n’existe pas ou plus\. .*Ctrl\+Z/);
    expect(message).not.toMatch(/article/);
  });

  it('asks to choose from the list for a country code, which the editor offers as one', () => {
    const withCountry = { countries: [{ code: '' }] };
    const [placed] = placeErrors(withCountry, [
      { path: ['countries', 0, 'code'], code: 'country-code', received: '""' },
    ]);
    expect(fieldMessage(placed!, 'fr')).toBe('Obligatoire');
    const [wrong] = placeErrors(withCountry, [
      { path: ['countries', 0, 'code'], code: 'country-code', received: '"XX"' },
    ]);
    expect(fieldMessage(wrong!, 'fr')).toBe('Choisissez un pays dans la liste');
  });

  it('names the missing child by its label when shown on its parent', () => {
    const [placed] = placeErrors(root, [missing]);
    expect(fieldMessage(placed!, 'en')).toBe('Approximate: required; add the field with the button below');
    expect(fieldMessage(placed!, 'fr')).toBe('Approximatif : obligatoire ; ajoutez le champ avec le bouton ci-dessous');
  });
});
