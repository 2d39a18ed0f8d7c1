/**
 * embed.html: the graphic alone, for iframes. Its language and theme come
 * from the query string (?lang=fr|en|ar&theme=light|dark|auto), and it
 * reports its height to the host page on every change.
 */
import { reportHeight } from '../embed/child-height.ts';
import { supportedLang } from '../i18n/lang.ts';

const params = new URLSearchParams(location.search);
const graphic = document.querySelector('nso-graphic');
const lang = supportedLang(params.get('lang'));
const theme = params.get('theme');
if (lang) {
  document.documentElement.lang = lang;
  graphic?.setAttribute('lang', lang);
}
if (theme === 'light' || theme === 'dark' || theme === 'auto') {
  graphic?.setAttribute('theme', theme);
  document.documentElement.dataset.theme = theme;
}
reportHeight();
// The page paints its fallback first (an early first contentful paint), then the graphic loads and takes over.
// (Preloading its chunk made Lighthouse count it before the first paint.)
requestAnimationFrame(() => setTimeout(() => void import('../index.ts')));
