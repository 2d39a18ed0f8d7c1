/**
 * index.html, the reader page: the graphic, links to the page in each
 * language, and the embed codes publishers copy, which need the page's own URL
 * (built here, set with textContent only). The page and the graphic come
 * prerendered in the reader's language; the pages' module then makes the
 * graphic interactive (load-hydrate.ts).
 */
import { GRAPHIC_ID } from '../embed/child-height.ts';
import { DEFAULT_LANG, supportedLang, type Lang } from '../i18n/lang.ts';
import { loadHydrate } from './load-hydrate.ts';
import { pageFile } from './page-files.ts';
import { PAGE_STRINGS } from './page.strings.ts';

type Theme = 'auto' | 'light' | 'dark';
type CodeKey = 'url' | 'script' | 'iframe' | 'pym';

/**
 * The snippets, pointing at the files next to this page, each with its chosen theme: `auto` writes none (the
 * element follows the page behind it; the iframe page, the reader's system), light or dark is written out.
 */
function embedCodes(base: string, lang: Lang, themes: Partial<Record<CodeKey, Theme>>): Record<CodeKey, string> {
  const t = PAGE_STRINGS[lang];
  const chosen = (key: CodeKey) => (themes[key] === 'light' || themes[key] === 'dark' ? themes[key] : undefined);
  const attribute = chosen('script') ? ` theme="${chosen('script')}"` : '';
  // Each language's own page: no redirect, and its first paint is already in that language.
  const page = `${base}${pageFile('embed', lang)}`;
  const framed = (key: CodeKey) => (chosen(key) ? `${page}?theme=${chosen(key)}` : page);
  return {
    // Pasted alone on its line: WordPress (any role) and other oEmbed consumers find its oEmbed file.
    url: page,
    script: [
      `<nso-graphic lang="${lang}"${attribute}>`,
      `  <p>${t.fallback} <a href="${base}">${t.link}</a></p>`,
      `</nso-graphic>`,
      `<script type="module" src="${base}nso-graphic.js"></script>`,
    ].join('\n'),
    iframe: [
      // A block, centred: an inline iframe sits on the text's start edge (block themes cap its width to the
      // column but do not centre it). No max-width here: an inline one would override the theme's cap, and
      // width="100%" (a presentational hint, below any stylesheet) keeps it within the column elsewhere. This style
      // attribute is in the publisher's page, under their CSP, not in the graphic's: a CSP that refuses it leaves
      // a full-width frame, which works as well.
      `<iframe data-nso-graphic src="${framed('iframe')}" title="${t.frameTitle}"`,
      `  loading="lazy" scrolling="no" width="100%" height="1600" frameborder="0"`,
      // eslint-disable-next-line no-restricted-syntax -- the publisher's HTML, shown as text (see above)
      `  style="display: block; margin-inline: auto; border: 0"></iframe>`,
      `<script async src="${base}resize.js"></script>`,
    ].join('\n'),
    pym: [
      `<div id="${GRAPHIC_ID}" data-pym-src="${framed('pym')}" data-pym-title="${t.frameTitle}">`,
      `  <a href="${base}">${t.link}</a>`,
      `</div>`,
      `<!-- pym.js v1, already on your page or loaded here -->`,
      `<script src="https://pym.nprapps.org/pym.v1.min.js"></script>`,
    ].join('\n'),
  };
}

/** A run of Arabic script, with what lies between its words and its closing punctuation, up to the markup. */
const RTL_RUN = /\p{Script=Arabic}(?:[^<>"=\n]*\p{Script=Arabic})?[.,،؛؟!]*/gu;

/**
 * Code as nodes, each Arabic run in its own <bdi>: in a left-to-right <pre>,
 * the bidi algorithm would otherwise pull the markup's quotes and brackets into
 * the Arabic text and show the code out of order. The text itself (what "Copy"
 * copies) is unchanged.
 */
function isolateRtl(code: string): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const match of code.matchAll(RTL_RUN)) {
    nodes.push(document.createTextNode(code.slice(at, match.index)));
    const run = document.createElement('bdi');
    run.textContent = match[0];
    nodes.push(run);
    at = match.index + match[0].length;
  }
  nodes.push(document.createTextNode(code.slice(at)));
  return nodes;
}

const THEME_HINTS = { light: 'themeLightHint', dark: 'themeDarkHint' } as const;

/** Each code with the theme chosen beside it, and that choice's sentence. */
function showCodes(lang: Lang): void {
  const base = new URL('.', location.href).href;
  const themes: Partial<Record<CodeKey, Theme>> = {};
  for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-code]')) {
    const key = select.dataset.code as CodeKey;
    const theme = select.value as Theme;
    themes[key] = theme;
    const hint = document.getElementById(`theme-${key}-hint`);
    const auto = key === 'script' ? 'themePageHint' : 'themeSystemHint';
    if (hint) hint.textContent = PAGE_STRINGS[lang][theme === 'auto' ? auto : THEME_HINTS[theme]];
  }
  for (const [key, code] of Object.entries(embedCodes(base, lang, themes))) {
    document.getElementById(`code-${key}`)?.replaceChildren(...isolateRtl(code));
  }
}

async function copy(button: HTMLButtonElement, lang: Lang): Promise<void> {
  const status = document.querySelector('.embed-codes .status');
  const code = document.getElementById(button.dataset.target ?? '')?.textContent ?? '';
  try {
    await navigator.clipboard.writeText(code);
    if (status) status.textContent = PAGE_STRINGS[lang].copied;
  } catch {
    if (status) status.textContent = PAGE_STRINGS[lang].copyFailed;
  }
}

const lang = supportedLang(document.documentElement.lang) ?? DEFAULT_LANG;
for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy')) {
  button.addEventListener('click', () => void copy(button, lang));
}
for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-code]')) {
  select.addEventListener('change', () => showCodes(lang));
}
showCodes(lang);
loadHydrate();
