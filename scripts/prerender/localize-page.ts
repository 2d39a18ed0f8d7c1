/**
 * A built page (index.html or embed.html, French as written) turned into one
 * language's page: its `lang` and `dir`, title, description, the texts marked
 * `data-i18n`, the language links, social-card metadata, and a script that
 * sends an old link's `?lang=` to that language's page. The build also puts
 * the prerendered graphic in (scripts/prerender.ts); the dev server uses the
 * rest (vite.config.ts).
 */
import { dirOf, LANGS, type Lang } from '../../src/i18n/lang.ts';
import { PAGE_STRINGS } from '../../src/pages/page.strings.ts';
import { pageFile, type PageName } from '../../src/pages/page-files.ts';
import { PALETTES } from '../../src/theme.ts';
import { oembedLink } from './oembed.ts';

export interface PageOptions {
  page: PageName;
  lang: Lang;
  /** The graphic's HTML, replacing the page's <nso-graphic> element; without it, the element only gets `lang`. */
  graphic?: string;
  /** og:title and og:description: the dataset's headline and standfirst in `lang`. */
  social?: { title: string; description: string };
  /** Where dist/ is published (absolute og:image and alternate links); relative to the page when absent. */
  publicUrl?: string;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/**
 * `?lang=` (the embed codes handed out before there was a page per language) goes to that language's page, with
 * the query and fragment kept (pym.js's childId, WordPress's secret); `?theme=` sets the page's theme and
 * `?view=compact` its compact layout (embed.html's style) before it paints. Inline and first in <head>, so that neither paints in the wrong language or theme.
 */
export function queryScript(page: PageName): string {
  const files = Object.fromEntries(LANGS.map((lang) => [lang, pageFile(page, lang)]));
  return [
    `(function(){var q=new URLSearchParams(location.search),`,
    `l=(q.get('lang')||'').toLowerCase().split(/[-_]/)[0],t=q.get('theme'),f=${JSON.stringify(files)}[l];`,
    `if(t==='light'||t==='dark')document.documentElement.dataset.theme=t;`,
    `if(q.get('view')==='compact')document.documentElement.dataset.view='compact';`,
    `if(f&&f!==location.pathname.split('/').pop())location.replace(f+location.search+location.hash)})()`,
  ].join('');
}

/**
 * A page's `?theme=light|dark` on the graphic before its script runs: its `--nso-*` properties, which its shadow
 * roots inherit, set to that palette.
 */
export function themeCss(): string {
  return (['light', 'dark'] as const)
    .map((name) => {
      const props = Object.entries(PALETTES[name])
        .map(([token, value]) => `--nso-${token}:${value}`)
        .join(';');
      return `html[data-theme=${name}] nso-graphic{${props}}`;
    })
    .join('');
}

function socialTags({ page, lang, social, publicUrl }: PageOptions): string {
  const strings = PAGE_STRINGS[lang];
  const url = (file: string) => (publicUrl ? new URL(file, publicUrl).href : file);
  const meta = (property: string, content: string, key = 'property') =>
    `<meta ${key}="${property}" content="${escapeAttr(content)}" />`;
  // Only with absolute URLs: hreflang links must be fully qualified.
  const alternates = publicUrl
    ? LANGS.map(
        (other) => `<link rel="alternate" hreflang="${other}" href="${escapeAttr(url(pageFile(page, other)))}" />`,
      )
    : [];
  const card = url(`social/card.${lang}.png`);
  return [
    ...(page === 'embed' && publicUrl && social ? [oembedLink(lang, publicUrl, social.title)] : []),
    ...alternates,
    ...(social
      ? [
          meta('og:type', 'article'),
          meta('og:locale', { fr: 'fr_FR', en: 'en_GB', ar: 'ar_AR' }[lang]),
          meta('og:title', social.title),
          meta('og:description', social.description),
          meta('og:image', card),
          meta('og:image:width', '1200'),
          meta('og:image:height', '630'),
          meta('og:image:alt', strings.cardAlt),
          meta('twitter:card', 'summary_large_image', 'name'),
          meta('twitter:title', social.title, 'name'),
          meta('twitter:description', social.description, 'name'),
          meta('twitter:image', card, 'name'),
        ]
      : []),
  ].join('');
}

export function localizePage(html: string, options: PageOptions): string {
  const { page, lang, graphic } = options;
  const strings: Record<string, string> = PAGE_STRINGS[lang];
  const title = page === 'embed' ? strings.embedTitle! : strings.pageTitle!;
  const description = page === 'embed' ? strings.embedDescription! : strings.description!;
  return html
    .replace(/<html lang="[^"]*"[^>]*>/, `<html lang="${lang}" dir="${dirOf(lang)}">`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(title)}</title>`)
    .replace(
      /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
      () => `<meta name="description" content="${escapeAttr(description)}" />`,
    )
    .replace(/<\/title>/, () => `</title><script>${queryScript(page)}</script>`)
    .replace(/<\/head>/, () => `${socialTags(options)}<style>${themeCss()}</style></head>`)
    .replace(
      /(<(\w+)\b[^>]*\bdata-i18n="(\w+)"[^>]*>)[^<]*(<\/\2\s*>)/g,
      (whole, open: string, _tag, key: string, close: string) =>
        strings[key] === undefined ? whole : `${open}${escapeText(strings[key])}${close}`,
    )
    .replace(/aria-label="[^"]*"(\s+data-i18n-label="(\w+)")/g, (whole, rest: string, key: string) =>
      strings[key] === undefined ? whole : `aria-label="${escapeAttr(strings[key])}"${rest}`,
    )
    .replace(/<a href="[^"]*"(?=[^>]*\bdata-full-graphic)/, `<a href="./${pageFile('index', lang)}"`)
    .replace(/(<a\b[^>]*\bdata-lang="(\w+)")/g, (_whole, open: string, linked: string) =>
      linked === lang ? `${open} aria-current="page"` : open,
    )
    .replace(
      /<nso-graphic\b[^>]*>[\s\S]*?<\/nso-graphic>/,
      (element) => graphic ?? element.replace(/<nso-graphic\b[^>]*>/, `<nso-graphic lang="${lang}">`),
    );
}
