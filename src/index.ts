/**
 * The module entry (dist/nso-graphic.js): defines <nso-graphic>, <nso-map>,
 * <nso-stats> and <nso-quotes>, each only if not already defined. The
 * prerendered pages load src/pages/hydrate.ts instead.
 */
export { NsoGraphic } from './graphic/nso-graphic.ts';
export { NsoMap } from './map/nso-map.ts';
export { NsoQuotes } from './quotes/nso-quotes.ts';
export { NsoStats } from './stats/nso-stats.ts';
export type { Dataset } from './dataset/schema.ts';
export type * from './events.ts';
