import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isVerbatim, mismatchIn, normaliseForComparison } from './provenance.ts';

const article = readFileSync(new URL('../../data/sources/article.fr.txt', import.meta.url), 'utf8');

describe('normaliseForComparison', () => {
  it('normaliseForComparison folds typographic apostrophes to a straight one', () => {
    expect(normaliseForComparison('d’enquête l‘x')).toBe("d'enquête l'x");
  });
  it('normaliseForComparison folds guillemets and curly quotes to straight quotes, without the spaces beside them', () => {
    expect(normaliseForComparison('« oui » “non”')).toBe('"oui""non"');
  });
  it('normaliseForComparison drops the space before punctuation that French typography adds', () => {
    expect(normaliseForComparison('ciblé\u202f: « 100 défenseurs »\u00a0!')).toBe('ciblé:"100 défenseurs"!');
  });
  it('normaliseForComparison collapses runs of spaces, newlines and no-break spaces', () => {
    expect(normaliseForComparison(' 1\u202f400 \n\n appareils\u00a0 ')).toBe('1 400 appareils');
  });
  it('normaliseForComparison keeps letters, accents and punctuation as they are', () => {
    expect(normaliseForComparison('Émirats, Bahreïn.')).toBe('Émirats, Bahreïn.');
  });
});

describe('isVerbatim', () => {
  it('isVerbatim accepts straight quotes and English spacing for French guillemets and colons', () => {
    expect(isVerbatim('qu’il accuse avoir ciblé: "100 défenseurs des droits humains', article)).toBe(true);
    expect(isVerbatim('qu’il accuse avoir ciblé : «100 défenseurs des droits humains', article)).toBe(true);
  });
  it('isVerbatim accepts an exact sentence of the article', () => {
    expect(isVerbatim('Après des mois d’enquête, nous pouvons dire qui a mené cette attaque.', article)).toBe(true);
  });
  it('isVerbatim accepts straight apostrophes and other white space', () => {
    expect(isVerbatim("Après des mois d'enquête,\n nous pouvons dire", article)).toBe(true);
  });
  it('isVerbatim refuses a changed word', () => {
    expect(isVerbatim('Après des semaines d’enquête, nous pouvons dire qui a mené cette attaque.', article)).toBe(
      false,
    );
  });
  it('isVerbatim refuses a changed figure', () => {
    expect(isVerbatim('environ 1 500 appareils', article)).toBe(false);
  });
  it('isVerbatim treats (…) as a gap between parts found in order', () => {
    expect(isVerbatim('établis dans le passé. (…) Et nous avons pu relier', article)).toBe(true);
    expect(isVerbatim('Nous avons découvert (…) effacer leurs traces.', article)).toBe(true);
  });
  it('isVerbatim refuses parts around (…) given out of order', () => {
    expect(isVerbatim('effacer leurs traces. (…) Nous avons découvert', article)).toBe(false);
  });
  it('isVerbatim refuses an excerpt that is only an elision', () => {
    expect(isVerbatim('(…)', article)).toBe(false);
  });
  it('isVerbatim refuses an excerpt that starts inside a word: "rès des mois" out of "Après des mois"', () => {
    expect(isVerbatim('rès des mois d’enquête', article)).toBe(false);
  });
  it('isVerbatim refuses an excerpt that ends inside a word: "qui a mené cette atta"', () => {
    expect(isVerbatim('nous pouvons dire qui a mené cette atta', article)).toBe(false);
  });
  it('isVerbatim refuses a number cut short: "400 appareils" out of "1 400 appareils", "environ 1" out of "1,5"', () => {
    expect(isVerbatim('400 appareils qui aurait été infectés', article)).toBe(false);
    expect(isVerbatim('permis de pirater environ 1', article)).toBe(false);
    expect(isVerbatim('permis de pirater environ 1,5', article)).toBe(true);
    expect(isVerbatim('environ 1 400 appareils', article)).toBe(true);
  });
  it('isVerbatim accepts a part that starts after an apostrophe or ends before punctuation', () => {
    expect(isVerbatim('enquête, nous pouvons dire qui a mené cette attaque', article)).toBe(true);
  });
  it('isVerbatim refuses a quote from the site advertisement left out of the source copy', () => {
    expect(isVerbatim('Découvrez nos logiciels de piratage', article)).toBe(false);
  });
});

describe('mismatchIn', () => {
  const mismatch = mismatchIn(article);
  it('mismatchIn gives undefined for a verbatim excerpt', () => {
    expect(mismatch('Après des mois d’enquête, nous pouvons dire qui a mené cette attaque.')).toBeUndefined();
  });
  it('mismatchIn gives the text from the word with a typo: "enquete" for "enquête"', () => {
    expect(mismatch('Après des mois d’enquete, nous pouvons dire qui a mené cette attaque.')).toBe(
      "d'enquete, nous pouvons dire qui a mené ",
    );
  });
  it('mismatchIn gives the whole excerpt when its first word is cut: "rès des mois"', () => {
    expect(mismatch('rès des mois d’enquête')).toBe("rès des mois d'enquête");
  });
  it('mismatchIn gives the last word when it is cut: "atta"', () => {
    expect(mismatch('qui a mené cette atta')).toBe('atta');
  });
  it('mismatchIn looks for the part after an elision only after the part before it', () => {
    expect(mismatch('nous pouvons dire (…) Après des mois')).toBe('Après des mois');
  });
  it('mismatchIn gives "" for an excerpt with no text but an elision', () => {
    expect(mismatch('(…)')).toBe('');
  });
});
