/**
 * Verbatim checks: is a quote or excerpt word for word in its source text?
 *
 * Only what typesetting changes without changing words is normalised: white
 * space (including no-break spaces), typographic apostrophes and quotation
 * marks, and the space a language's typography puts or not beside quotation
 * marks and punctuation ("« 100 » :" in French is '"100":' in English).
 * "(…)" (or "(...)") in an excerpt marks an elision: the parts around it must
 * appear in the source in that order. Each part starts and ends on a
 * word's or a number's edge: "rès des mois" is not a quotation of "Après des
 * mois", nor "400 appareils" of "1 400 appareils".
 */

const SPACES = /[\s\u00a0\u2007\u202f]+/g;
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u2032`]/g;
const QUOTATION_MARKS = /[\u00ab\u00bb\u201c\u201d\u201e\u201f\u2039\u203a]/g;
const ELISION = /\((?:…|\.\.\.)\)/;

/** A space beside a quotation mark, or before punctuation. */
const TYPOGRAPHIC_SPACE = / (?=[",.:;!?])|(?<=") /g;

/** Normalises white space, apostrophes, quotation marks and the spaces around them, and nothing else. */
export function normaliseForComparison(text: string): string {
  return text
    .normalize('NFC')
    .replace(APOSTROPHES, "'")
    .replace(QUOTATION_MARKS, '"')
    .replace(SPACES, ' ')
    .replace(TYPOGRAPHIC_SPACE, '')
    .trim();
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
const DIGIT = /\p{Nd}/u;
const inWord = (character: string | undefined) => character !== undefined && WORD_CHARACTER.test(character);
const isDigit = (character: string | undefined) => character !== undefined && DIGIT.test(character);
/** A number's group or decimal separator once normalised: "1 400", "1,5", "1.5". */
const inNumber = (character: string | undefined) => character === ' ' || character === ',' || character === '.';

/**
 * Whether the text has a word or a number going on across `edge` (the index
 * between two characters): a part that starts or ends there cuts it ("400
 * appareils" out of "1 400 appareils").
 */
function cutAt(text: string, edge: number): boolean {
  const before = text[edge - 1];
  const after = text[edge];
  if (inWord(before) && inWord(after)) return true;
  // One separator between digits is inside a number.
  const separatorBefore = inNumber(before) && isDigit(text[edge - 2]) && isDigit(after);
  const separatorAfter = inNumber(after) && isDigit(before) && isDigit(text[edge + 1]);
  return separatorBefore || separatorAfter;
}

/**
 * Where `part` first occurs in `haystack` from `from` on without cutting a
 * word or a number at its start (and, when `whole`, at its end); -1 if nowhere.
 */
function findPart(haystack: string, part: string, from: number, whole: boolean): number {
  for (let at = haystack.indexOf(part, from); at >= 0; at = haystack.indexOf(part, at + 1)) {
    if (!cutAt(haystack, at) && !(whole && cutAt(haystack, at + part.length))) return at;
  }
  return -1;
}

/** How much of the text from where an excerpt stops matching a message shows. */
const SHOWN = 40;

/**
 * A test of excerpts against one source, which is normalised once: the
 * editor checks every excerpt on every keystroke. It gives undefined for a
 * verbatim excerpt, else the (normalised) text from the word where it stops
 * matching, so that an editor can find a one-letter typo in a long passage
 * ('' when there is no text at all).
 */
export function mismatchIn(source: string): (excerpt: string) => string | undefined {
  const haystack = normaliseForComparison(source);
  return (excerpt) => {
    const parts = excerpt
      .split(ELISION)
      .map(normaliseForComparison)
      .filter((part) => part.length > 0);
    if (parts.length === 0) return '';
    let from = 0;
    for (const part of parts) {
      const at = findPart(haystack, part, from, true);
      if (at < 0) {
        // The longest prefix found after `from` (a prefix may end inside a word): every prefix of a text found is
        // found, so halve the range.
        let found = 0;
        let missing = part.length;
        while (missing - found > 1) {
          const mid = (found + missing) >> 1;
          if (findPart(haystack, part.slice(0, mid), from, false) >= 0) found = mid;
          else missing = mid;
        }
        const word = part.lastIndexOf(' ', found) + 1;
        return part.slice(word, word + SHOWN);
      }
      from = at + part.length;
    }
    return undefined;
  };
}

/** True when `excerpt` appears verbatim in `source`, "(…)" standing for any gap. */
export function isVerbatim(excerpt: string, source: string): boolean {
  return mismatchIn(source)(excerpt) === undefined;
}
