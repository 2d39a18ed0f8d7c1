/**
 * dist/resize.js: the host page's side of the plain iframe snippet.
 *
 *   <iframe data-nso-graphic src="https://cdn…/embed.html" …></iframe>
 *   <script async src="https://cdn…/resize.js"></script>
 *
 * It resizes each `iframe[data-nso-graphic]` to the height its page reports
 * (pym.js, AMP or Datawrapper format). A message counts only when it comes
 * from that iframe's own window (`event.source`) and origin; heights are
 * clamped; iframes added later are handled; loading it twice is harmless.
 * It never navigates and never runs anything a message says.
 */
import { parseHeightMessage } from './height-message.ts';

const MIN_HEIGHT = 150;
const MAX_HEIGHT = 8000;

const INSTALLED = Symbol.for('nso-graphic.resize');
const SELECTOR = 'iframe[data-nso-graphic]';

/** The origin a frame's messages must come from ("null" for a sandbox without allow-same-origin). */
function expectedOrigin(iframe: HTMLIFrameElement): string {
  const opaque = iframe.hasAttribute('sandbox') && !iframe.sandbox.contains('allow-same-origin');
  return opaque ? 'null' : new URL(iframe.src, location.href).origin;
}

function onMessage(event: MessageEvent): void {
  const height = parseHeightMessage(event.data);
  if (height === undefined) return;
  for (const iframe of document.querySelectorAll<HTMLIFrameElement>(SELECTOR)) {
    if (iframe.contentWindow !== event.source || event.origin !== expectedOrigin(iframe)) continue;
    const clamped = String(Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height))));
    iframe.setAttribute('height', clamped);
    // CSSOM, not a style attribute: allowed under a strict style-src.
    iframe.style.setProperty('height', `${clamped}px`);
  }
}

/** A lazy iframe may report before we listen: ask it again once it has loaded (the frames handshake). */
function greet(iframe: HTMLIFrameElement): void {
  // Set to '' below, so present means greeted ('' is falsy: a plain truth test would greet on every scan).
  if (iframe.dataset.nsoGreeted !== undefined) return;
  iframe.dataset.nsoGreeted = '';
  iframe.addEventListener('load', () => {
    iframe.contentWindow?.postMessage(
      { sentinel: 'amp', type: 'frames-init' },
      expectedOrigin(iframe) === 'null' ? '*' : expectedOrigin(iframe),
    );
  });
}

function install(): void {
  const win = window as Window & { [INSTALLED]?: boolean };
  if (win[INSTALLED]) return;
  win[INSTALLED] = true;
  addEventListener('message', onMessage);
  const scan = () => document.querySelectorAll<HTMLIFrameElement>(SELECTOR).forEach(greet);
  scan();
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
}

install();
