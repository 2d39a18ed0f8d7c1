/**
 * Firefox ESR and WebKitGTK from Debian, behind one small interface, for the
 * cross-browser smoke tests. Nothing downloads a browser or a driver:
 * - Firefox through puppeteer-core over WebDriver BiDi;
 * - WebKit through WebKitWebDriver (WebDriver classic, with webdriverio) and
 *   its MiniBrowser, under a virtual display (xvfb-run).
 * Pointer input is real (mouse events at viewport coordinates), as a reader's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer, { type Browser as PuppeteerBrowser, type Page } from 'puppeteer-core';
import { remote } from 'webdriverio';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Debian's MiniBrowser, under the machine's multiarch folder (/usr/lib/x86_64-linux-gnu/…). */
export const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH ??
  readdirSync('/usr/lib')
    .map((dir) => `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`)
    .find((path) => existsSync(path)) ??
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export type BrowserName = 'firefox' | 'webkit';

export interface Driver {
  readonly name: BrowserName;
  /** Opens a URL at the current viewport size, then installs the page helpers (window.__t). */
  goto(url: string): Promise<void>;
  /** Sets the viewport's CSS size (Firefox's headless scrollbar takes 12 px of its width). */
  resize(width: number, height: number): Promise<void>;
  /** Runs a self-contained function in the page, with JSON arguments. */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** A real mouse click at viewport coordinates (CSS px). */
  click(x: number, y: number): Promise<void>;
  /** Moves the mouse to viewport coordinates. */
  hover(x: number, y: number): Promise<void>;
  /** Presses and releases a key ("Tab", "ArrowRight", "Escape", "Enter"). */
  press(key: 'Tab' | 'ArrowRight' | 'ArrowLeft' | 'Escape' | 'Enter'): Promise<void>;
  /** Saves a PNG of the whole page. */
  screenshot(path: string): Promise<void>;
  /** Uncaught errors and rejections seen since the page loaded. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

/** Page helpers, installed after each navigation; they search through shadow roots, as a reader's eye does. */
const installHelpers = () => {
  const w = window as unknown as Record<string, unknown>;
  const errors: string[] = (w.__errors as string[] | undefined) ?? [];
  w.__errors = errors;
  if (!w.__errorsHooked) {
    w.__errorsHooked = true;
    window.addEventListener('error', (e) => errors.push(`error: ${e.message}`));
    window.addEventListener('unhandledrejection', (e) => errors.push(`rejection: ${String(e.reason)}`));
  }
  const all = (root: Document | ShadowRoot | Element = document): Element[] => {
    const out: Element[] = [];
    const visit = (node: Document | ShadowRoot | Element) => {
      for (const el of node.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(root);
    return out;
  };
  const text = (node: Node): string => {
    if (node instanceof Element && node.shadowRoot) return text(node.shadowRoot);
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return '';
    return Array.from(node.childNodes, text).join(' ');
  };
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  const shown = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility === 'visible';
  };
  /** The first shown element matching a CSS selector, whose accessible text (aria-label, else text) matches. */
  const find = (selector: string, name?: string): Element | undefined =>
    all().find(
      (el) =>
        el.matches(selector) &&
        shown(el) &&
        (name === undefined || new RegExp(name).test(el.getAttribute('aria-label') ?? clean(text(el)))),
    );
  const box = (el: Element | undefined) => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height, cx: r.x + r.width / 2, cy: r.y + r.height / 2 };
  };
  w.__t = { all, text: (el: Node) => clean(text(el)), find, box, shown };
};

/** The helpers' types, for the functions tests pass to evaluate(). */
export interface PageHelpers {
  all(root?: Document | ShadowRoot | Element): Element[];
  text(node: Node): string;
  find(selector: string, name?: string): Element | undefined;
  box(el: Element | undefined): { x: number; y: number; width: number; height: number; cx: number; cy: number } | null;
  shown(el: Element): boolean;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function launchFirefox(): Promise<Driver> {
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: { 'app.update.enabled': false, 'browser.shell.checkDefaultBrowser': false },
  });
  const page: Page = await browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`pageerror: ${(error as Error).message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
  });
  let size = { width: 375, height: 800 };
  await page.setViewport(size);
  return {
    name: 'firefox',
    async goto(url) {
      pageErrors.length = 0;
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(installHelpers);
    },
    async resize(width, height) {
      size = { width, height };
      await page.setViewport(size);
    },
    evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
    click: (x, y) => page.mouse.click(x, y),
    hover: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key),
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png`, fullPage: true });
    },
    async errors() {
      return [...pageErrors, ...(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors))];
    },
    close: () => browser.close(),
  };
}

/** WebDriver key codes (the spec's private-use characters). */
const KEYS = { Tab: '\uE004', ArrowLeft: '\uE012', ArrowRight: '\uE014', Escape: '\uE00C', Enter: '\uE007' };

export async function launchWebKit(): Promise<Driver> {
  if (!existsSync(MINIBROWSER_PATH)) throw new Error(`MiniBrowser not found at ${MINIBROWSER_PATH}`);
  const port = await freePort();
  // Its own process group, so that closing ends xvfb-run, Xvfb and the driver together.
  const driver: ChildProcess = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
  });
  const stopDriver = () => {
    try {
      process.kill(-driver.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  let browser: WebdriverIO.Browser | undefined;
  for (let attempt = 0; !browser; attempt += 1) {
    try {
      browser = await remote({
        hostname: '127.0.0.1',
        port,
        logLevel: 'silent',
        connectionRetryCount: 0,
        capabilities: {
          browserName: 'MiniBrowser',
          // Asking for BiDi (webSocketUrl) fails to match WebKitWebDriver's capabilities.
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': {
            binary: MINIBROWSER_PATH,
            // Without --full-screen the toolbar keeps the window at least 447 px wide.
            args: ['--automation', '--full-screen'],
          },
        } as WebdriverIO.Capabilities,
      });
    } catch (error) {
      // The driver takes a moment to listen under a new virtual display.
      if (attempt >= 40) {
        stopDriver();
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  const b = browser;
  let size = { width: 375, height: 800 };
  await b.setWindowSize(size.width, size.height);
  const mouse = (x: number, y: number, click: boolean) => {
    const action = b
      .action('pointer', { parameters: { pointerType: 'mouse' } })
      .move({ x: Math.round(x), y: Math.round(y) });
    return (click ? action.down({ button: 0 }).up({ button: 0 }) : action).perform();
  };
  return {
    name: 'webkit',
    async goto(url) {
      await b.url(url);
      await b.execute(installHelpers);
    },
    async resize(width, height) {
      size = { width, height };
      await b.setWindowSize(width, height);
    },
    evaluate: (fn, ...args) => b.execute(fn as never, ...(args as unknown as never[])) as never,
    click: (x, y) => mouse(x, y, true),
    hover: (x, y) => mouse(x, y, false),
    async press(key) {
      await b.action('key').down(KEYS[key]).up(KEYS[key]).perform();
    },
    async screenshot(path) {
      // Screenshots cover the window only: it grows to the page's height first, then back.
      const height = await b.execute(() => document.documentElement.scrollHeight);
      await b.setWindowSize(size.width, Math.max(size.height, height));
      writeFileSync(path, Buffer.from(await b.takeScreenshot(), 'base64'));
      await b.setWindowSize(size.width, size.height);
    },
    // The driver reports no console messages: the page helpers record what is thrown after load.
    errors: () => b.execute(() => (window as unknown as { __errors: string[] }).__errors),
    async close() {
      try {
        await b.deleteSession();
      } finally {
        stopDriver();
      }
    },
  };
}

export const LAUNCH: Record<BrowserName, () => Promise<Driver>> = { firefox: launchFirefox, webkit: launchWebKit };
