/**
 * resize.ts (dist/resize.js) on a host page in real Chromium: this test page is the host, and each graphic is
 * an iframe whose document (a blob: URL, so of this page's origin) reports the height it is given.
 */
import { afterEach, describe, expect, it } from 'vitest';
import './resize.ts';

const frames: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/**
 * A page that reports `height` in AMP's format, on load unless `onlyWhenAsked`, and whenever its parent sends
 * `frames-init`.
 */
function reportingPage(height: number, { onlyWhenAsked = false } = {}): string {
  const html = `<!doctype html><title>graphic</title><script>
    const report = () => parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: ${height} }, '*');
    addEventListener('message', (event) => {
      if (event.data && event.data.sentinel === 'amp' && event.data.type === 'frames-init') report();
    });
    ${onlyWhenAsked ? '' : 'report();'}
  </script>`;
  return URL.createObjectURL(new Blob([html], { type: 'text/html' }));
}

/** A page that reports nothing: the tests send its messages themselves. */
const silentPage = () => URL.createObjectURL(new Blob(['<!doctype html><title>silent</title>'], { type: 'text/html' }));

/** A page that counts the frames-init requests it receives, and tells the count when sent "count". */
function countingPage(): string {
  const html = `<!doctype html><title>counting</title><script>
    let asked = 0;
    addEventListener('message', (event) => {
      if (event.data && event.data.type === 'frames-init') asked++;
      if (event.data === 'count') parent.postMessage({ asked }, '*');
    });
  </script>`;
  return URL.createObjectURL(new Blob([html], { type: 'text/html' }));
}

/**
 * The number of frames-init requests `frame` has received: asked after its load event, whose listeners send
 * them, so that every request is delivered before the question (messages to one window arrive in order).
 */
function framesInitReceived(frame: HTMLIFrameElement): Promise<number> {
  return new Promise((resolve) => {
    const answer = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || typeof event.data?.asked !== 'number') return;
      removeEventListener('message', answer);
      resolve(event.data.asked);
    };
    addEventListener('message', answer);
    frame.contentWindow?.postMessage('count', '*');
  });
}

/** Adds an iframe to the page, as a publisher's snippet does. */
function addFrame(src: string, attributes: Record<string, string> = { 'data-nso-graphic': '' }): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  frame.setAttribute('height', '600');
  frame.src = src;
  document.body.append(frame);
  frames.push(frame);
  return frame;
}

const heightOf = (frame: HTMLIFrameElement) => [frame.getAttribute('height'), frame.style.getPropertyValue('height')];

/** Resolves once `frame` has loaded. */
const loaded = (frame: HTMLIFrameElement) =>
  new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));

describe('resize.ts on a host page', () => {
  it('gives each of two frames from the same origin the height that frame reports, not the other’s', async () => {
    const short = addFrame(reportingPage(300));
    const tall = addFrame(reportingPage(500));
    await expect
      .poll(() => [heightOf(short), heightOf(tall)])
      .toEqual([
        ['300', '300px'],
        ['500', '500px'],
      ]);
  });

  it('clamps a reported 10 px to 150 px and 10^9 px to 8000 px', async () => {
    const tiny = addFrame(reportingPage(10));
    const huge = addFrame(reportingPage(1e9));
    await expect
      .poll(() => [heightOf(tiny), heightOf(huge)])
      .toEqual([
        ['150', '150px'],
        ['8000', '8000px'],
      ]);
  });

  it('rounds a fractional height to whole pixels', async () => {
    const frame = addFrame(reportingPage(412.6));
    await expect.poll(() => heightOf(frame)).toEqual(['413', '413px']);
  });

  it('asks a frame that reports only when asked for its height (frames-init) once it has loaded', async () => {
    const frame = addFrame(reportingPage(320, { onlyWhenAsked: true }));
    await expect.poll(() => heightOf(frame)).toEqual(['320', '320px']);
  });

  it('resizes a frame sandboxed without allow-same-origin, whose messages come from origin "null"', async () => {
    const frame = addFrame(reportingPage(340), { 'data-nso-graphic': '', sandbox: 'allow-scripts' });
    await expect.poll(() => heightOf(frame)).toEqual(['340', '340px']);
  });

  it('resizes a frame sandboxed with allow-same-origin, whose messages come from its own origin', async () => {
    const frame = addFrame(reportingPage(360), { 'data-nso-graphic': '', sandbox: 'allow-scripts allow-same-origin' });
    await expect.poll(() => heightOf(frame)).toEqual(['360', '360px']);
  });

  it('asks a frame for its height once per load, however often the page changes before it loads', async () => {
    const frame = addFrame(countingPage());
    for (let i = 0; i < 3; i++) {
      document.body.append(document.createElement('p'));
      await Promise.resolve();
    }
    await loaded(frame);
    expect(await framesInitReceived(frame)).toBe(1);
  });

  it('leaves alone an iframe without data-nso-graphic, whatever it reports', async () => {
    const other = addFrame(reportingPage(300), {});
    const graphic = addFrame(reportingPage(360));
    await loaded(other);
    await expect.poll(() => heightOf(graphic)).toEqual(['360', '360px']);
    expect(heightOf(other)).toEqual(['600', '']);
  });

  it("ignores a height from the frame's window that claims another origin", async () => {
    const frame = addFrame(silentPage());
    await loaded(frame);
    const data = { sentinel: 'amp', type: 'embed-size', height: 700 };
    dispatchEvent(new MessageEvent('message', { data, origin: 'https://other.example', source: frame.contentWindow }));
    dispatchEvent(new MessageEvent('message', { data: 'hello', origin: location.origin, source: frame.contentWindow }));
    expect(heightOf(frame)).toEqual(['600', '']);
    dispatchEvent(new MessageEvent('message', { data, origin: location.origin, source: frame.contentWindow }));
    expect(heightOf(frame)).toEqual(['700', '700px']);
  });

  it('does nothing more when included a second time: one message sets the height once', async () => {
    // Another URL, so another instance of the module: a page that includes the script twice.
    const again = './resize.ts?again';
    await import(/* @vite-ignore */ again);
    const frame = addFrame(silentPage());
    await loaded(frame);
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(frame, { attributeFilter: ['height'] });
    const data = { sentinel: 'amp', type: 'embed-size', height: 450 };
    dispatchEvent(new MessageEvent('message', { data, origin: location.origin, source: frame.contentWindow }));
    await Promise.resolve();
    observer.disconnect();
    expect(writes).toHaveLength(1);
  });
});
