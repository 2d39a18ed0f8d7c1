/** embed.html: the graphic alone, its language and theme taken from the query string. */
import '../index.ts';

const params = new URLSearchParams(location.search);
const graphic = document.querySelector('nso-graphic');
const lang = params.get('lang');
const theme = params.get('theme');
if (graphic && lang) graphic.setAttribute('lang', lang);
if (graphic && (theme === 'light' || theme === 'dark' || theme === 'auto')) graphic.setAttribute('theme', theme);
