/**
 * `npm run dev` as editors' live preview: saving the dataset updates the page
 * within a second, and a bad edit shows the validator's messages in the page.
 * The dev server previews a temporary copy (NSO_DATASET), never data/dataset.json.
 */
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deepText, launch } from './browser.ts';

let browser: Browser;
let server: ViteDevServer;
let page: Page;
let file: string;
let original: string;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'nso-dev-'));
  file = join(dir, 'dataset.json');
  await copyFile('data/dataset.json', file);
  original = await readFile(file, 'utf8');
  process.env.NSO_DATASET = file;
  server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0 },
  });
  await server.listen();
  browser = await launch();
  page = await browser.newPage();
  await page.goto(server.resolvedUrls!.local[0]!);
});

afterAll(async () => {
  delete process.env.NSO_DATASET;
  await browser?.close();
  await server?.close();
});

/** Saves an edited copy as an editor's text editor would, and gives the page a second. */
async function save(text: string) {
  await writeFile(file, text);
}

describe('the dev server as a live preview', () => {
  it('serves the graphic with the dataset being edited', async () => {
    await expect.poll(() => deepText(page, 'nso-graphic'), { timeout: 30_000 }).toMatch(/WhatsApp poursuit NSO/);
  });

  it('shows an edited headline within a second of saving', async () => {
    await save(original.replace('"fr": "WhatsApp poursuit NSO en justice"', '"fr": "Titre corrigé par la rédaction"'));
    await expect.poll(() => deepText(page, 'nso-graphic'), { timeout: 1500 }).toMatch(/Titre corrigé par la rédaction/);
  });

  it("shows the validator's message, with its path, for an invalid value", async () => {
    await save(original.replace('"value": 1400', '"value": -1400'));
    await expect
      .poll(() => deepText(page, 'nso-graphic'), { timeout: 1500 })
      .toMatch(/figures\[0\]\.value: attendu : un nombre positif ou nul ; reçu -1400/);
    expect(await page.locator('nso-graphic').getByRole('alert').count()).toBe(1);
  });

  it('shows the line and column of malformed JSON, never a blank page', async () => {
    await save(original.replace('"version": 1,', '"version": 1,,'));
    await expect
      .poll(() => deepText(page, 'nso-graphic'), { timeout: 1500 })
      .toMatch(/ligne 3, colonne 16 : JSON mal formé/);
  });

  it('recovers when the file is fixed', async () => {
    await save(original);
    await expect
      .poll(() => deepText(page, 'nso-graphic'), { timeout: 1500 })
      .toMatch(/WhatsApp poursuit NSO en justice/);
  });
});
