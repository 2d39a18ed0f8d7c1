/**
 * The module entry (dist/nso-graphic.js): defines <nso-graphic>, <nso-map>,
 * <nso-stats> and <nso-quotes>, each only if not already defined. An element
 * that comes prerendered (a declarative shadow root, as on the reader and
 * iframe pages) is hydrated: its nodes are kept and gain their listeners. The
 * hydration support is imported first: LitElement reads it when it is defined.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export { NsoGraphic } from './graphic/nso-graphic.ts';
export { NsoMap } from './map/nso-map.ts';
export { NsoQuotes } from './quotes/nso-quotes.ts';
export { NsoStats } from './stats/nso-stats.ts';
export type { Dataset } from './dataset/schema.ts';
export type * from './events.ts';
