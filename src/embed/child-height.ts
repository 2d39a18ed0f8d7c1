/**
 * embed.html's side of iframe resizing. It reports the document's height on
 * every change, in the three formats host pages listen for:
 * - pym.js: `pymxPYMx<childId>xPYMxheightxPYMx<h>` (nprapps/pym.js src/pym.js);
 * - AMP: `{sentinel: 'amp', type: 'embed-size', height}` (amp-iframe "Iframe resizing");
 * - Datawrapper: `{'datawrapper-height': {<id>: h}}` (datawrapper chart-core embed.js);
 * - WordPress (wp-embed.js, for an iframe it discovered by oEmbed): `{secret, message: 'height', value}`, with
 *   the secret WordPress put in the frame's URL (`#?secret=…`); sent only when there is one.
 * It measures <html>, not <body> (margins collapse: pym #83), sends only when
 * the height changes (no growth loop), never asks the parent to navigate, and
 * answers only its parent's width/init/ready messages by measuring again.
 */

/** An id no other iframe URL contains, for Datawrapper's older `iframe[src*=id]` listener. */
export const GRAPHIC_ID = 'nso-graphic-whatsapp-v-nso';

export interface HeightMessages {
  pym: string;
  amp: { sentinel: 'amp'; type: 'embed-size'; height: number };
  datawrapper: { 'datawrapper-height': Record<string, number> };
}

/** The three messages for one height. */
export function heightMessages(childId: string, height: number): HeightMessages {
  return {
    pym: `pymxPYMx${childId}xPYMxheightxPYMx${height}`,
    amp: { sentinel: 'amp', type: 'embed-size', height },
    datawrapper: { 'datawrapper-height': { [GRAPHIC_ID]: height } },
  };
}

/** WordPress's message for one height, or none without a secret. */
export function wordpressMessage(secret: string | null, height: number) {
  return secret ? { secret, message: 'height' as const, value: height } : null;
}

/**
 * True for the parent's messages that ask for a fresh height: pym's `width`, frames' `frames-init`, and
 * WordPress's `ready` carrying this frame's secret.
 */
export function asksForHeight(data: unknown, childId: string, secret: string | null = null): boolean {
  if (typeof data === 'string') return data.startsWith(`pymxPYMx${childId}xPYMxwidthxPYMx`);
  if (data !== null && typeof data === 'object') {
    const message = data as { sentinel?: unknown; type?: unknown; message?: unknown; secret?: unknown };
    if (secret !== null && message.message === 'ready') return message.secret === secret;
    return message.sentinel === 'amp' && message.type === 'frames-init';
  }
  return false;
}

/**
 * The secret WordPress appends to a discovered iframe's URL (`#?secret=abc123`), or null. WordPress's own
 * listener accepts only letters and digits, so nothing else is taken.
 */
export function wordpressSecretFrom(hash: string): string | null {
  return /[#?&]secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(hash)?.[1] ?? null;
}

/** pym's ids are plain tokens; anything else falls back to ours (it is echoed in a message). */
export function childIdFrom(search: string): string {
  const params = new URLSearchParams(search);
  const id = params.get('childId') ?? params.get('id') ?? GRAPHIC_ID;
  return /^[\w-]{1,100}$/.test(id) ? id : GRAPHIC_ID;
}

/** Starts reporting; returns a function that stops it. */
export function reportHeight(win: Window = window): () => void {
  const parent = win.parent;
  if (parent === win) return () => {};
  const childId = childIdFrom(win.location.search);
  const secret = wordpressSecretFrom(win.location.hash);
  const root = win.document.documentElement;
  let last = -1;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last || height <= 0) return;
    last = height;
    const messages = heightMessages(childId, height);
    // The parent's origin is unknown to a page embedded anywhere; the messages carry only a height.
    parent.postMessage(messages.pym, '*');
    parent.postMessage(messages.amp, '*');
    parent.postMessage(messages.datawrapper, '*');
    const wordpress = wordpressMessage(secret, height);
    if (wordpress) parent.postMessage(wordpress, '*');
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent || !asksForHeight(event.data, childId, secret)) return;
    last = -1;
    send();
  };
  const observer = new ResizeObserver(send);
  observer.observe(root);
  win.addEventListener('message', onMessage);
  win.addEventListener('load', send);
  send();
  return () => {
    observer.disconnect();
    win.removeEventListener('message', onMessage);
    win.removeEventListener('load', send);
  };
}
