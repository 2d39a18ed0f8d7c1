/**
 * Loads the graphic's elements after the page's first paint (an early first
 * contentful paint: preloading the module made Lighthouse count it before
 * that paint). A built page loads the publishers' own module,
 * dist/nso-graphic.js: one file for the pages and every embed, cached once,
 * and no loader or extra chunk in front of it (issue 9). The dev server
 * serves the sources instead.
 */
export function loadGraphicAfterPaint(): void {
  // A variable, not a literal: Vite would otherwise try to bundle the URL as an asset of the pages' build.
  const built = '../nso-graphic.js';
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (import.meta.env.DEV) void import('../index.ts');
      else void import(/* @vite-ignore */ new URL(built, import.meta.url).href);
    }),
  );
}
