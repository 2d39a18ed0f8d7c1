import { describe, expect, it } from 'vitest';
import type { Quote } from '../dataset/schema.ts';
import { NO_HIGHLIGHT } from '../events.ts';
import {
  answersTo,
  excerpt,
  fallbackLang,
  filterQuotes,
  isHighlighted,
  needsOrganisation,
  shownText,
  slideWindow,
  wrapIndex,
} from './quote-view.ts';

const quote = (over: Partial<Quote> = {}): Quote => ({
  id: 'q',
  side: 'whatsapp',
  speaker: 'S',
  role: { fr: 'r', en: 'r' },
  organisation: 'O',
  context: { fr: 'c', en: 'c' },
  lang: 'fr',
  passages: ['Bonjour.', 'Suite.'],
  translations: { en: ['Hello.', 'More.'] },
  respondsTo: [],
  figures: [],
  countries: [],
  source: 'article',
  ...over,
});

describe('shownText', () => {
  it('shownText(quote, "fr") is the verbatim original for a French quote', () => {
    expect(shownText(quote(), 'fr')).toEqual({ kind: 'original', passages: ['Bonjour.', 'Suite.'], lang: 'fr' });
  });

  it('shownText(quote, "en") is the English translation, flagged', () => {
    expect(shownText(quote(), 'en')).toEqual({ kind: 'translation', passages: ['Hello.', 'More.'], lang: 'en' });
  });

  it('shownText(quote, "en", true) is the original when the reader asks for it', () => {
    expect(shownText(quote(), 'en', true)).toMatchObject({ kind: 'original', lang: 'fr' });
  });

  it('shownText(quote, "ar") falls back to the original when there is no Arabic translation', () => {
    expect(shownText(quote(), 'ar')).toEqual({ kind: 'untranslated', passages: ['Bonjour.', 'Suite.'], lang: 'fr' });
    expect(shownText(quote({ translations: { en: ['x'], ar: ['مرحبا'] } }), 'ar')).toMatchObject({
      kind: 'translation',
      lang: 'ar',
    });
  });

  it('shownText treats a regional original tag (fr-FR) as French', () => {
    expect(shownText(quote({ lang: 'fr-FR' }), 'fr').kind).toBe('original');
  });
});

describe('excerpt', () => {
  it('excerpt keeps a short text whole', () => {
    expect(excerpt('Nous contestons.', 72)).toBe('Nous contestons.');
  });

  it('excerpt cuts at a word boundary and ends with …', () => {
    const text = 'Après des mois d’enquête, nous pouvons dire qui a mené cette attaque.';
    expect(excerpt(text, 26)).toBe('Après des mois d’enquête…');
  });

  it('excerpt never returns more than max characters before the ellipsis', () => {
    const text = 'a'.repeat(100);
    expect(excerpt(text, 20)).toBe(`${'a'.repeat(20)}…`);
  });
});

describe('isHighlighted', () => {
  it('isHighlighted is false for an empty highlight', () => {
    expect(isHighlighted(quote({ figures: ['targets'], countries: ['MX'] }), NO_HIGHLIGHT)).toBe(false);
  });

  it('isHighlighted matches a quote by id, figure or country', () => {
    expect(isHighlighted(quote(), { ...NO_HIGHLIGHT, quotes: ['q'] })).toBe(true);
    expect(isHighlighted(quote({ figures: ['targets'] }), { ...NO_HIGHLIGHT, figures: ['targets'] })).toBe(true);
    expect(isHighlighted(quote({ countries: ['MX'] }), { ...NO_HIGHLIGHT, countries: ['MX'] })).toBe(true);
    expect(isHighlighted(quote({ countries: ['MX'] }), { ...NO_HIGHLIGHT, countries: ['BH'] })).toBe(false);
  });
});

describe('answersTo and filterQuotes', () => {
  const claim = quote({ id: 'claim' });
  const reply = quote({ id: 'reply', side: 'nso', respondsTo: ['claim'] });

  it('answersTo(quotes, "claim") lists the quotes whose respondsTo names it', () => {
    expect(answersTo([claim, reply], 'claim').map((q) => q.id)).toEqual(['reply']);
    expect(answersTo([claim, reply], 'reply')).toEqual([]);
  });

  it('filterQuotes keeps one side, or all of them in order', () => {
    expect(filterQuotes([claim, reply], 'nso').map((q) => q.id)).toEqual(['reply']);
    expect(filterQuotes([claim, reply], 'all').map((q) => q.id)).toEqual(['claim', 'reply']);
  });
});

describe('wrapIndex', () => {
  it('wrapIndex wraps past both ends', () => {
    expect(wrapIndex(4, 1, 5)).toBe(0);
    expect(wrapIndex(0, -1, 5)).toBe(4);
    expect(wrapIndex(2, 1, 5)).toBe(3);
  });
});

describe('slideWindow', () => {
  it('slideWindow lays out every slide of a dozen quotes', () => {
    const lengths = [5, 9, 1, 3, 7, 2, 8, 4, 6, 1, 2, 3];
    expect(slideWindow(lengths.length, 4, (i) => lengths[i]!)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('slideWindow([…200 lengths], 150) keeps the current slide and the two with the most text, in order', () => {
    const lengths = Array.from({ length: 200 }, (_, i) => (i === 42 ? 900 : i === 7 ? 800 : 100 + (i % 10)));
    expect(slideWindow(lengths.length, 150, (i) => lengths[i]!)).toEqual([7, 42, 150]);
  });

  it('slideWindow never lists a slide twice when the current one has the most text', () => {
    const lengths = Array.from({ length: 20 }, (_, i) => (i === 3 ? 500 : i === 9 ? 400 : 10));
    expect(slideWindow(lengths.length, 3, (i) => lengths[i]!)).toEqual([3, 9]);
  });
});

describe('needsOrganisation', () => {
  it('needsOrganisation is false when the speaker or the role already names it', () => {
    expect(
      needsOrganisation('NSO Group', { fr: 'déclaration de la société', en: 'company statement' }, 'NSO Group'),
    ).toBe(false);
    expect(
      needsOrganisation('Will Cathcart', { fr: 'responsable de WhatsApp', en: 'head of WhatsApp' }, 'WhatsApp'),
    ).toBe(false);
  });

  it('needsOrganisation is false for a translation that writes the organisation in its own script', () => {
    const role = { fr: 'responsable de WhatsApp', en: 'head of WhatsApp', ar: 'رئيس واتساب' };
    expect(needsOrganisation('Will Cathcart', role, 'WhatsApp')).toBe(false);
  });

  it('needsOrganisation is true when no language of the role names it', () => {
    expect(
      needsOrganisation('Will Cathcart', { fr: 'responsable de la messagerie', en: 'head of messaging' }, 'WhatsApp'),
    ).toBe(true);
  });
});

describe('fallbackLang', () => {
  it('fallbackLang is undefined when the text exists in the language, "fr" when French stands in', () => {
    expect(fallbackLang({ fr: 'a', en: 'b' }, 'en')).toBeUndefined();
    expect(fallbackLang({ fr: 'a', en: 'b' }, 'ar')).toBe('fr');
    expect(fallbackLang({ fr: 'a', en: 'b', ar: 'ج' }, 'ar')).toBeUndefined();
  });
});
