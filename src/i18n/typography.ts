/**
 * Display-only typography for verbatim texts: a space between groups of
 * digits ("1 400") becomes a narrow no-break space, so a number never breaks
 * across lines. Only white space changes, which the verbatim check ignores
 * (src/dataset/provenance.ts), so the text stays word for word.
 */
export function keepNumbersTogether(text: string): string {
  return text.replace(/(\d) (?=\d{3}(?!\d))/g, '$1\u202f');
}
