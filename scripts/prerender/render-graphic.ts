/**
 * The graphic rendered on the server, as the browser's first render would
 * draw it: <nso-graphic> with its parts, each in a declarative shadow root
 * (`<template shadowrootmode="open">`) holding its styles and Lit's hydration
 * markers. Vite bundles this file for Node (`vite build --mode prerender`), so
 * the components go through the same transforms as in the browser's module,
 * and Lit's templates hash the same on both sides.
 */
import { html, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { Lang } from '../../src/i18n/lang.ts';
import '../../src/index.ts';

/** `<nso-graphic lang=…>` and its shadow roots, as HTML. A server-only template: the tag itself has no markers. */
export function renderGraphic(lang: Lang): string {
  return collectResultSync(render(html`<nso-graphic lang=${lang}></nso-graphic>`));
}
