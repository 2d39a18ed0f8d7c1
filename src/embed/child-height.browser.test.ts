/**
 * reportHeight, embed.html's side of resizing, in real Chromium: the page is stood in for by an element whose
 * height the test sets (measured by the real ResizeObserver), and its parent by a same-origin frame whose
 * postMessage records what it is sent.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { GRAPHIC_ID, reportHeight } from './child-height.ts';

const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A window for reportHeight: its parent records every message, its root is an element `height` px tall. */
async function childWindow(search: string, height: string) {
  const parentFrame = document.createElement('iframe');
  document.body.append(parentFrame);
  await new Promise((resolve) => setTimeout(resolve));
  const parent = parentFrame.contentWindow!;
  const sent: [unknown, string][] = [];
  parent.postMessage = ((data: unknown, targetOrigin: string) =>
    sent.push([data, targetOrigin])) as Window['postMessage'];
  const root = document.createElement('div');
  root.style.height = height;
  document.body.append(root);
  cleanups.push(() => {
    parentFrame.remove();
    root.remove();
  });
  const events = new EventTarget();
  const win = Object.assign(events, { parent, location: { search }, document: { documentElement: root } });
  return { win: win as unknown as Window, parent, root, sent, events };
}

/** The three messages for `height`, as a parent receives them (child id `id`). */
const threeFormats = (id: string, height: number): [unknown, string][] => [
  [`pymxPYMx${id}xPYMxheightxPYMx${height}`, '*'],
  [{ sentinel: 'amp', type: 'embed-size', height }, '*'],
  [{ 'datawrapper-height': { [GRAPHIC_ID]: height } }, '*'],
];

/** Two rendering frames: time for the ResizeObserver to report a change. */
const nextFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('reportHeight', () => {
  it('reportHeight sends its height in the pym.js, AMP and Datawrapper formats at once, rounded up', async () => {
    const { win, sent } = await childWindow('?childId=c1', '300.2px');
    cleanups.push(reportHeight(win));
    expect(sent).toEqual(threeFormats('c1', 301));
  });

  it('reportHeight sends the height again when it changes, and only then', async () => {
    const { win, sent, root } = await childWindow('', '300px');
    cleanups.push(reportHeight(win));
    await nextFrames();
    expect(sent).toEqual(threeFormats(GRAPHIC_ID, 300));
    root.style.height = '420px';
    await nextFrames();
    expect(sent.slice(3)).toEqual(threeFormats(GRAPHIC_ID, 420));
  });

  it('reportHeight sends nothing for a root of no height (a hidden page)', async () => {
    const { win, sent, root } = await childWindow('', '0px');
    cleanups.push(reportHeight(win));
    await nextFrames();
    expect(sent).toEqual([]);
    root.style.height = '200px';
    await nextFrames();
    expect(sent).toEqual(threeFormats(GRAPHIC_ID, 200));
  });

  it("reportHeight measures again on the page's load event", async () => {
    const { win, sent, root, events } = await childWindow('', '300px');
    cleanups.push(reportHeight(win));
    root.style.height = '350px';
    // Before any rendering frame, so the ResizeObserver has not reported it yet.
    events.dispatchEvent(new Event('load'));
    expect(sent.slice(3)).toEqual(threeFormats(GRAPHIC_ID, 350));
  });

  it("reportHeight answers its parent's width and frames-init messages by sending the height again", async () => {
    const { win, sent, parent, events } = await childWindow('?childId=c1', '300px');
    cleanups.push(reportHeight(win));
    events.dispatchEvent(new MessageEvent('message', { data: 'pymxPYMxc1xPYMxwidthxPYMx360', source: parent }));
    events.dispatchEvent(
      new MessageEvent('message', { data: { sentinel: 'amp', type: 'frames-init' }, source: parent }),
    );
    expect(sent).toEqual([...threeFormats('c1', 300), ...threeFormats('c1', 300), ...threeFormats('c1', 300)]);
  });

  it('reportHeight ignores the same request from any window but its parent, and other messages from it', async () => {
    const { win, sent, parent, events } = await childWindow('?childId=c1', '300px');
    cleanups.push(reportHeight(win));
    events.dispatchEvent(new MessageEvent('message', { data: 'pymxPYMxc1xPYMxwidthxPYMx360', source: window }));
    events.dispatchEvent(new MessageEvent('message', { data: 'pymxPYMxc2xPYMxwidthxPYMx360', source: parent }));
    events.dispatchEvent(new MessageEvent('message', { data: { height: 1e9 }, source: parent }));
    expect(sent).toEqual(threeFormats('c1', 300));
  });

  it('reportHeight stops measuring and answering once stopped', async () => {
    const { win, sent, root, parent, events } = await childWindow('', '300px');
    const stop = reportHeight(win);
    stop();
    root.style.height = '500px';
    events.dispatchEvent(new Event('load'));
    events.dispatchEvent(
      new MessageEvent('message', { data: { sentinel: 'amp', type: 'frames-init' }, source: parent }),
    );
    await nextFrames();
    expect(sent).toEqual(threeFormats(GRAPHIC_ID, 300));
  });

  it('reportHeight does nothing in a top-level page, which is its own parent', async () => {
    const { root } = await childWindow('', '300px');
    const sent: unknown[] = [];
    const top = Object.assign(new EventTarget(), {
      location: { search: '' },
      document: { documentElement: root },
      postMessage: (data: unknown) => sent.push(data),
    });
    cleanups.push(reportHeight(Object.assign(top, { parent: top }) as unknown as Window));
    root.style.height = '400px';
    top.dispatchEvent(new Event('load'));
    await nextFrames();
    expect(sent).toEqual([]);
  });
});
