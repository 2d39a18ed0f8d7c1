import { describe, expect, it } from 'vitest';
import { getAt, hasPath, nearestExisting, pathId, pathPattern, removeAt, setAt } from './paths.ts';

const doc = () => ({
  $schema: 's',
  figures: [
    { id: 'devices', value: 1400 },
    { id: 'targets', value: 100 },
  ],
});

describe('getAt', () => {
  it('reads nested object keys and array indices', () => {
    expect(getAt(doc(), ['figures', 1, 'value'])).toBe(100);
  });
  it('returns undefined for a missing step, without throwing on primitives', () => {
    expect(getAt(doc(), ['figures', 5, 'value'])).toBeUndefined();
    expect(getAt(doc(), ['figures', 0, 'value', 'x'])).toBeUndefined();
    expect(getAt(doc(), ['toString'])).toBeUndefined();
  });
});

describe('setAt', () => {
  it('writes a copy and leaves the original untouched', () => {
    const original = doc();
    const next = setAt(original, ['figures', 0, 'value'], 1500);
    expect(getAt(next, ['figures', 0, 'value'])).toBe(1500);
    expect(original.figures[0]?.value).toBe(1400);
    expect(getAt(next, ['figures', 1])).toBe(original.figures[1]);
  });
  it('keeps the key order, $schema first, and puts a new key last', () => {
    const next = setAt(doc(), ['version'], 1);
    expect(Object.keys(next as object)).toEqual(['$schema', 'figures', 'version']);
    expect(Object.keys(setAt(doc(), ['$schema'], 't') as object)).toEqual(['$schema', 'figures']);
  });
  it('appends when the index is one past the end', () => {
    const next = setAt(doc(), ['figures', 2], { id: 'new' });
    expect(getAt(next, ['figures', 2, 'id'])).toBe('new');
    expect(Array.isArray(getAt(next, ['figures']))).toBe(true);
  });
  it('creates missing objects along the path', () => {
    expect(setAt({}, ['meta', 'headline', 'fr'], 'Titre')).toEqual({ meta: { headline: { fr: 'Titre' } } });
  });
});

describe('removeAt', () => {
  it('removes an array item and shifts the rest', () => {
    const next = removeAt(doc(), ['figures', 0]);
    expect(getAt(next, ['figures', 0, 'id'])).toBe('targets');
    expect(getAt(next, ['figures', 1])).toBeUndefined();
  });
  it('removes an object key, leaving the original untouched', () => {
    const original = doc();
    expect(Object.keys(removeAt(original, ['$schema']) as object)).toEqual(['figures']);
    expect(original.$schema).toBe('s');
  });
  it('returns the same value when the path does not exist', () => {
    const original = doc();
    expect(removeAt(original, ['nope'])).toBe(original);
  });
});

describe('nearestExisting', () => {
  it('keeps a path that exists', () => {
    expect(nearestExisting(doc(), ['figures', 0, 'value'])).toEqual(['figures', 0, 'value']);
  });
  it('climbs to the object that should hold a missing field', () => {
    expect(nearestExisting(doc(), ['figures', 0, 'approximate'])).toEqual(['figures', 0]);
    expect(nearestExisting(doc(), ['meta', 'headline', 'fr'])).toEqual([]);
  });
  it('treats hasPath as existence', () => {
    expect(hasPath(doc(), ['figures', 1, 'id'])).toBe(true);
    expect(hasPath(doc(), ['figures', 2])).toBe(false);
  });
});

describe('pathId', () => {
  it('joins plain keys and indices', () => {
    expect(pathId(['figures', 0, 'value'])).toBe('f-figures-0-value');
  });
  it('escapes other characters so distinct keys give distinct ids', () => {
    expect(pathId(['$schema'])).toBe('f-_24_schema');
    expect(pathId(['a b'])).not.toBe(pathId(['a-b']));
    expect(pathId(['a-b'])).toBe('f-a_2d_b');
  });
});

describe('pathPattern', () => {
  it('replaces indices with *', () => {
    expect(pathPattern(['quotes', 2, 'translations', 'en', 0])).toBe('quotes.*.translations.en.*');
  });
});
