/**
 * Loads the prerendered pages' module, dist/assets/hydrate.js (beside the
 * pages' own scripts), once the page has painted: the graphic is complete in
 * the HTML, and the module only makes it interactive, so nothing it fetches
 * comes before the first paint. The dev server renders the sources instead.
 */
export function loadHydrate(): void {
  // A variable, not a literal: Vite would otherwise try to bundle the URL as an asset of the pages' build.
  const built = './hydrate.js';
  const load = () => {
    if (import.meta.env.DEV) void import('../index.ts');
    else void import(/* @vite-ignore */ new URL(built, import.meta.url).href);
  };
  requestAnimationFrame(() => setTimeout(load));
}
