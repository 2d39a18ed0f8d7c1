/**
 * Verbatim checks: is a quote or excerpt word for word in its source text?
 *
 * Only what typesetting changes without changing words is normalised: white
 * space (including no-break spaces), typographic apostrophes and quotation
 * marks. "(…)" (or "(...)") in an excerpt marks an elision: the parts around
 * it must appear in the source in that order.
 */

const SPACES = /[\s\u00a0\u2007\u202f]+/g;
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u2032`]/g;
const QUOTATION_MARKS = /[\u00ab\u00bb\u201c\u201d\u201e\u201f\u2039\u203a]/g;
const ELISION = /\((?:…|\.\.\.)\)/;

/** Normalises white space, apostrophes and quotation marks, and nothing else. */
export function normaliseForComparison(text: string): string {
  return text.normalize('NFC').replace(APOSTROPHES, "'").replace(QUOTATION_MARKS, '"').replace(SPACES, ' ').trim();
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
      const at = haystack.indexOf(part, from);
      if (at < 0) {
        // The longest prefix found after `from`: every prefix of a text found is found, so halve the range.
        let found = 0;
        let missing = part.length;
        while (missing - found > 1) {
          const mid = (found + missing) >> 1;
          if (haystack.indexOf(part.slice(0, mid), from) >= 0) found = mid;
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
