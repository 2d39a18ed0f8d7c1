/**
 * The prerendered pages: the complete graphic is in the HTML (declarative
 * shadow DOM), readable without scripts in each language, and the module then
 * hydrates those very nodes: no second copy, no layout shift, no error.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deepText, launch, open, whenInteractive } from './browser.ts';

const base = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const PAGES = {
  fr: { file: '', headline: 'WhatsApp poursuit NSO en justice', bahrain: 'Bahreïn', caption: /Pays/ },
  en: { file: '.en', headline: 'WhatsApp takes NSO to court', bahrain: 'Bahrain', caption: /Countr/ },
  ar: { file: '.ar', headline: 'واتساب يقاضي مجموعة NSO', bahrain: 'البحرين', caption: /الدول/ },
} as const;

/** What a reader can see in a shadow-piercing selector's first match (visible, with a box). */
function visibleCount(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility({ visibilityProperty: true })).length);
}

describe('without JavaScript', () => {
  for (const [lang, expected] of Object.entries(PAGES)) {
    for (const page of ['index', 'embed']) {
      it(`${page}${expected.file}.html shows the whole graphic in ${lang}: map labels, figures with sources, every quote, the table`, async () => {
        const {
          page: p,
          errors,
          context,
        } = await open(browser, `${base}${page}${expected.file}.html`, {
          javaScriptEnabled: false,
          viewport: { width: 375, height: 800 },
        });
        expect(await p.evaluate(() => document.documentElement.lang)).toBe(lang);
        expect(await p.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        expect(await deepText(p, 'nso-graphic')).toContain(expected.headline);
        // The map with its callout labels, drawn by the server.
        expect(await p.locator('nso-map svg text').allTextContents()).toContain(expected.bahrain);
        expect(await visibleCount(p, 'nso-map .country')).toBe(3);
        // The figures, each with its source excerpt in a disclosure that works without scripts.
        expect(await visibleCount(p, 'nso-stats .figure')).toBeGreaterThanOrEqual(3);
        const source = p.locator('nso-stats details').first();
        await source.locator('summary').click();
        await expect.poll(() => source.locator('blockquote').isVisible()).toBe(true);
        // Every quote, as a list: all five slides are visible at once, and no control that needs a script.
        expect(await visibleCount(p, 'nso-quotes .slide')).toBe(5);
        expect(await visibleCount(p, 'nso-quotes .controls')).toBe(0);
        // The data table, built closed, opens.
        const table = p.locator('nso-map details.data');
        await table.locator('summary').click();
        expect(await table.locator('tbody tr').count()).toBe(3);
        expect(await table.locator('caption').textContent()).toMatch(expected.caption);
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }

  it('the reader page links to its other languages, marking its own', async () => {
    const { page, context } = await open(browser, `${base}index.en.html`, { javaScriptEnabled: false });
    const links = page.locator('.langs a');
    expect(
      await links.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')])),
    ).toEqual([
      ['./index.html', null],
      ['./index.en.html', 'page'],
      ['./index.ar.html', null],
    ]);
    await context.close();
  });
});

/**
 * Opens a page whose module is held back until `release()`: the prerendered graphic can be looked at (and its
 * nodes marked) before hydration.
 */
async function openHeld(url: string, viewport = { width: 375, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
  });
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/nso-graphic.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { __shifts: number[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // Not until DOMContentLoaded: a page's module scripts run before it, and this one is held.
  await page.goto(url, { waitUntil: 'commit' });
  return { context, page, errors, release };
}

describe('with JavaScript: hydration', () => {
  for (const file of ['embed.html', 'index.ar.html']) {
    it(`${file}: the module keeps the prerendered nodes (one copy of each part), shifts nothing and logs nothing`, async () => {
      const { page, errors, context, release } = await openHeld(`${base}${file}`);
      await page.locator('nso-map svg').first().waitFor();
      // Mark the server's nodes before any script of the graphic runs.
      await page.evaluate(() => {
        const graphic = document.querySelector('nso-graphic')!;
        const parts = [...graphic.shadowRoot!.querySelectorAll('nso-map, nso-stats, nso-quotes')];
        for (const part of parts)
          for (const el of part.shadowRoot!.querySelectorAll('svg, .figure, .slide'))
            (el as unknown as { __server: boolean }).__server = true;
      });
      expect(await page.evaluate(() => customElements.get('nso-graphic'))).toBeUndefined();
      release();
      expect(await whenInteractive(page)).toBe(true);
      const after = await page.evaluate(() => {
        const graphic = document.querySelector('nso-graphic')!;
        const root = graphic.shadowRoot!;
        const inParts = (selector: string) =>
          [...root.querySelectorAll('nso-map, nso-stats, nso-quotes')].flatMap((part) => [
            ...part.shadowRoot!.querySelectorAll(selector),
          ]);
        const all = inParts('svg, .figure, .slide');
        return {
          parts: ['nso-map', 'nso-stats', 'nso-quotes'].map((tag) => root.querySelectorAll(tag).length),
          graphics: document.querySelectorAll('nso-graphic').length,
          kept: all.every((el) => (el as unknown as { __server?: boolean }).__server === true),
          maps: inParts('svg[part="svg"]').length,
          slides: inParts('.slide').length,
          deferred: [...root.querySelectorAll('[defer-hydration]')].length,
        };
      });
      expect(after).toEqual({ parts: [1, 1, 1], graphics: 1, kept: true, maps: 1, slides: 5, deferred: 0 });
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('at 1280 px, the map keeps the labels the server placed for a phone: hydration moves none of them', async () => {
    const { page, errors, context, release } = await openHeld(`${base}embed.html`, { width: 1280, height: 900 });
    await page.locator('nso-map svg').first().waitFor();
    const labels = () =>
      page.locator('nso-map .pin text').evaluateAll((texts) =>
        texts.map((t) => {
          const r = t.getBoundingClientRect();
          return [t.textContent, Math.round(r.x), Math.round(r.y)];
        }),
      );
    const before = await labels();
    expect(before.length).toBeGreaterThanOrEqual(2);
    release();
    expect(await whenInteractive(page)).toBe(true);
    await page.waitForTimeout(300);
    expect(await labels()).toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('then answers the reader: a hover opens a country, arrow keys walk the map, Next turns the carousel', async () => {
    const { page, errors, context } = await open(browser, `${base}embed.html`, {
      viewport: { width: 1280, height: 900 },
    });
    expect(await whenInteractive(page)).toBe(true);
    await page.locator('nso-map .country[data-code="MX"] .shape').hover();
    await expect.poll(() => deepText(page, '.card:not([hidden])')).toMatch(/Mexique/);
    await page.locator('nso-map .country[tabindex="0"]').focus();
    await page.keyboard.press('ArrowRight');
    const focused = () =>
      page.evaluate(
        () =>
          document
            .querySelector('nso-graphic')!
            .shadowRoot!.querySelector('nso-map')!
            .shadowRoot!.activeElement?.getAttribute('data-code') ?? null,
      );
    const first = await focused();
    await page.keyboard.press('ArrowRight');
    expect(await focused()).not.toBe(first);
    const counter = page.locator('nso-quotes .counter');
    expect(await counter.textContent()).toMatch(/1 sur 5/);
    await page.locator('nso-quotes button.next').click();
    await expect.poll(() => counter.textContent()).toMatch(/2 sur 5/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('old links and themes', () => {
  it('embed.html?lang=en goes to embed.en.html before painting, keeping the query and the fragment', async () => {
    const { page, errors, context } = await open(browser, `${base}embed.html?lang=en&childId=g1#secret=abc`);
    await page.waitForURL(/embed\.en\.html/);
    expect(new URL(page.url()).pathname).toMatch(/\/embed\.en\.html$/);
    expect(new URL(page.url()).search).toBe('?lang=en&childId=g1');
    expect(new URL(page.url()).hash).toBe('#secret=abc');
    expect(await deepText(page, 'nso-graphic')).toContain('WhatsApp takes NSO to court');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('embed.html?theme=dark paints the graphic dark before its module runs, in a light system', async () => {
    const { page, context, release } = await openHeld(`${base}embed.html?theme=dark`);
    await page.locator('nso-map svg').first().waitFor();
    const background = () =>
      page.evaluate(() => {
        const root = document.querySelector('nso-graphic')!.shadowRoot!.querySelector('.root')!;
        return getComputedStyle(root).backgroundColor;
      });
    expect(await background()).toBe('rgb(20, 20, 20)');
    release();
    expect(await whenInteractive(page)).toBe(true);
    await expect.poll(() => page.locator('nso-graphic').getAttribute('theme')).toBe('dark');
    expect(await background()).toBe('rgb(20, 20, 20)');
    await context.close();
  });
});

describe('social metadata', () => {
  for (const [lang, expected] of Object.entries(PAGES)) {
    it(`embed${expected.file}.html and index${expected.file}.html describe themselves in ${lang}, with their own card`, async () => {
      for (const page of ['embed', 'index']) {
        const html = await (await fetch(`${base}${page}${expected.file}.html`)).text();
        const meta = (key: string) =>
          new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1] ?? null;
        expect(meta('og:title')).toBe(expected.headline);
        expect(meta('og:image')).toBe(`social/card.${lang}.png`);
        expect(meta('twitter:card')).toBe('summary_large_image');
        expect(meta('og:description')?.length).toBeGreaterThan(40);
      }
    });
  }
});
