/**
 * An author (no unfiltered_html: WordPress strips their scripts and iframes)
 * pastes the graphic's URL into a post of Debian's WordPress 6.1, theme Twenty
 * Twenty-Three. WordPress discovers the oEmbed file, embeds the compact view in
 * its sandboxed iframe and sizes it from the frame's wp-embed messages.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, open } from '../e2e/browser.ts';
import { embedBlock, publishAs } from './posts.ts';
import { wordpressPhp } from './wordpress-server.ts';

const site = inject('wordpressURL');
const graphicURL = `${site}/nso/embed.en.html`;
const SHOTS = 'test-results/wordpress';
let browser: Browser;
let post: string;

/** The embedded graphic's frame, once it has loaded. */
async function graphicFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(graphicURL))).toBe(true);
  return page.frames().find((f) => f.url().startsWith(graphicURL))!;
}

/** The iframe's height in the post, and the height of the document inside it. */
async function heights(page: Page, frame: Frame) {
  const iframe = await page.$eval('iframe.wp-embedded-content', (el) => ({
    attribute: Number(el.getAttribute('height')),
    box: el.getBoundingClientRect().height,
  }));
  const inner = await frame.evaluate(() => ({
    content: Math.ceil(document.documentElement.getBoundingClientRect().height),
    scrolls: document.documentElement.scrollHeight > window.innerHeight,
  }));
  return { ...iframe, ...inner };
}

beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
  post = publishAs('author', 'Pasted by an author', embedBlock(graphicURL));
});
afterAll(async () => {
  await browser?.close();
});

describe('an author pastes the URL of the iframe page', () => {
  it("the block editor's preview (WordPress's oEmbed proxy) gets the compact graphic's iframe", () => {
    const proxied = JSON.parse(
      wordpressPhp(`
        wp_set_current_user(get_user_by('login', 'nso-author')->ID);
        $request = new WP_REST_Request('GET', '/oembed/1.0/proxy');
        $request->set_param('url', ${JSON.stringify(graphicURL)});
        echo wp_json_encode(rest_do_request($request)->get_data());
      `),
    ) as { type: string; html: string; thumbnail_url: string };
    expect(proxied.type).toBe('rich');
    expect(proxied.html).toContain(`src="${graphicURL}?view=compact#?secret=`);
    expect(proxied.html).toContain('sandbox="allow-scripts"');
    expect(proxied.thumbnail_url).toBe(`${site}/nso/social/card.en.png`);
  });

  for (const [width, scheme] of [
    [1280, 'light'],
    [375, 'light'],
    [1280, 'dark'],
    [375, 'dark'],
  ] as const) {
    it(`at ${width} px (${scheme}), the post shows the whole compact graphic, sized to it, with no inner scrollbar`, async () => {
      const { page, context, errors } = await open(browser, post, {
        viewport: { width, height: 900 },
        colorScheme: scheme,
      });
      const sandbox = await page.$eval('iframe.wp-embedded-content', (el) => el.getAttribute('sandbox'));
      expect(sandbox).toBe('allow-scripts');
      const frame = await graphicFrame(page);
      expect(await page.title()).toMatch(/Pasted by an author/);
      await expect
        .poll(async () => {
          const h = await heights(page, frame);
          return h.attribute === h.content && Math.abs(h.box - h.content) <= 1 && !h.scrolls;
        })
        .toBe(true);
      const { content } = await heights(page, frame);
      expect(content).toBeGreaterThanOrEqual(200);
      expect(content).toBeLessThanOrEqual(1000);
      const text = await frame.evaluate(() => document.body.innerText);
      expect(text).toContain('The full graphic');
      expect(await frame.locator('nso-graphic').getAttribute('lang')).toBe('en');
      console.log(`WordPress post at ${width} px (${scheme}): the compact graphic is ${content} px tall`);
      await page.locator('iframe.wp-embedded-content').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/oembed-${width}-${scheme}.png`, fullPage: true });
      expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
      await context.close();
    });
  }

  it('the frame follows a narrower column: its height is measured again', async () => {
    const { page, context } = await open(browser, post, { viewport: { width: 1280, height: 900 } });
    const frame = await graphicFrame(page);
    await expect.poll(async () => (await heights(page, frame)).attribute).not.toBe(760);
    const wide = (await heights(page, frame)).content;
    await page.setViewportSize({ width: 375, height: 900 });
    await expect
      .poll(async () => {
        const h = await heights(page, frame);
        return h.attribute === h.content && h.content !== wide && !h.scrolls;
      })
      .toBe(true);
    await context.close();
  });

  it("past WordPress's 1000 px (the data table opened at 320 px), the frame scrolls to the rest", async () => {
    // The country card lies over the page and adds no height: the table, on the narrowest phone, does.
    const { page, context } = await open(browser, post, { viewport: { width: 320, height: 900 } });
    const frame = await graphicFrame(page);
    await frame.locator('nso-map details.data').evaluate((details) => ((details as HTMLDetailsElement).open = true));
    await expect.poll(async () => (await heights(page, frame)).content).toBeGreaterThan(1000);
    await expect.poll(async () => (await heights(page, frame)).attribute).toBe(1000);
    // The frame's own scrolling reaches its last line.
    const reached = await frame.evaluate(() => {
      const root = document.scrollingElement!;
      root.scrollTop = root.scrollHeight;
      const last = document.querySelector('a[data-full-graphic]')!.getBoundingClientRect();
      return last.bottom <= window.innerHeight && root.scrollTop > 0;
    });
    expect(reached).toBe(true);
    await context.close();
  });

  it('its link to the full graphic opens the reader page in the top window', async () => {
    const { page, context } = await open(browser, post, { viewport: { width: 1280, height: 900 } });
    const frame = await graphicFrame(page);
    await frame.getByRole('link', { name: /The full graphic/ }).click();
    await page.waitForURL(`${site}/nso/index.en.html`);
    await expect.poll(() => page.title()).toMatch(/WhatsApp takes NSO to court/);
    await context.close();
  });
});
