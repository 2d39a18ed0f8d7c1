/**
 * oEmbed (https://oembed.com/): each language's iframe page names a static
 * JSON file (`oembed.json`, `oembed.en.json`, `oembed.ar.json`) in a discovery
 * link, so that a CMS given the page's URL (WordPress, for every role) embeds
 * the graphic. The iframe it describes is the compact view (`?view=compact`:
 * headline, map, source and a link to the full graphic), which stays within
 * WordPress's 1000 px cap on an embed's height. Consumers require absolute
 * URLs: both are written only when the build knows where dist/ is published
 * (NSO_PUBLIC_URL).
 */
import { pick, type Lang } from '../../src/i18n/lang.ts';
import type { Dataset } from '../../src/dataset/schema.ts';
import { PAGE_STRINGS } from '../../src/pages/page.strings.ts';
import { pageFile } from '../../src/pages/page-files.ts';

/** The compact view's height in a 650 px column (Twenty Twenty-Three's), until the frame reports its own. */
export const OEMBED_HEIGHT = 760;

/** oEmbed's file for one language: `oembed.json` for French, as `embed.html`. */
export function oembedFile(lang: Lang): string {
  return pageFile('embed', lang)
    .replace(/^embed/, 'oembed')
    .replace(/\.html$/, '.json');
}

const escapeAttr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The oEmbed response (type `rich`) for one language's iframe page. */
export function oembedResponse(dataset: Dataset, lang: Lang, publicUrl: string) {
  const strings = PAGE_STRINGS[lang];
  const src = new URL(`${pageFile('embed', lang)}?view=compact`, publicUrl).href;
  const title = pick(dataset.meta.headline, lang);
  const reader = new URL(pageFile('index', lang), publicUrl).href;
  // The blockquote: WordPress loads its resizing script (wp-embed) only for an embed that has one, and shows it
  // (a link to the reader page) until the frame reports its height. Width 100%: the frame fills the column. No
  // scrolling="no": should a reader open more than the cap allows (a country's card below the map in a narrow
  // column), the frame scrolls instead of cutting it off.
  const html =
    `<blockquote><a href="${escapeAttr(reader)}">${escapeAttr(title)}</a></blockquote>` +
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(strings.frameTitle)}" width="100%" ` +
    `height="${OEMBED_HEIGHT}" frameborder="0"></iframe>`;
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: strings.brand,
    provider_url: reader,
    html,
    width: 650,
    height: OEMBED_HEIGHT,
    thumbnail_url: new URL(`social/card.${lang}.png`, publicUrl).href,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}

/** The discovery link in the iframe page's head. */
export function oembedLink(lang: Lang, publicUrl: string, title: string): string {
  const href = new URL(oembedFile(lang), publicUrl).href;
  return `<link rel="alternate" type="application/json+oembed" href="${escapeAttr(href)}" title="${escapeAttr(title)}" />`;
}
