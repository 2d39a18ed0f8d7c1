/**
 * embed.html: the graphic alone, for iframes. Its language and theme come
 * from the query string (?lang=fr|en|ar&theme=light|dark|auto), and it
 * reports its height to the host page on every change.
 */
import '../index.ts';
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
if (theme === 'light' || theme === 'dark' || theme === 'auto') graphic?.setAttribute('theme', theme);
reportHeight();
