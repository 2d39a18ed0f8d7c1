/**
 * Loads the graphic's elements. A built page loads the publishers' own
 * module, dist/nso-graphic.js: one file for the pages and every embed, cached
 * once, with no loader or extra chunk in front of it. The dev server serves
 * the sources instead.
 *
 * By default it is imported as soon as the page script runs (after parsing:
 * the page has painted its fallback or is about to), so the graphic is
 * complete sooner (issue 9). `afterPaint` waits for the page's first paint
 * instead, for a page with content of its own to show first.
 */
export function loadGraphic({ afterPaint = false }: { afterPaint?: boolean } = {}): void {
  // A variable, not a literal: Vite would otherwise try to bundle the URL as an asset of the pages' build.
  const built = '../nso-graphic.js';
  const load = () => {
    if (import.meta.env.DEV) void import('../index.ts');
    else void import(/* @vite-ignore */ new URL(built, import.meta.url).href);
  };
  if (afterPaint) requestAnimationFrame(() => setTimeout(load));
  else load();
}
