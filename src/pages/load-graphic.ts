/**
 * Loads the graphic's elements. A built page loads the publishers' own
 * module, dist/nso-graphic.js: one file for the pages and every embed, cached
 * once, with no loader or extra chunk in front of it. It is imported as soon
 * as the page script runs (after parsing: the page has painted its fallback
 * or is about to), not after a frame: the graphic is complete sooner
 * (issue 9). The dev server serves the sources instead.
 */
export function loadGraphic(): void {
  // A variable, not a literal: Vite would otherwise try to bundle the URL as an asset of the pages' build.
  const built = '../nso-graphic.js';
  if (import.meta.env.DEV) void import('../index.ts');
  else void import(/* @vite-ignore */ new URL(built, import.meta.url).href);
}
