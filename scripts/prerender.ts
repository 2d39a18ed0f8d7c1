/**
 * The last step of `npm run build`: writes the reader page and the iframe page
 * in each language (index.html, index.en.html, index.ar.html, embed.html…),
 * each with the complete graphic in it as declarative shadow DOM, rendered by
 * Lit on the server (scripts/prerender/render-graphic.ts, which
 * `vite build --mode prerender` bundles into dist-ssr/). Such a page paints the
 * whole graphic before any script runs, and shows it without scripts;
 * dist/nso-graphic.js then hydrates it.
 *
 * NSO_PUBLIC_URL (e.g. https://cdn.example/nso/) makes the social-card and
 * alternate-language links absolute, as link previews want them, and writes
 * each iframe page's oEmbed file and discovery link (scripts/prerender/oembed.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Dataset } from '../src/dataset/schema.ts';
import { LANGS, pick, type Lang } from '../src/i18n/lang.ts';
import { pageFile, type PageName } from '../src/pages/page-files.ts';
import { localizePage } from './prerender/localize-page.ts';
import { oembedFile, oembedResponse } from './prerender/oembed.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

const { renderGraphic } = (await import(pathToFileURL(join(root, 'dist-ssr/render-graphic.js')).href)) as {
  renderGraphic: (lang: Lang) => string;
};
const dataset = JSON.parse(readFileSync(join(root, 'data/dataset.json'), 'utf8')) as Dataset;
const publicUrl = process.env.NSO_PUBLIC_URL || undefined;

for (const page of ['index', 'embed'] as PageName[]) {
  // Vite's page, in French as written: the template of every language's.
  const built = readFileSync(join(dist, `${page}.html`), 'utf8');
  for (const lang of LANGS) {
    const graphic = renderGraphic(lang);
    const social = { title: pick(dataset.meta.headline, lang), description: pick(dataset.meta.standfirst, lang) };
    const html = localizePage(built, { page, lang, graphic, social, publicUrl });
    writeFileSync(join(dist, pageFile(page, lang)), html);
    if (page === 'embed' && publicUrl) {
      writeFileSync(join(dist, oembedFile(lang)), JSON.stringify(oembedResponse(dataset, lang, publicUrl)));
    }
  }
}
if (!publicUrl) console.log('no NSO_PUBLIC_URL: no oEmbed files (their URLs must be absolute)');
console.log(`prerendered ${LANGS.length * 2} pages into dist/`);
