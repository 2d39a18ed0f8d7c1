import { describe, expect, it } from 'vitest';
import { wholeWords } from './selection.ts';

const text = 'Après des mois d’enquête, nous pouvons dire qui a mené cette attaque.';
const words = (start: number, end: number) => {
  const { from, to } = wholeWords(text, start, end);
  return text.slice(from, to);
};

describe('wholeWords', () => {
  it('keeps a selection that already starts and ends on word edges, trimmed', () => {
    const start = text.indexOf(' nous');
    expect(words(start, text.length)).toBe('nous pouvons dire qui a mené cette attaque.');
  });

  it('widens a selection that cuts a word at either end to the whole word', () => {
    expect(words(2, text.indexOf('enquête') + 3)).toBe('Après des mois d’enquête');
  });

  it('reads a backward selection (focus before anchor) the same way', () => {
    expect(words(14, 0)).toBe('Après des mois');
  });
});
