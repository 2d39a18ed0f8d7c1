/**
 * A dataset other than the shipped one, with many small countries: the 45
 * countries where Citizen Lab found Pegasus operators in 2018 ("Hide and
 * Seek"), as an editor might report them. On a phone most of them are too
 * small to point at and their labels cannot all fit: the map must stay
 * readable (no label over another, nor over another country's dot) and
 * every country must keep a target of 24 × 24 CSS px: its shape, its label,
 * or its button in the data table (WCAG 2.5.8's equivalent control).
 */
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, WCAG22 } from './browser.ts';
import { startStaticServer, type Route, type StaticServer } from '../../scripts/static-server.ts';

const CODES =
  'DZ BH BD BR CA CI EG FR GR IN IQ IL JO KZ KE KW KG LV LB LY MX MA NL OM PK PS PL QA RW SA SG ZA CH TJ TH TG TN TR AE UG GB US UZ YE ZM'.split(
    ' ',
  );

const cdn = inject('baseURL');
let browser: Browser;
let publisher: StaticServer;
const routes = new Map<string, Route>();

beforeAll(async () => {
  const d = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
  const provenance = d.countries[0].provenance;
  d.countries = CODES.map((code) => ({ code, status: 'reported', count: 'not-disclosed', provenance }));
  routes.set('/data.json', { body: JSON.stringify(d), type: 'application/json' });
  routes.set('/sources/article.fr.txt', {
    body: readFileSync('data/sources/article.fr.txt', 'utf8'),
    type: 'text/plain',
  });
  routes.set('/host.html', {
    body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
      <body><nso-graphic src="data.json"></nso-graphic><script type="module" src="${cdn}nso-graphic.js"></script></body></html>`,
  });
  browser = await launch();
  publisher = await startStaticServer({ root: 'tests/e2e/pages', routes });
});
afterAll(async () => {
  await browser.close();
  await publisher.close();
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface MapState {
  countries: { code: string; shape?: Box; marker?: Box; label?: Box }[];
  rows: { code: string; box: Box; name: string }[];
  scrollWidth: number;
}

async function openMap(width: number): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${publisher.url}host.html`);
  await page.locator('nso-graphic nso-map .country').first().waitFor();
  await expect.poll(() => page.locator('nso-map .country').count()).toBe(CODES.length);
  await page.locator('nso-map [part="table"] summary').click();
  await expect.poll(() => page.locator('nso-map tbody button').count()).toBe(CODES.length);
  return { page, close: () => context.close() };
}

const state = (page: Page): Promise<MapState> =>
  page.evaluate(() => {
    const map = document.querySelector('nso-graphic')!.shadowRoot!.querySelector('nso-map')!.shadowRoot!;
    const box = (el: Element | null) => {
      if (!el) return undefined;
      const { x, y, width, height } = el.getBoundingClientRect();
      return { x, y, width, height };
    };
    return {
      countries: [...map.querySelectorAll<SVGGElement>('.country')].map((g) => ({
        code: g.dataset.code!,
        shape: box(g.querySelector('.shape')),
        marker: box(g.querySelector('.marker')),
        label: box(g.querySelector('.hit')),
      })),
      rows: [...map.querySelectorAll<HTMLButtonElement>('tbody button')].map((b) => ({
        code: b.dataset.code!,
        box: box(b)!,
        name: b.textContent!.trim(),
      })),
      scrollWidth: document.documentElement.scrollWidth,
    };
  });

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('a map of 45 reported countries', () => {
  for (const width of [320, 360, 1280]) {
    it(`at ${width} px: no label covers another label or another country's dot, and every country has a 24 px target`, async () => {
      const { page, close } = await openMap(width);
      const s = await state(page);
      const labels = s.countries.filter((c) => c.label);
      const rows = new Map(s.rows.map((c) => [c.code, c.box]));
      for (const a of labels) {
        for (const b of s.countries) {
          if (b === a) continue;
          if (b.label) expect(overlap(a.label!, b.label), `${a.code} over ${b.code}'s label`).toBe(false);
          if (b.marker) expect(overlap(a.label!, b.marker), `${a.code} over ${b.code}'s dot`).toBe(false);
        }
      }
      for (const c of s.countries) {
        // Its own shape when large enough, else its label, else its button in the data table.
        const target = [c.shape, c.label, rows.get(c.code)].find((b) => b && b.width >= 24 && b.height >= 24);
        expect(target, c.code).toBeDefined();
      }
      // On a phone most of them are dots without a label: the table is their target.
      if (width < 400) expect(s.countries.filter((c) => c.marker && !c.label).length).toBeGreaterThan(20);
      expect(s.scrollWidth).toBeLessThanOrEqual(width);
      await close();
    });
  }

  it('at 360 px, the data table’s buttons open their country’s card', async () => {
    const { page, close } = await openMap(360);
    const s = await state(page);
    // Alphabetical in the reader's language.
    const names = s.rows.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    const button = page.locator('nso-map tbody button', { hasText: 'Bahreïn' });
    const card = page.locator('nso-map #card');
    // Hovering opens nothing: a card opening under the map would cover the rows under the pointer.
    await button.hover();
    expect(await card.isVisible()).toBe(false);
    // From the table scrolled to the top of the screen (the map above it, out of view), a tap shows the card.
    await page.locator('nso-map table').evaluate((table) => table.scrollIntoView({ block: 'start' }));
    await button.click();
    await expect.poll(() => card.isVisible()).toBe(true);
    await expect
      .poll(async () => {
        const box = (await card.boundingBox())!;
        // Within a pixel: scrolling aligns it to the top edge at subpixel positions.
        return box.y >= -1 && box.y + box.height <= 901;
      })
      .toBe(true);
    expect(await card.locator('h3').textContent()).toBe('Bahreïn');
    expect(await page.locator('nso-map .country[data-code="BH"]').getAttribute('aria-expanded')).toBe('true');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    // A tap elsewhere (the summary above the map; the card lies over the legend) closes it.
    await page.locator('nso-map .summary').click();
    await expect.poll(() => card.isVisible()).toBe(false);
    await close();
  });

  it('at 360 px, the keyboard still walks all 45 countries on the map', async () => {
    const { page, close } = await openMap(360);
    await page.locator('nso-map .country[tabindex="0"]').focus();
    const seen = new Set<string>();
    for (let i = 0; i < CODES.length; i += 1) {
      seen.add(
        await page.evaluate(
          () =>
            (
              document.querySelector('nso-graphic')!.shadowRoot!.querySelector('nso-map')!.shadowRoot!
                .activeElement as SVGElement
            ).dataset.code!,
        ),
      );
      await page.keyboard.press('ArrowRight');
    }
    expect(seen.size).toBe(CODES.length);
    await close();
  });

  for (const width of [360, 1280]) {
    it(`at ${width} px, has no axe violations against WCAG 2.2 A and AA`, async () => {
      const { page, close } = await openMap(width);
      const results = await new AxeBuilder({ page }).withTags(WCAG22).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
      await close();
    });
  }
});
