/**
 * The social cards and print maps `npm run build` writes (scripts/build-cards.ts), as the built dist/ serves
 * them: one of each per language, each card 1200 × 630 with a picture on it, each print map an SVG a browser
 * reads on its own.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Dataset } from '../../src/dataset/schema.ts';
import { countryName } from '../../src/i18n/country-names.ts';
import { LANGS } from '../../src/i18n/lang.ts';
import { reportedCountries } from '../../src/map/description.ts';
import { launch, open } from './browser.ts';

const base = inject('baseURL');
let browser: Browser;
let dataset: Dataset;

beforeAll(async () => {
  browser = await launch();
  dataset = JSON.parse(await readFile('data/dataset.json', 'utf8')) as Dataset;
});
afterAll(async () => {
  await browser.close();
});

describe('dist/social/, the social cards', () => {
  it('holds one card per language, and nothing else', async () => {
    expect((await readdir('dist/social')).sort()).toEqual(LANGS.map((lang) => `card.${lang}.png`).sort());
  });

  for (const lang of LANGS)
    it(`card.${lang}.png is a 1200 × 630 PNG with a picture on it, not a blank`, async () => {
      // The image opened as a page of its own origin, so that a canvas may read its pixels.
      const { page, context } = await open(browser, `${base}social/card.${lang}.png`);
      const image = await page.evaluate(async () => {
        const img = document.images[0]!;
        await img.decode();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
        const context = canvas.getContext('2d')!;
        context.drawImage(img, 0, 0);
        const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
        const colours = new Map<number, number>();
        for (let i = 0; i < data.length; i += 4) {
          const colour = ((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!) * 256 + data[i + 3]!;
          colours.set(colour, (colours.get(colour) ?? 0) + 1);
        }
        return {
          width: img.naturalWidth,
          height: img.naturalHeight,
          colours: colours.size,
          /** The share of pixels in the most common colour (the background). */
          commonest: Math.max(...colours.values()) / (canvas.width * canvas.height),
        };
      });
      const response = await page.request.get(`${base}social/card.${lang}.png`);
      expect(response.headers()['content-type']).toBe('image/png');
      expect([image.width, image.height]).toEqual([1200, 630]);
      // Text, land, hatching and the accent colour, each antialiased: hundreds of colours, over more than a tenth of
      // the card (the white background is the rest).
      expect(image.colours).toBeGreaterThan(100);
      expect(image.commonest).toBeLessThan(0.9);
      await context.close();
    });
});

describe('dist/print/, the print maps', () => {
  it('holds one map per language, and nothing else', async () => {
    expect((await readdir('dist/print')).sort()).toEqual(LANGS.map((lang) => `map.${lang}.svg`).sort());
  });

  for (const lang of LANGS)
    it(`map.${lang}.svg parses as a standalone SVG, shows as an image, and names every reported country`, async () => {
      const { page, context } = await open(browser, `${base}print/map.${lang}.svg`);
      const svg = await page.evaluate(async () => {
        const root = document.documentElement;
        const text = await (await fetch(location.href)).text();
        const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
        const img = new Image();
        img.src = location.href;
        await img.decode();
        return {
          root: `${root.namespaceURI} ${root.localName}`,
          errors: parsed.getElementsByTagName('parsererror').length,
          // Its lines read as one text: each is a <text> element of its own.
          text: (root.textContent ?? '').replace(/\s+/g, ' '),
          width: img.naturalWidth,
        };
      });
      expect(svg.root).toBe('http://www.w3.org/2000/svg svg');
      expect(svg.errors).toBe(0);
      expect(svg.width).toBeGreaterThan(1000);
      const names = reportedCountries(dataset.countries).map((c) => countryName(c.code, lang));
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(svg.text).toContain(name);
      await context.close();
    });
});
