/**
 * embed.html: the graphic alone, for iframes. Its language and theme come
 * from the query string (?lang=fr|en|ar&theme=light|dark|auto), and it
 * reports its height to the host page on every change.
 */
import { reportHeight } from '../embed/child-height.ts';
import { dirOf, supportedLang } from '../i18n/lang.ts';

const params = new URLSearchParams(location.search);
const graphic = document.querySelector('nso-graphic');
const lang = supportedLang(params.get('lang'));
const theme = params.get('theme');
/** The frame's title, in the graphic's language (read by some assistive technologies). */
const TITLES = {
  fr: 'WhatsApp poursuit NSO en justice (graphique intégrable)',
  en: 'WhatsApp takes NSO to court (embedded graphic)',
  ar: 'واتساب يقاضي مجموعة NSO (رسم مضمّن)',
};
if (lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = dirOf(lang);
  document.title = TITLES[lang];
  graphic?.setAttribute('lang', lang);
}
if (theme === 'light' || theme === 'dark' || theme === 'auto') {
  graphic?.setAttribute('theme', theme);
  document.documentElement.dataset.theme = theme;
}
reportHeight();
// The built page loads dist/nso-graphic.js with a script tag of its own, after this one (vite.config.ts); the
// dev server serves the sources instead. The fallback shows until the graphic takes over.
if (import.meta.env.DEV) void import('../index.ts');
