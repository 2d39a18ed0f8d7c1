/**
 * The graphic on phones, in Chromium, where layout shifts are measured
 * (PerformanceObserver 'layout-shift'; a shift within 500 ms of the reader's
 * own input is not counted, as in CLS). Firefox and WebKit run the same
 * journeys in tests/cross.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, open, WCAG22, whenInteractive } from './browser.ts';

const base = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Starts recording layout shifts; the function returned gives the sum of those not caused by the reader's input. */
async function recordShifts(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) w.__shift += entry.value;
    }).observe({ type: 'layout-shift' });
  });
  return async () => {
    // Entries are delivered after the frame that shifted.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    return page.evaluate(() => (window as unknown as { __shift: number }).__shift);
  };
}

const phone = { viewport: { width: 375, height: 700 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const counter = (page: Page) => page.locator('nso-quotes .counter');
/** Where the figures start in the page (not the viewport, which tapping may scroll). */
const statsTop = (page: Page) => page.locator('nso-stats').evaluate((el) => el.getBoundingClientRect().top + scrollY);

describe('the graphic on a phone', () => {
  it('a tap on Mexico opens its card over the page, and one tap on Next closes it and shows "2 sur 5", shifting nothing', async () => {
    const { page, context, errors } = await open(browser, `${base}embed.html?lang=fr`, phone);
    await expect.poll(() => counter(page).textContent()).toBe('1 sur 5');
    await whenInteractive(page);
    const shifts = await recordShifts(page);
    const stats = await statsTop(page);
    await page.locator('nso-map [role="button"][aria-label^="Mexique"]').tap();
    await expect.poll(() => page.locator('nso-map #card').isVisible()).toBe(true);
    expect(await statsTop(page)).toBe(stats);
    await page.locator('nso-quotes button.next').tap();
    await expect.poll(() => counter(page).textContent()).toBe('2 sur 5');
    await expect.poll(() => page.locator('nso-map #card').isVisible()).toBe(false);
    expect(await statsTop(page)).toBe(stats);
    expect(await shifts()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with a mouse at 768 px, hovering a country opens its card over the page, shifting nothing', async () => {
    const { page, context } = await open(browser, `${base}embed.html?lang=fr`, {
      viewport: { width: 768, height: 900 },
    });
    await expect.poll(() => counter(page).textContent()).toBe('1 sur 5');
    await whenInteractive(page);
    const shifts = await recordShifts(page);
    await page.locator('nso-map [role="button"][aria-label^="Émirats"]').hover();
    await expect.poll(() => page.locator('nso-map #card').isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    expect(await shifts()).toBe(0);
    await context.close();
  });

  it('stepping through the quotes at 320 px, the carousel follows each one, shifting nothing but after the taps', async () => {
    const { page, context } = await open(browser, `${base}embed.html?lang=fr`, {
      ...phone,
      viewport: { width: 320, height: 700 },
    });
    await expect.poll(() => counter(page).textContent()).toBe('1 sur 5');
    await whenInteractive(page);
    const shifts = await recordShifts(page);
    const heights = new Set<number>();
    for (let i = 2; i <= 5; i += 1) {
      await page.locator('nso-quotes button.next').tap();
      await expect.poll(() => counter(page).textContent()).toBe(`${i} sur 5`);
      heights.add((await page.locator('nso-quotes').boundingBox())!.height);
    }
    expect(heights.size).toBeGreaterThan(1);
    expect(await shifts()).toBe(0);
    await context.close();
  });

  it('has no axe violations against WCAG 2.2 A and AA with a card open over the page', async () => {
    const { page, context } = await open(browser, `${base}embed.html?lang=fr`, phone);
    await whenInteractive(page);
    await page.locator('nso-map [role="button"][aria-label^="Mexique"]').tap();
    await expect.poll(() => page.locator('nso-map #card').isVisible()).toBe(true);
    const results = await new AxeBuilder({ page }).withTags(WCAG22).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
});
