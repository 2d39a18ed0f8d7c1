/**
 * Loads the graphic's elements into the reader page, once the page's own
 * content (title, embed codes) has painted. A built page imports the
 * publishers' own module, dist/nso-graphic.js: one file for the pages and every
 * embed, cached once, with no loader or extra chunk in front of it. The dev
 * server serves the sources instead.
 *
 * embed.html, with nothing of its own to show first, loads the same module with
 * a script tag instead, fetched while the page parses (vite.config.ts; issue 9).
 */
export function loadGraphic(): void {
  // A variable, not a literal: Vite would otherwise try to bundle the URL as an asset of the pages' build.
  const built = '../nso-graphic.js';
  const load = () => {
    if (import.meta.env.DEV) void import('../index.ts');
    else void import(/* @vite-ignore */ new URL(built, import.meta.url).href);
  };
  requestAnimationFrame(() => setTimeout(load));
}
