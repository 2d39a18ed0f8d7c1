/**
 * An administrator (who may post iframes and scripts) pastes the reader page's
 * iframe code into a Custom HTML block of a Twenty Twenty-Three post.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, open } from '../e2e/browser.ts';
import { htmlBlock, publishAs } from './posts.ts';

const site = inject('wordpressURL');
let browser: Browser;
let post: string;

beforeAll(async () => {
  browser = await launch();
  // The code as the reader page hands it out.
  const { page, context } = await open(browser, `${site}/nso/index.en.html`);
  await page.waitForFunction(() => document.getElementById('code-iframe')?.textContent?.includes('<iframe'));
  const iframeCode = (await page.locator('#code-iframe').textContent())!;
  await context.close();
  post = publishAs('administrator', 'Iframe code pasted by an administrator', htmlBlock(iframeCode));
});
afterAll(async () => {
  await browser?.close();
});

describe("the reader page's iframe code in a WordPress post", () => {
  it("at 1280 px, sits centred in the theme's column, no wider than it, and fits its height", async () => {
    const { page, context } = await open(browser, post, { viewport: { width: 1280, height: 900 } });
    const boxes = () =>
      page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        const frame = box('iframe[data-nso-graphic]');
        const title = box('h1.wp-block-post-title');
        return { frame, title };
      });
    // resize.js sets the frame's height from the graphic's report.
    await expect.poll(() => page.frames().length).toBe(2);
    const inner = () =>
      page.frames()[1]!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await expect.poll(async () => Math.abs((await boxes()).frame.height - (await inner())) <= 1).toBe(true);
    const { frame, title } = await boxes();
    expect(Math.abs(frame.left + frame.width / 2 - (title.left + title.width / 2))).toBeLessThanOrEqual(1);
    expect(frame.width).toBeLessThanOrEqual(title.width + 1);
    expect(frame.width).toBeGreaterThan(500);
    await page.screenshot({ path: 'test-results/wordpress/iframe-code-1280.png', fullPage: true });
    await context.close();
  });
});
