/**
 * embed.html: the graphic alone, for iframes, prerendered in each language
 * (embed.en.html…; an old link's ?lang= is sent to its page before it paints,
 * and ?theme= sets the page's data-theme, whose style themes the graphic: see
 * scripts/prerender/localize-page.ts). The graphic takes the theme as its
 * attribute once hydrated: hydration must render what the server did. The page
 * reports its height to the host page on every change. In a frame WordPress
 * embedded (sandboxed, so no new tab and no navigating the top page), the
 * compact view's link to the full graphic asks WordPress to open it, with
 * wp-embed's `link` message, which WordPress follows only to this frame's host.
 */
import { reportHeight, wordpressSecretFrom } from '../embed/child-height.ts';
import { loadHydrate } from './load-hydrate.ts';

const theme = new URLSearchParams(location.search).get('theme');
const graphic = document.querySelector('nso-graphic');
if (graphic && (theme === 'light' || theme === 'dark')) {
  void customElements
    .whenDefined('nso-graphic')
    .then(() => graphic.updateComplete)
    .then(() => graphic.setAttribute('theme', theme));
}
reportHeight();
const secret = wordpressSecretFrom(location.hash);
const full = document.querySelector<HTMLAnchorElement>('a[data-full-graphic]');
if (secret && full && window.parent !== window) {
  full.addEventListener('click', (event) => {
    event.preventDefault();
    window.parent.postMessage({ secret, message: 'link', value: full.href }, '*');
  });
}
loadHydrate();
