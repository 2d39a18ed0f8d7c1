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

/**
 * A test of excerpts against one source, which is normalised once: the
 * editor checks every excerpt on every keystroke.
 */
export function verbatimIn(source: string): (excerpt: string) => boolean {
  const haystack = normaliseForComparison(source);
  return (excerpt) => {
    const parts = excerpt
      .split(ELISION)
      .map(normaliseForComparison)
      .filter((part) => part.length > 0);
    if (parts.length === 0) return false;
    let from = 0;
    for (const part of parts) {
      const at = haystack.indexOf(part, from);
      if (at < 0) return false;
      from = at + part.length;
    }
    return true;
  };
}

/** True when `excerpt` appears verbatim in `source`, "(…)" standing for any gap. */
export function isVerbatim(excerpt: string, source: string): boolean {
  return verbatimIn(source)(excerpt);
}
