/**
 * A selection in a source's text, widened to whole words: the verbatim check
 * refuses an excerpt that starts or ends inside a word ("rès des mois"), so a
 * selection that a mouse stopped one letter short still gives a valid one.
 */

const WORD = /[\p{L}\p{N}\p{M}]/u;
const inWord = (character: string | undefined) => character !== undefined && WORD.test(character);

/**
 * Where the text between `start` and `end` lies once widened to the words it
 * cuts and trimmed of white space: `text.slice(from, to)` is the excerpt.
 */
export function wholeWords(text: string, start: number, end: number): { from: number; to: number } {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from > 0 && inWord(text[from - 1]) && inWord(text[from])) from--;
  while (to < text.length && inWord(text[to - 1]) && inWord(text[to])) to++;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return { from, to };
}
