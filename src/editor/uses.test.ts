import { describe, expect, it } from 'vitest';
import { usesOf } from './uses.ts';

const root = {
  meta: { article: 'article' },
  sources: [{ id: 'article' }, { id: 'suite' }],
  countries: [
    { code: 'BH', provenance: { source: 'article' } },
    { code: 'MA', provenance: { source: 'suite' } },
  ],
  figures: [
    { id: 'devices', countries: ['BH'], provenance: { source: 'article' } },
    { id: 'fine', countries: ['MA'], provenance: { source: 'suite' } },
  ],
  quotes: [
    { id: 'claim', source: 'article', figures: ['devices'], countries: [], respondsTo: [] },
    { id: 'ruling', source: 'suite', figures: ['fine'], countries: ['MA'], respondsTo: ['claim'] },
  ],
};

describe('usesOf', () => {
  it('lists the items quoted from a source, and the metadata that names it as the article', () => {
    expect(usesOf(root, ['sources', 1])).toEqual([
      ['countries', 1],
      ['figures', 1],
      ['quotes', 1],
    ]);
    expect(usesOf(root, ['sources', 0])).toEqual([['meta'], ['countries', 0], ['figures', 0], ['quotes', 0]]);
  });

  it('lists the figures and quotes that concern a country, the quotes that mention a figure or answer a quote', () => {
    expect(usesOf(root, ['countries', 1])).toEqual([
      ['figures', 1],
      ['quotes', 1],
    ]);
    expect(usesOf(root, ['figures', 0])).toEqual([['quotes', 0]]);
    expect(usesOf(root, ['quotes', 0])).toEqual([['quotes', 1]]);
  });

  it('finds nothing for an entry without an id yet, or for a field that is not an entry', () => {
    expect(usesOf({ sources: [{ id: '' }], quotes: [{ source: '' }] }, ['sources', 0])).toEqual([]);
    expect(usesOf(root, ['figures', 0, 'countries', 0])).toEqual([]);
  });
});
