/** The shipped dataset itself: what the article supports, in every language the graphic offers. */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n/lang.ts';
import { EMBEDDED_DATASET as d } from './embedded.ts';

/** Every localized text in the dataset, with its path. */
function localizedTexts(value: unknown, path = ''): [string, Record<string, string>][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.fr === 'string' && typeof record.en === 'string') return [[path, record as Record<string, string>]];
  return Object.entries(record).flatMap(([k, v]) => localizedTexts(v, path ? `${path}.${k}` : k));
}

describe('the shipped dataset', () => {
  it('reports Bahrain, Mexico and the United Arab Emirates, with no invented per-country count', () => {
    expect(d.countries.map((c) => [c.code, c.status, c.count])).toEqual([
      ['BH', 'reported', 'not-disclosed'],
      ['MX', 'reported', 'not-disclosed'],
      ['AE', 'reported', 'not-disclosed'],
    ]);
  });

  it('holds the three figures of the article', () => {
    expect(d.figures.map((f) => [f.id, f.value, f.approximate])).toEqual([
      ['devices', 1400, true],
      ['targets', 100, false],
      ['exposed', 1_500_000_000, true],
    ]);
  });

  it('gives every text meant for readers in fr, en and ar', () => {
    const missing = localizedTexts(d).flatMap(([path, text]) =>
      LANGS.filter((l) => !text[l]).map((l) => `${path}.${l}`),
    );
    expect(missing).toEqual([]);
  });

  it('translates every quote into en and ar, passage for passage', () => {
    for (const q of d.quotes) {
      expect(Object.keys(q.translations).sort(), q.id).toEqual(['ar', 'en']);
      expect(q.translations.ar?.length, q.id).toBe(q.passages.length);
    }
  });

  it("pairs NSO's answers with the accusations they answer", () => {
    const nso = d.quotes.filter((q) => q.side === 'nso');
    expect(nso.flatMap((q) => q.respondsTo).sort()).toEqual([
      'cathcart-evidence',
      'cathcart-investigation',
      'cathcart-targets',
    ]);
  });
});
