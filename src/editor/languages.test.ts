import { describe, expect, it } from 'vitest';
import { missingLanguages } from './languages.ts';

const text = (langs: string[]) => Object.fromEntries(langs.map((lang) => [lang, `(${lang})`]));
const all = ['fr', 'en', 'ar'];

describe('missingLanguages', () => {
  it('names each item that lacks a language the rest of the dataset has, with that language', () => {
    const root = {
      meta: { headline: text(all), standfirst: text(all), credits: text(all) },
      figures: [
        { unit: text(all), label: text(all) },
        { unit: text(['fr', 'en']), label: text(['fr', 'en']) },
      ],
      quotes: [
        { lang: 'fr', role: text(all), context: text(all), translations: { en: [''], ar: [''] } },
        { lang: 'fr', role: text(all), context: text(all), translations: { en: [''] } },
      ],
    };
    expect(missingLanguages(root)).toEqual([
      { path: ['figures', 1], langs: ['ar'] },
      { path: ['quotes', 1], langs: ['ar'] },
    ]);
  });

  it('counts a quote’s own language as one it has, and warns of nothing when every item has every language', () => {
    const root = {
      meta: { headline: text(['fr', 'en']), standfirst: text(['fr', 'en']), credits: text(['fr', 'en']) },
      quotes: [{ lang: 'en', role: text(['fr', 'en']), context: text(['fr', 'en']), translations: { fr: [''] } }],
    };
    expect(missingLanguages(root)).toEqual([]);
  });
});
