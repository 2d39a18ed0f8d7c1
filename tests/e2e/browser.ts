/** One Chromium per test file, from Debian, with a fresh context per page. */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';

/** axe's tags for WCAG 2.2 A and AA (target-size runs only when wcag22aa is asked for). */
export const WCAG22 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors and console errors seen on the page. */
  errors: string[];
}

/** Opens a page that records uncaught errors and console errors. */
export async function open(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<Opened> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  return { context, page, errors };
}

/** The text a reader sees in an element, shadow roots included (textContent stops at them). */
export function deepText(page: Page, selector: string): Promise<string> {
  return page.evaluate((selector) => {
    const walk = (node: Node): string => {
      if (node instanceof Element && node.shadowRoot) return walk(node.shadowRoot);
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return '';
      return Array.from(node.childNodes, walk).join(' ');
    };
    const find = (root: Document | ShadowRoot): Element | null => {
      const hit = root.querySelector(selector);
      if (hit) return hit;
      for (const el of root.querySelectorAll('*')) {
        const inner = el.shadowRoot && find(el.shadowRoot);
        if (inner) return inner;
      }
      return null;
    };
    const el = find(document);
    return el ? walk(el).replace(/\s+/g, ' ').trim() : '';
  }, selector);
}

/** Records every CSP violation on the page, from before its first script runs. */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations ?? []);
}

/**
 * Resolves true once every element of the graphic on the page has rendered or hydrated (prerendered parts hydrate
 * a task after the graphic): before that, a hover or a tap does nothing.
 */
export function whenInteractive(page: Page): Promise<boolean> {
  return page
    .waitForFunction(() => {
      const parts: Element[] = [];
      const visit = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName.startsWith('nso-')) parts.push(el);
          if (el.shadowRoot) visit(el.shadowRoot);
        }
      };
      visit(document);
      return parts.length > 0 && parts.every((el) => (el as Element & { hasUpdated?: boolean }).hasUpdated === true);
    })
    .then(() => true);
}
