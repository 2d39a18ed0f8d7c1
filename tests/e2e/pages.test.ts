import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deepText, launch, open, WCAG22 } from './browser.ts';

const base = inject('baseURL');
const host = inject('hostURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('dist/index.html, the reader page', () => {
  it('shows the three reported countries, the figures and the quotes, with no error', async () => {
    const { page, errors, context } = await open(browser, `${base}index.html`);
    await expect.poll(() => deepText(page, 'nso-map')).toMatch(/Bahreïn/);
    const map = await deepText(page, 'nso-map');
    expect(map).toMatch(/Mexique/);
    expect(map).toMatch(/Émirats arabes unis/);
    expect(await deepText(page, 'nso-stats')).toMatch(/1\s400/);
    const quotes = await deepText(page, 'nso-quotes');
    expect(quotes).toMatch(/Will Cathcart/);
    expect(quotes).toMatch(/NSO/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in Arabic, isolates each Arabic run of the embed codes, which are copied exactly as written', async () => {
    const { page, context } = await open(browser, `${base}index.html?lang=ar`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const code = page.locator('#code-iframe');
    await expect.poll(() => code.textContent()).toMatch(/title="واتساب يقاضي مجموعة NSO: خريطة وأرقام واقتباسات"/);
    // Shown in source order: the title's Arabic is one isolated run, the attribute's quotes stay outside it.
    expect(await code.locator('bdi').allTextContents()).toEqual(['واتساب يقاضي مجموعة NSO: خريطة وأرقام واقتباسات']);
    const written = await code.textContent();
    await page.locator('button.copy[data-target="code-iframe"]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(written);
    await context.close();
  });

  it("writes each code's chosen theme into it, and says what the choice does", async () => {
    const { page, context } = await open(browser, `${base}index.en.html`);
    const code = (key: string) => page.locator(`#code-${key}`).textContent();
    await expect.poll(() => code('script')).toMatch(/<nso-graphic lang="en">/);
    expect(await page.locator('#theme-script-hint').textContent()).toMatch(/as your page’s background/);
    await page.selectOption('#theme-script', 'dark');
    expect(await code('script')).toMatch(/<nso-graphic lang="en" theme="dark">/);
    expect(await page.locator('#theme-script-hint').textContent()).toBe(
      'Always dark: near-black background, light text.',
    );
    await page.selectOption('#theme-iframe', 'light');
    expect(await code('iframe')).toContain('embed.en.html?theme=light"');
    expect(await code('pym')).not.toContain('?theme=');
    expect(await code('url')).toBe(`${base}embed.en.html`);
    await context.close();
  });

  it('has no axe violations against WCAG 2.2 A and AA', async () => {
    const { page, context } = await open(browser, `${base}index.html`);
    await page.locator('nso-graphic nso-map').first().waitFor();
    const results = await new AxeBuilder({ page }).withTags(WCAG22).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
});

describe('dist/embed.html, the iframe page', () => {
  it('takes its language from ?lang=', async () => {
    const { page, errors, context } = await open(browser, `${base}embed.html?lang=en`);
    await expect.poll(() => deepText(page, 'nso-map')).toMatch(/Bahrain/);
    expect(await deepText(page, 'nso-graphic')).toMatch(/WhatsApp takes NSO to court/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no axe violations against WCAG 2.2 A and AA', async () => {
    const { page, context } = await open(browser, `${base}embed.html`);
    await page.locator('nso-graphic nso-map').first().waitFor();
    const results = await new AxeBuilder({ page }).withTags(WCAG22).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
});

describe('dist/nso-graphic.js, the module publishers load', () => {
  it('defines the four elements from another origin, leaks no global, and re-renders when lang changes', async () => {
    const { page, errors, context } = await open(browser, `${host}blank.html`);
    await page.evaluate(() => document.body.append(document.createElement('nso-graphic')));
    const before = await page.evaluate(() => Object.getOwnPropertyNames(window));
    await page.addScriptTag({ url: `${base}nso-graphic.js`, type: 'module' });
    const defined = await page.evaluate(() =>
      ['nso-graphic', 'nso-map', 'nso-stats', 'nso-quotes'].map((tag) => Boolean(customElements.get(tag))),
    );
    expect(defined).toEqual([true, true, true, true]);
    await expect.poll(() => deepText(page, 'nso-graphic')).toMatch(/WhatsApp poursuit NSO en justice/);
    await page.evaluate(() => document.querySelector('nso-graphic')?.setAttribute('lang', 'en'));
    await expect.poll(() => deepText(page, 'nso-graphic')).toMatch(/WhatsApp takes NSO to court/);
    // No globals leaked onto the publisher's page (Lit's own are kept inside the bundle).
    const after = await page.evaluate(() => Object.getOwnPropertyNames(window));
    expect(after.filter((key) => !before.includes(key))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
