/**
 * `npm run bench`: the graphic against the
 * canonical d3 world map (bench/reference), in headless Chromium with the CPU
 * throttled 4× (Lighthouse's mobile setting, CDP Emulation.setCPUThrottlingRate).
 *
 * The npm script builds dist/ first; this builds the reference into
 * dist-bench/reference, writes the script embed's host page and the scale
 * pages into dist-bench/scale, serves them from 127.0.0.1 without compression
 * (sizes are computed from the bytes served), then loads the pages
 * alternately, each in a fresh browser context (an empty cache: a reader's
 * first visit), and prints every figure with its budget. Figures
 * are printed, never asserted.
 *
 * The iframe page (dist/embed.html) is prerendered: it paints the graphic from
 * declarative shadow DOM, then its module hydrates it. Its figures are the
 * time to the complete graphic, the time until the map answers (hydration
 * complete), and the bytes received before each. The script embed (a host
 * page with `<nso-graphic lang="fr">` and the module) renders client-side.
 *
 * Options: BENCH_RUNS (default 31, at least 7), CHROMIUM_PATH, `--write`
 * (also writes bench/RESULTS.md).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStaticServer } from '../scripts/static-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium.ts';
import { COUNTRY_CODES } from '../src/dataset/country-codes.ts';
import type { Dataset } from '../src/dataset/schema.ts';
import { validateDataset } from '../src/dataset/validate.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Math.max(7, Number(process.env.BENCH_RUNS ?? 31));
const CPU_SLOWDOWN = 4;
/** Desktop-sized: the hover test needs a mouse; CLS is also checked on a 360 px phone. */
const VIEWPORT = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };
const FRAME_MS = 1000 / 60;
/** After the graphic is complete, how long to keep watching for layout shifts and long tasks. */
const SETTLE_MS = 1000;

/**
 * The budgets: ratios to the reference (its total bytes, its time to a complete map), a layout shift of 0,
 * a longest task and hover latency in absolute terms, and the scale run against the shipped dataset.
 */
const BUDGET = {
  bytesBeforeComplete: 0.4,
  timeComplete: 0.5,
  timeInteractive: 1.0,
  bytesInteractive: 1.0,
  scriptBytes: 0.8,
  scriptTime: 1.0,
  cls: 0,
  longTask: 200,
  hoverFrames: 1,
  scale: 1.5,
};
/** How long the "held" load keeps every subresource back, waiting for the graphic to complete without it. */
const HOLD_MS = 10_000;

// --- Build the reference and the scale pages ---------------------------------------------------

execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});

/**
 * Every code the topology knows reported, and 200 quotes: the shipped
 * dataset's entries, repeated with new ids (texts stay verbatim, links stay
 * within each copy), so that it is valid.
 */
function scaleDataset(shipped: Dataset): Dataset {
  const QUOTES = 200;
  const copies = Math.ceil(QUOTES / shipped.quotes.length);
  const quotes = Array.from({ length: copies }, (_, k) =>
    shipped.quotes.map((q) => ({ ...q, id: `${q.id}-${k}`, respondsTo: q.respondsTo.map((id) => `${id}-${k}`) })),
  )
    .flat()
    .slice(0, QUOTES);
  const kept = new Set(quotes.map((q) => q.id));
  for (const q of quotes) q.respondsTo = q.respondsTo.filter((id) => kept.has(id));
  const provenance = shipped.countries[0]!.provenance;
  const countries = COUNTRY_CODES.map((code, i) => ({
    code,
    status: 'reported' as const,
    // The value its excerpt gives (a `src` dataset is checked against its source, as the CLI checks it).
    count: i % 3 === 0 ? ('not-disclosed' as const) : 1400,
    provenance,
  }));
  return { ...shipped, countries, quotes };
}

const shipped = JSON.parse(readFileSync(join(root, 'data/dataset.json'), 'utf8')) as Dataset;
const big = scaleDataset(shipped);
const checked = validateDataset(big, {
  sourceTexts: new Map([['sources/article.fr.txt', readFileSync(join(root, 'data/sources/article.fr.txt'), 'utf8')]]),
});
if (!checked.ok) throw new Error(`the generated dataset is invalid: ${JSON.stringify(checked.errors.slice(0, 3))}`);

const scaleDir = join(root, 'dist-bench/scale');
mkdirSync(scaleDir, { recursive: true });
writeFileSync(join(scaleDir, 'big.json'), JSON.stringify(big));
// A `src` dataset is checked against its source texts, fetched beside it.
cpSync(join(root, 'data/sources'), join(scaleDir, 'sources'), { recursive: true });
/** The publisher's snippet (dist/nso-graphic.js) with a dataset given by `src`: both scale pages load the same way. */
const scalePage = (src: string) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Scale run</title><link rel="icon" href="data:,">
<script type="module" src="/nso-graphic.js"></script></head>
<body><main><nso-graphic src="${src}"></nso-graphic></main></body></html>`;
writeFileSync(join(scaleDir, 'shipped.html'), scalePage('/data/dataset.json'));
/**
 * The floor of hover latency: the least a page can do, a shape whose
 * pointerenter unhides a card. Chromium dispatches pointer moves at the start
 * of a frame, so even this takes about a frame from the event's timestamp.
 */
writeFileSync(
  join(scaleDir, 'floor.html'),
  `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hover floor</title></head><body>
<svg width="600" height="300"><rect id="target" x="100" y="50" width="300" height="200" fill="#ccc"></rect></svg>
<section id="card" hidden><h3>Mexico</h3><p>Infections reported</p></section>
<script>document.getElementById('target').addEventListener('pointerenter', () => { document.getElementById('card').hidden = false; });</script>
</body></html>`,
);
writeFileSync(join(scaleDir, 'big.html'), scalePage('/bench/big.json'));
/** The publishers' script embed: a host page with the element and the module, nothing else (no fallback content). */
writeFileSync(
  join(scaleDir, 'host.html'),
  `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host page</title><link rel="icon" href="data:,"></head>
<body><main><nso-graphic lang="fr"></nso-graphic></main>
<script type="module" src="/nso-graphic.js"></script></body></html>`,
);

// --- Serve dist/, the reference and the scale pages ---------------------------------------------

const serve = () =>
  startStaticServer({
    root: join(root, 'dist'),
    mounts: { '/reference/': join(root, 'dist-bench/reference'), '/bench/': scaleDir },
  });

// --- In the page -------------------------------------------------------------------------------

interface Expect {
  kind: 'ours' | 'reference' | 'floor';
  countries?: number;
  quotes?: number;
  /** A prerendered page: also time its hydration (the map inside the graphic updated by its module). */
  hydrates?: boolean;
  /** At the instant hydration completes, hover Mexico with a synthetic event and note whether its card opens. */
  probe?: boolean;
}

/** What the page logs once complete, and once hydrated. */
const COMPLETE = 'nso-bench: complete';
const HYDRATED = 'nso-bench: hydrated';

/** One response the page received: its URL and when its last byte arrived (ms from navigation start). */
interface Arrival {
  url: string;
  responseEnd: number;
  /** Bytes of the body as received (the server does not compress, so the raw size). */
  size: number;
}

interface PageReport {
  /**
   * The complete graphic: the later of the frame that first holds it and the first contentful paint. Chromium
   * can run frames (and their rAF callbacks) before it presents the first one, so a page complete in such a frame
   * is seen only at its first contentful paint.
   */
  complete: number;
  /** The end of the first frame holding the complete graphic, as checked in the page. */
  frame: number;
  /** First contentful paint, for comparison with `complete`. */
  fcp: number;
  /** When the map inside the graphic had hydrated (0: not a prerendered page). */
  hydrated: number;
  /** The synthetic hover at the hydration instant: the card's heading in the next frame ('' if none). */
  answered?: string;
  cls: number;
  shifts: { value: number; at: number; sources: string[] }[];
  longTasks: number[];
  arrivals: Arrival[];
}

/**
 * Runs before any of the page's scripts: watches layout shifts, long tasks
 * and paints, and checks every frame whether the graphic is complete. When it
 * is, the time is taken in a task queued from that frame's rAF, i.e. after the
 * frame holding it has been painted (the same for every page), and the page
 * says so on its console. On a prerendered page the check pierces the
 * declarative shadow roots, which exist before any script runs; hydration is
 * timed separately, when the map's first update (its hydration) has completed.
 */
function instrument({ expect, COMPLETE, HYDRATED }: { expect: Expect; COMPLETE: string; HYDRATED: string }): void {
  const bench = {
    complete: 0,
    fcp: 0,
    hydrated: 0,
    answered: undefined as string | undefined,
    shifts: [] as { value: number; at: number; sources: string[] }[],
    longTasks: [] as number[],
  };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  const describe = (node: Node | null | undefined) => {
    if (!(node instanceof Element)) return String(node?.nodeName ?? '?');
    const host = (node.getRootNode() as ShadowRoot).host;
    return `${host ? `${host.localName} > ` : ''}${node.localName}${node.className ? `.${String(node.className).trim().replace(/\s+/g, '.')}` : ''}`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    })[]) {
      const rect = (r: DOMRectReadOnly) => `${r.x},${r.y} ${r.width}×${r.height}`;
      if (!entry.hadRecentInput)
        bench.shifts.push({
          value: entry.value,
          at: entry.startTime,
          sources: (entry.sources ?? []).map(
            (s) => `${describe(s.node)} ${rect(s.previousRect)} → ${rect(s.currentRect)}`,
          ),
        });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });

  const graphicRoot = () => document.querySelector('nso-graphic')?.shadowRoot;
  const mapRoot = () => graphicRoot()?.querySelector('nso-map')?.shadowRoot;
  const visible = (el: Element | null | undefined) =>
    !!el && el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  /** The whole graphic: the map with its labels, the figures, the first quote, the footer. */
  const ours = () => {
    const graphic = graphicRoot();
    const map = mapRoot();
    const stats = graphic?.querySelector('nso-stats')?.shadowRoot;
    const quotes = graphic?.querySelector('nso-quotes')?.shadowRoot;
    const slide = quotes?.querySelector('.slide.current');
    const footer = graphic?.querySelector('footer');
    return (
      !!map?.querySelector('.land path') &&
      map.querySelectorAll('.country').length === expect.countries &&
      !!map.querySelector('svg text')?.textContent?.trim() &&
      (stats?.querySelectorAll('.figure .value').length ?? 0) > 0 &&
      // "1 of N": the dataset's N quotes are loaded.
      !!slide?.getAttribute('aria-label')?.endsWith(` ${expect.quotes}`) &&
      !!slide.querySelector('blockquote p')?.textContent?.trim() &&
      visible(slide) &&
      // A slide fading in is not yet painted.
      slide.getAnimations().length === 0 &&
      !!footer?.textContent?.trim() &&
      visible(footer)
    );
  };
  const done = {
    ours,
    reference: () => 'complete' in document.body.dataset,
    floor: () => !!document.getElementById('card'),
  }[expect.kind];
  const check = () => {
    if (!document.body || !done()) return void requestAnimationFrame(check);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      bench.complete = performance.now();
      console.debug(COMPLETE);
    };
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(check);

  if (expect.hydrates)
    void customElements.whenDefined('nso-map').then(async () => {
      type Lit = HTMLElement & { hasUpdated: boolean; updateComplete: Promise<boolean> };
      // The module runs after parsing, so the prerendered map is there; its first update is its hydration
      // (it waits for the graphic's to lift `defer-hydration`).
      const map = graphicRoot()?.querySelector('nso-map') as Lit | null | undefined;
      if (!map) return;
      while (!map.hasUpdated) await map.updateComplete;
      bench.hydrated = performance.now();
      if (expect.probe) {
        const mexico = mapRoot()?.querySelector('.country[data-code="MX"]');
        mexico?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
        requestAnimationFrame(() => {
          const card = mapRoot()?.querySelector<HTMLElement>('.card');
          bench.answered = card && !card.hidden ? (card.querySelector('h3')?.textContent?.trim() ?? '') : '';
          console.debug(HYDRATED);
        });
      } else console.debug(HYDRATED);
    });
}

/**
 * Moves the mouse onto Mexico's shape (the floor page: its one shape) and
 * measures, in the page, from the pointer event's timestamp to the end of the
 * first frame showing the details card (a task queued from that frame's
 * rAF), counting the frames (rAF callbacks) until then.
 */
async function hoverLatency(page: Page, kind: Expect['kind']): Promise<{ ms: number; frames: number }> {
  const point = await page.evaluate((kind) => {
    const map =
      kind === 'floor'
        ? document
        : document.querySelector('nso-graphic')!.shadowRoot!.querySelector('nso-map')!.shadowRoot!;
    const mexico = map.querySelector(kind === 'floor' ? '#target' : '.country[data-code="MX"]')!;
    mexico.scrollIntoView({ block: 'center' });
    const box = mexico.getBoundingClientRect();
    for (let fy = 0.3; fy <= 0.7; fy += 0.05)
      for (let fx = 0.3; fx <= 0.7; fx += 0.05) {
        const [x, y] = [box.left + fx * box.width, box.top + fy * box.height];
        if (map.elementFromPoint(x, y)?.closest('.country, #target') === mexico) return { x, y };
      }
    throw new Error('no point inside Mexico');
  }, kind);
  await page.mouse.move(2, 2);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  // The listener is installed before the mouse moves (an evaluation that returns once it is), and the result
  // is read afterwards.
  await page.evaluate((kind) => {
    const map =
      kind === 'floor'
        ? document
        : document.querySelector('nso-graphic')!.shadowRoot!.querySelector('nso-map')!.shadowRoot!;
    (window as unknown as { __hover: Promise<{ ms: number; frames: number }> }).__hover = new Promise((done) => {
      let heard = false;
      addEventListener(
        'pointermove',
        (event) => {
          heard = true;
          const t0 = event.timeStamp;
          let frames = 0;
          const tick = () => {
            frames += 1;
            const card = map.querySelector<HTMLElement>('.card, #card');
            if (!card || card.hidden || !card.querySelector('h3')?.textContent) return void requestAnimationFrame(tick);
            const channel = new MessageChannel();
            channel.port1.onmessage = () => done({ ms: performance.now() - t0, frames });
            channel.port2.postMessage(null);
          };
          requestAnimationFrame(tick);
        },
        { capture: true, once: true },
      );
      // Details that never show are a failure, not a hang (frames: -1 if the pointer event never came).
      setTimeout(() => done({ ms: Infinity, frames: heard ? Infinity : -1 }), 10_000);
    });
  }, kind);
  await page.mouse.move(point.x, point.y);
  return page.evaluate(() => (window as unknown as { __hover: Promise<{ ms: number; frames: number }> }).__hover);
}

/**
 * The map answers a key: focus its first country (which opens that country's
 * card), press ArrowRight, and check that the card now names another country.
 */
async function keyAnswers(page: Page): Promise<boolean> {
  const heading = () =>
    page.evaluate(() => {
      const map = document.querySelector('nso-graphic')!.shadowRoot!.querySelector('nso-map')!.shadowRoot!;
      const card = map.querySelector<HTMLElement>('.card');
      return card && !card.hidden ? (card.querySelector('h3')?.textContent?.trim() ?? '') : '';
    });
  const frames = () =>
    page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.evaluate(() => {
    const map = document.querySelector('nso-graphic')!.shadowRoot!.querySelector('nso-map')!.shadowRoot!;
    map.querySelector<SVGElement>('.country[tabindex="0"]')!.focus();
  });
  await frames();
  const first = await heading();
  await page.keyboard.press('ArrowRight');
  await frames();
  const next = await heading();
  return !!first && !!next && next !== first;
}

// --- Runs --------------------------------------------------------------------------------------

interface File {
  url: string;
  raw: number;
  gzip: number;
  brotli: number;
}

interface Load {
  report: PageReport;
  hover?: { ms: number; frames: number };
  keys?: boolean;
  /** Every response with its body, as Playwright saw them (the file tables). */
  files?: File[];
}

async function load(
  browser: Browser,
  url: string,
  expect: Expect,
  opts: {
    hover?: boolean;
    files?: boolean;
    /** Every request but the page's own document waits until the graphic is complete (or HOLD_MS). */
    hold?: boolean;
    viewport?: { width: number; height: number };
  } = {},
): Promise<Load> {
  const context = await browser.newContext({ viewport: opts.viewport ?? VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    // tsx (esbuild keepNames) wraps named functions in __name(), which the page lacks.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.addInitScript(instrument, { expect, COMPLETE, HYDRATED });
    page.on('pageerror', (error) => console.error(`${url}: ${error.message}`));
    // The graphic's messages (the reference's page asks for a favicon it lacks).
    page.on('console', (message) => {
      if (expect.kind === 'ours' && (message.type() === 'error' || message.type() === 'warning'))
        console.error(`${url}: console ${message.type()}: ${message.text()}`);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const bodies: Promise<File | null>[] = [];
    if (opts.files)
      page.on('response', (response) =>
        bodies.push(
          response.status() !== 200
            ? Promise.resolve(null)
            : response.body().then((body) => ({ url: new URL(response.url()).pathname, ...sizes(body) })),
        ),
      );
    // Heard from the page's console, not polled: Playwright's first evaluation in a page installs its injected
    // script, a long task that would land inside the time measured.
    const heard = (text: string) =>
      page.waitForEvent('console', { predicate: (m) => m.text() === text, timeout: 60_000 });
    const completed = heard(COMPLETE);
    const hydrated = expect.hydrates ? heard(HYDRATED) : Promise.resolve();
    if (opts.hold) {
      // Complete means its frame and the first contentful paint (an untimed load: evaluating here costs nothing).
      const presented = completed.then(() =>
        page.evaluate(
          () =>
            new Promise<void>((done) =>
              new PerformanceObserver((list, observer) => {
                if (!list.getEntriesByName('first-contentful-paint').length) return;
                observer.disconnect();
                done();
              }).observe({ type: 'paint', buffered: true }),
            ),
        ),
      );
      const released = Promise.race([presented, new Promise((done) => setTimeout(done, HOLD_MS))]);
      await page.route('**/*', async (route) => {
        if (!route.request().isNavigationRequest()) await released;
        await route.continue();
      });
    }
    await page.goto(url);
    await completed;
    await hydrated;
    await page.waitForTimeout(SETTLE_MS);
    const raw = await page.evaluate(() => {
      const report = (window as unknown as { __bench: Omit<PageReport, 'frame' | 'cls' | 'arrivals'> }).__bench;
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ] as PerformanceResourceTiming[];
      const arrivals = entries.map((e) => ({ url: e.name, responseEnd: e.responseEnd, size: e.encodedBodySize }));
      return { ...report, arrivals };
    });
    const report = {
      ...raw,
      frame: raw.complete,
      complete: Math.max(raw.complete, raw.fcp),
      cls: raw.shifts.reduce((sum, s) => sum + s.value, 0),
    };
    const hover = opts.hover ? await hoverLatency(page, expect.kind) : undefined;
    const keys = opts.hover && expect.kind === 'ours' ? await keyAnswers(page) : undefined;
    const files = opts.files ? (await Promise.all(bodies)).filter((f) => f !== null) : undefined;
    return { report, hover, keys, files };
  } finally {
    await context.close();
  }
}

function sizes(body: Buffer): Omit<File, 'url'> {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * Gzip sizes of what a page received, by URL: fetched once from the same
 * server (which serves every file as stored), so they are the bytes the page
 * got. A size that differs from the one the page saw (Resource Timing's
 * encoded body size) is an error, not a guess.
 */
const gzipCache = new Map<string, Promise<Omit<File, 'url'>>>();
async function gzipOf(arrival: Arrival): Promise<number> {
  let sized = gzipCache.get(arrival.url);
  if (!sized) {
    sized = fetch(arrival.url).then(async (response) => sizes(Buffer.from(await response.arrayBuffer())));
    gzipCache.set(arrival.url, sized);
  }
  const { raw, gzip } = await sized;
  if (arrival.size && raw !== arrival.size)
    throw new Error(`${arrival.url}: the page received ${arrival.size} B, the server now serves ${raw} B`);
  return gzip;
}

/** Gzip bytes of every response whose last byte arrived by `until` (ms from navigation start). */
async function bytesBy(report: PageReport, until = Infinity): Promise<number> {
  const received = report.arrivals.filter((a) => a.responseEnd > 0 && a.responseEnd <= until);
  return (await Promise.all(received.map(gzipOf))).reduce((sum, n) => sum + n, 0);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
/**
 * How far a ratio of two medians could move on this machine: its 5th and 95th
 * percentiles over 2,000 resamples of both pages' runs (a percentile
 * bootstrap, with a seeded generator so that a run's report is reproducible).
 * Printed beside the ratio, never used for the verdict.
 */
function ratioInterval(a: number[], b: number[]): [number, number] {
  let seed = 1;
  const random = () => ((seed = (seed * 48271) % 2147483647) - 1) / 2147483646;
  const resample = (values: number[]) => values.map(() => values[Math.floor(random() * values.length)]!);
  const ratios = Array.from({ length: 2000 }, () => median(resample(a)) / median(resample(b))).sort((x, y) => x - y);
  return [ratios[Math.floor(0.05 * ratios.length)]!, ratios[Math.floor(0.95 * ratios.length)]!];
}
const interval = ([low, high]: [number, number]) => `${low.toFixed(2)}–${high.toFixed(2)}`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
/** A layout shift's score: a shift too small for four places still shows. */
const score = (value: number) => (value === 0 || value >= 0.001 ? value.toFixed(4) : value.toExponential(1));
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const table = (rows: string[][]) => {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(rows[0]!), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
};

const server = await serve();
const origin = server.url.replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

const shippedExpect = { kind: 'ours', countries: shipped.countries.length, quotes: shipped.quotes.length } as const;
/** The iframe page, prerendered (declarative shadow DOM), hydrated by its module. */
const IFRAME = { url: `${origin}/embed.html`, expect: { ...shippedExpect, hydrates: true } as Expect };
/** The script embed: a host page with the element and the module, rendered client-side. */
const SCRIPT = { url: `${origin}/bench/host.html`, expect: shippedExpect as Expect };
const REFERENCE = { url: `${origin}/reference/index.html`, expect: { kind: 'reference' } as Expect };
const FLOOR = { url: `${origin}/bench/floor.html`, expect: { kind: 'floor' } as Expect };
const SCALE_SHIPPED = { url: `${origin}/bench/shipped.html`, expect: shippedExpect as Expect };
const SCALE_BIG = {
  url: `${origin}/bench/big.html`,
  expect: { kind: 'ours', countries: big.countries.length, quotes: big.quotes.length } as Expect,
};

const started = Date.now();
const out: string[] = [];
const print = (text = '') => {
  console.log(text);
  out.push(text);
};

try {
  // Warm-up (disk cache, Chromium's first-run costs).
  await load(browser, IFRAME.url, IFRAME.expect);
  await load(browser, SCRIPT.url, SCRIPT.expect);
  await load(browser, REFERENCE.url, REFERENCE.expect);
  // The files each page receives (untimed loads); for the iframe page, also the map's answer at the very instant
  // hydration completes.
  const iframeFiles = await load(browser, IFRAME.url, { ...IFRAME.expect, probe: true }, { files: true });
  const scriptFiles = (await load(browser, SCRIPT.url, SCRIPT.expect, { files: true })).files!;
  const refFiles = (await load(browser, REFERENCE.url, REFERENCE.expect, { files: true })).files!;
  // What the complete graphic needs: every request but the page's document held back until it is complete.
  const held = await load(browser, IFRAME.url, IFRAME.expect, { hold: true });

  // Interleaved, rotating which page goes first.
  const iframe: Load[] = [];
  const script: Load[] = [];
  const reference: Load[] = [];
  const floor: Load[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const pages = [
      async () => iframe.push(await load(browser, IFRAME.url, IFRAME.expect, { hover: true })),
      async () => reference.push(await load(browser, REFERENCE.url, REFERENCE.expect)),
      async () => script.push(await load(browser, SCRIPT.url, SCRIPT.expect)),
      async () => floor.push(await load(browser, FLOOR.url, FLOOR.expect, { hover: true })),
    ];
    for (let k = 0; k < pages.length; k += 1) await pages[(i + k) % pages.length]!();
    process.stderr.write(`run ${i + 1}/${RUNS}\r`);
  }
  const phone = await load(browser, IFRAME.url, IFRAME.expect, { viewport: PHONE });

  const shippedRuns: Load[] = [];
  const bigRuns: Load[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const pair = [
      async () => shippedRuns.push(await load(browser, SCALE_SHIPPED.url, SCALE_SHIPPED.expect)),
      async () => bigRuns.push(await load(browser, SCALE_BIG.url, SCALE_BIG.expect)),
    ];
    if (i % 2) pair.reverse();
    for (const run of pair) await run();
    process.stderr.write(`scale run ${i + 1}/${RUNS}\r`);
  }

  // --- Report ---
  const sum = (files: File[], key: 'raw' | 'gzip' | 'brotli') => files.reduce((s, f) => s + f[key], 0);
  const fileRows = (name: string, files: File[]) => [
    ...files.map((f) => [name, f.url, kb(f.raw), kb(f.gzip), kb(f.brotli)]),
    [name, 'total', kb(sum(files, 'raw')), kb(sum(files, 'gzip')), kb(sum(files, 'brotli'))],
  ];
  print('## Bytes each page receives (gzip -9, brotli 11, computed from the files served)');
  print();
  print(
    table([
      ['page', 'file', 'raw', 'gzip', 'brotli'],
      ...fileRows('iframe page', iframeFiles.files!),
      ...fileRows('script embed', scriptFiles),
      ...fileRows('reference', refFiles),
    ]),
  );
  print();

  const complete = (runs: Load[]) => runs.map((r) => r.report.complete);
  const hydration = (runs: Load[]) => runs.map((r) => r.report.hydrated);
  const fcp = (runs: Load[]) => runs.map((r) => r.report.fcp);
  const longest = (runs: Load[]) => runs.map((r) => Math.max(0, ...r.report.longTasks));
  print(
    `## Times (${RUNS} runs each, CPU ${CPU_SLOWDOWN}× slower, ${VIEWPORT.width}×${VIEWPORT.height}, from navigation start)`,
  );
  print();
  print(
    table([
      ['page: figure', 'median', 'min', 'max', 'runs (ms)'],
      ...(
        [
          ['iframe page: first contentful paint', fcp(iframe)],
          ['iframe page: first frame holding the complete graphic', iframe.map((r) => r.report.frame)],
          ['iframe page: complete graphic (that frame, or the first contentful paint if later)', complete(iframe)],
          ['iframe page: hydrated (the map answers)', hydration(iframe)],
          ['script embed: complete graphic', complete(script)],
          ['reference: complete map', complete(reference)],
        ] as [string, number[]][]
      ).map(([name, t]) => [
        name,
        ms(median(t)),
        ms(Math.min(...t)),
        ms(Math.max(...t)),
        t.map((v) => v.toFixed(0)).join(' '),
      ]),
    ]),
  );
  print();

  const refBytes = median(await Promise.all(reference.map((r) => bytesBy(r.report))));
  const heldBytes = await bytesBy(held.report, held.report.complete);
  const heldFiles = held.report.arrivals.filter((a) => a.responseEnd <= held.report.complete);
  const unheldBytes = median(await Promise.all(iframe.map((r) => bytesBy(r.report, r.report.complete))));
  const interactiveBytes = median(await Promise.all(iframe.map((r) => bytesBy(r.report, r.report.hydrated))));
  const scriptBytes = median(await Promise.all(script.map((r) => bytesBy(r.report))));
  const refTime = median(complete(reference));
  const iframeTime = median(complete(iframe));
  const hydratedTime = median(hydration(iframe));
  const scriptTime = median(complete(script));

  const hovers = iframe.map((r) => r.hover!);
  const hoverMs = median(hovers.map((h) => h.ms));
  const hoverFrames = Math.max(...hovers.map((h) => h.frames));
  const floorHovers = floor.map((r) => r.hover!);
  const floorMs = median(floorHovers.map((h) => h.ms));
  const floorFrames = Math.max(...floorHovers.map((h) => h.frames));
  const frames = (n: number) => `${n} frame${n === 1 ? '' : 's'}`;
  const cls = Math.max(...iframe.map((r) => r.report.cls), phone.report.cls);
  const shifts = [...iframe, phone].flatMap((r, i) =>
    r.report.shifts.map((s) => ({ ...s, run: r === phone ? `${PHONE.width} px` : `run ${i + 1}` })),
  );
  const scriptCls = Math.max(...script.map((r) => r.report.cls));
  const longTask = Math.max(...longest(iframe));
  const scriptLongTask = Math.max(...longest(script));
  const bigTime = median(complete(bigRuns));
  const shippedTime = median(complete(shippedRuns));
  const ratio = (a: number, b: number, places = 2) => `${(a / b).toFixed(places)}×`;
  const timeRatio = (a: Load[], aTimes: (r: Load[]) => number[], b: Load[], bTimes: (r: Load[]) => number[]) =>
    `${ratio(median(aTimes(a)), median(bTimes(b)))} (${interval(ratioInterval(aTimes(a), bTimes(b)))})`;

  print('## Budgets');
  print();
  print(
    table([
      ['figure', 'ours', 'reference', 'ratio', 'budget', 'verdict'],
      [
        'iframe page: bytes received before the graphic is complete, gzip (every other request held until then)',
        `${heldBytes} B`,
        `${refBytes} B (total)`,
        ratio(heldBytes, refBytes, 4),
        `≤ ${BUDGET.bytesBeforeComplete}×`,
        verdict(heldBytes <= refBytes * BUDGET.bytesBeforeComplete),
      ],
      [
        'the same, nothing held (median of the runs)',
        `${unheldBytes} B`,
        `${refBytes} B (total)`,
        ratio(unheldBytes, refBytes, 4),
        '',
        '',
      ],
      [
        'iframe page: time to the complete graphic (median; 90% interval of the ratio)',
        ms(iframeTime),
        ms(refTime),
        timeRatio(iframe, complete, reference, complete),
        `≤ ${BUDGET.timeComplete.toFixed(1)}×`,
        verdict(iframeTime <= refTime * BUDGET.timeComplete),
      ],
      [
        "iframe page: time until the map answers (hydrated; vs the reference's complete map)",
        ms(hydratedTime),
        ms(refTime),
        timeRatio(iframe, hydration, reference, complete),
        `≤ ${BUDGET.timeInteractive.toFixed(1)}×`,
        verdict(hydratedTime <= refTime * BUDGET.timeInteractive),
      ],
      [
        'iframe page: total bytes once interactive, gzip (received until hydrated; median)',
        `${interactiveBytes} B`,
        `${refBytes} B`,
        ratio(interactiveBytes, refBytes, 4),
        `≤ ${BUDGET.bytesInteractive.toFixed(1)}×`,
        verdict(interactiveBytes <= refBytes * BUDGET.bytesInteractive),
      ],
      [
        'script embed: bytes, gzip (host page and module, all received)',
        `${scriptBytes} B`,
        `${refBytes} B`,
        ratio(scriptBytes, refBytes, 4),
        `≤ ${BUDGET.scriptBytes}×`,
        verdict(scriptBytes <= refBytes * BUDGET.scriptBytes),
      ],
      [
        'script embed: time to the complete graphic (median; 90% interval of the ratio)',
        ms(scriptTime),
        ms(refTime),
        timeRatio(script, complete, reference, complete),
        `≤ ${BUDGET.scriptTime.toFixed(1)}×`,
        verdict(scriptTime <= refTime * BUDGET.scriptTime),
      ],
      [
        `cumulative layout shift through hydration, iframe page (worst of ${RUNS} at ${VIEWPORT.width} px and 1 at ${PHONE.width} px)`,
        score(cls),
        '',
        '',
        '0',
        verdict(cls === BUDGET.cls),
      ],
      [
        `cumulative layout shift, script embed (worst of ${RUNS})`,
        score(scriptCls),
        '',
        '',
        '0',
        verdict(scriptCls === BUDGET.cls),
      ],
      [
        `longest task, ${CPU_SLOWDOWN}× CPU (worst run; 0: none over 50 ms): iframe page; script embed`,
        `${ms(longTask)}; ${ms(scriptLongTask)}`,
        ms(Math.max(...longest(reference))),
        '',
        `< ${BUDGET.longTask} ms`,
        verdict(Math.max(longTask, scriptLongTask) < BUDGET.longTask),
      ],
      [
        'hover to details, iframe page: frames until shown (worst run); ms from the event (median)',
        `${frames(hoverFrames)}; ${hoverMs.toFixed(1)} ms`,
        `floor page: ${frames(floorFrames)}; ${floorMs.toFixed(1)} ms`,
        `${hoverMs >= floorMs ? '+' : '−'}${Math.abs(hoverMs - floorMs).toFixed(1)} ms`,
        frames(BUDGET.hoverFrames),
        verdict(hoverFrames <= BUDGET.hoverFrames),
      ],
      [
        `scale run: ${big.countries.length} countries, ${big.quotes.length} quotes, script embed with src (median; 90% interval)`,
        ms(bigTime),
        `shipped via src: ${ms(shippedTime)}`,
        timeRatio(bigRuns, complete, shippedRuns, complete),
        `≤ ${BUDGET.scale}×`,
        verdict(bigTime <= shippedTime * BUDGET.scale),
      ],
    ]),
  );
  print();
  const path = (url: string) => new URL(url).pathname;
  const answered = iframeFiles.report.answered;
  const late = iframe.filter((r) => r.report.frame > r.report.fcp);
  print(
    `Before the complete graphic, with every other request held (${HOLD_MS / 1000} s at most), the iframe page ` +
      `received ${heldFiles.map((a) => path(a.url)).join(', ')}; complete at ${ms(held.report.complete)}. ` +
      `The map answers: a synthetic hover on Mexico at the instant hydration completed ` +
      `${answered ? `opened its card ("${answered}") in the next frame` : 'opened no card in the next frame'}; ` +
      `after each timed run, the mouse opened a card in ${hovers.filter((h) => Number.isFinite(h.ms)).length} of ${RUNS} ` +
      `runs and ArrowRight moved the card to the next country in ${iframe.filter((r) => r.keys).length} of ${RUNS}. ` +
      `Iframe page: the complete graphic's first frame came after its first contentful paint in ` +
      `${late.length} of ${RUNS} runs` +
      (late.length ? ` (by ${ms(median(late.map((r) => r.report.frame - r.report.fcp)))}, median of those)` : '') +
      `, and after hydration in ` +
      `${iframe.filter((r) => r.report.frame > r.report.hydrated).length}.`,
  );
  print();
  print(
    `Hover runs: ${hovers.map((h) => `${h.ms.toFixed(1)} ms/${h.frames} rAF`).join(', ')}; ` +
      `floor page: ${floorHovers.map((h) => `${h.ms.toFixed(1)} ms/${h.frames} rAF`).join(', ')}. ` +
      `(At ${CPU_SLOWDOWN}× CPU a frame's own work takes more than ${FRAME_MS.toFixed(1)} ms: the floor page, which ` +
      `only unhides a card, shows the input pipeline's share.) ` +
      `Long tasks, iframe page: ${longest(iframe)
        .map((v) => v.toFixed(0))
        .join(' ')} ms; script embed: ${longest(script)
        .map((v) => v.toFixed(0))
        .join(' ')} ms; scale big: ${longest(bigRuns)
        .map((v) => v.toFixed(0))
        .join(' ')} ms.`,
  );
  if (shifts.length)
    print(
      `Layout shifts, iframe page: ${shifts.map((s) => `${score(s.value)} at ${s.at.toFixed(0)} ms, ${s.run} (${s.sources.join('; ')})`).join('; ')}`,
    );
  print();

  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? '?';
  const machine =
    `${new Date().toISOString().slice(0, 10)}; ${cpus().length} CPUs (${cpu}); Chromium ${browser.version()}; ` +
    `Node ${process.version}; ${RUNS} runs; ${((Date.now() - started) / 1000).toFixed(0)} s.`;
  print(`Machine: ${machine}`);

  if (process.argv.includes('--write')) {
    writeFileSync(
      resolve(root, 'bench/RESULTS.md'),
      `# Benchmark results\n\nLatest \`npm run bench -- --write\` (bench/run.ts; bench/README.md says what each figure is).\n\n${out.join('\n')}\n`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
