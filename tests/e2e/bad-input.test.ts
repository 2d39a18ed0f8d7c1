/**
 * Bad datasets given through `src`, injected markup, sandboxed frames and
 * privacy: the widget shows a clear alert in the reader's language, throws
 * nothing, leaves the host page intact and runs nothing it shouldn't.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deepText, launch } from './browser.ts';
import { startStaticServer, type Route, type StaticServer } from '../../scripts/static-server.ts';

const cdn = inject('baseURL');
const shipped = readFileSync('data/dataset.json', 'utf8');
let browser: Browser;
let publisher: StaticServer;
const routes = new Map<string, Route>();

beforeAll(async () => {
  browser = await launch();
  // The source text published beside data.json: the graphic checks the excerpts against it.
  routes.set('/sources/article.fr.txt', {
    body: readFileSync('data/sources/article.fr.txt', 'utf8'),
    type: 'text/plain',
  });
  publisher = await startStaticServer({ root: 'tests/e2e/pages', routes });
});
afterAll(async () => {
  await browser.close();
  await publisher.close();
});

const edit = (change: (d: any) => void): string => {
  const d = JSON.parse(shipped);
  change(d);
  return JSON.stringify(d);
};

/**
 * Opens a publisher's page whose graphic loads `data.json` from the same
 * origin; `serve` decides what that request gets.
 */
async function openWithData(
  serve: (route: import('playwright-core').Route) => Promise<void>,
  lang = 'fr',
  prepare?: (context: import('playwright-core').BrowserContext) => Promise<void>,
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  routes.set('/host.html', {
    body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
        <body><p id="before">Article text before</p><nso-graphic src="data.json"></nso-graphic><p id="after">Article text after</p>
        <script type="module" src="${cdn}nso-graphic.js"></script></body></html>`,
  });
  const context = await browser.newContext();
  await prepare?.(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route(`${publisher.url}data.json`, serve);
  await page.goto(`${publisher.url}host.html`);
  return { page, errors, close: () => context.close() };
}

const json = (body: string) => (route: import('playwright-core').Route) =>
  route.fulfill({ status: 200, contentType: 'application/json', body });

/** The alert's text, once it shows. */
async function alertText(page: Page, timeout = 5000): Promise<string> {
  const alert = page.locator('nso-graphic').getByRole('alert');
  await alert.waitFor({ timeout });
  expect(await alert.isVisible()).toBe(true);
  return (await alert.textContent())?.replace(/\s+/g, ' ').trim() ?? '';
}

async function hostIntact(page: Page): Promise<void> {
  expect(await page.locator('#before').textContent()).toBe('Article text before');
  expect(await page.locator('#after').isVisible()).toBe(true);
  // No half-rendered graphic beside the alert.
  expect(await page.locator('nso-graphic nso-map').count()).toBe(0);
}

const cases: [string, (route: import('playwright-core').Route) => Promise<void>, RegExp][] = [
  ['404', (r) => r.fulfill({ status: 404, body: 'not found' }), /Le serveur a répondu 404\./],
  ['500', (r) => r.fulfill({ status: 500, body: 'oops' }), /Le serveur a répondu 500\./],
  ['a network error', (r) => r.abort('internetdisconnected'), /Le réseau est injoignable/],
  [
    'a wrong content type',
    (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Login</h1>' }),
    /n’est pas du JSON \(type text\/html\)/,
  ],
  ['malformed JSON', json('{"version": 1,'), /ligne 1, colonne 15 : JSON mal formé \(fin de fichier inattendue\)/],
  ['{}', json('{}'), /version: champ obligatoire manquant/],
  ['[]', json('[]'), /\(racine\): attendu : un objet ; reçu une liste/],
  ['null', json('null'), /\(racine\): attendu : un objet ; reçu null/],
  [
    'a missing required field',
    json(edit((d) => delete d.meta.headline)),
    /meta\.headline: champ obligatoire manquant \(attendu : un objet\)/,
  ],
  [
    'wrong types',
    json(edit((d) => (d.figures[0].value = '1400'))),
    /figures\[0\]\.value: attendu : un nombre ; reçu "1400"/,
  ],
  [
    'an unknown country code',
    json(edit((d) => (d.countries[0].code = 'ZZ'))),
    /countries\[0\]\.code: attendu : un code pays ISO 3166-1 alpha-2 en majuscules, comme "BH" ; reçu "ZZ"/,
  ],
  ['a 5 MB file', json(`{"x": "${'a'.repeat(5_000_000)}"}`), /fichier trop volumineux/],
  ['nesting 10,000 levels deep', json('['.repeat(10_000) + ']'.repeat(10_000)), /imbrication trop profonde/],
];

describe('a bad dataset through src', () => {
  for (const [name, serve, message] of cases) {
    it(`${name}: shows an alert that names the problem, throws nothing, leaves the page intact`, async () => {
      const { page, errors, close } = await openWithData(serve);
      expect(await alertText(page)).toMatch(message);
      await hostIntact(page);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('a timeout: gives up after 10 seconds with an alert, no endless spinner', async () => {
    const { page, errors, close } = await openWithData(() => new Promise(() => {}));
    expect(await page.locator('nso-graphic').getByRole('status').textContent()).toMatch(/Chargement/);
    expect(await alertText(page, 15_000)).toMatch(/Pas de réponse après 10 secondes\./);
    expect(errors).toEqual([]);
    await close();
  }, 30_000);

  it('nso-graphic.js hosted without its chunks/ folder: an alert, not an endless "Chargement…"', async () => {
    const { page, close } = await openWithData(json(shipped), 'fr', async (context) => {
      await context.route(`${cdn}chunks/**`, (route) => route.fulfill({ status: 404, body: 'not found' }));
    });
    expect(await alertText(page)).toMatch(/Le graphique ne peut pas s’afficher.*data\.json/);
    await hostIntact(page);
    await close();
  });

  it("speaks the reader's language: English", async () => {
    const { page, close } = await openWithData(json('{}'), 'en');
    expect(await alertText(page)).toMatch(/The graphic cannot be shown.*version: required field is missing/);
    await close();
  });

  it("speaks the reader's language: Arabic", async () => {
    const { page, close } = await openWithData(json('{}'), 'ar');
    expect(await alertText(page)).toMatch(/لا يمكن عرض الرسم.*version: حقل إلزامي مفقود/);
    await close();
  });
});

describe('injected markup and URLs', () => {
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

  it('renders HTML in every string of the dataset as text, and runs none of it', async () => {
    const hostile = edit((d) => {
      const poison = (value: any): any => {
        if (Array.isArray(value)) return value.map(poison);
        if (value && typeof value === 'object') {
          for (const key of Object.keys(value)) {
            if (
              [
                'id',
                'source',
                'article',
                'file',
                'lang',
                '$schema',
                'updated',
                'code',
                'status',
                'side',
                'kind',
                'notation',
                'count',
                // Quoted verbatim from the source, which the graphic checks: a changed one is refused.
                'excerpt',
                'passages',
              ].includes(key)
            )
              continue;
            if (key === 'respondsTo' || key === 'figures' || key === 'countries') {
              if (value[key].every((v: unknown) => typeof v === 'string')) continue;
            }
            value[key] = typeof value[key] === 'string' ? `${value[key]} ${payload}` : poison(value[key]);
          }
        }
        return value;
      };
      poison(d);
    });
    const { page, errors, close } = await openWithData(json(hostile));
    await expect.poll(() => deepText(page, 'nso-graphic')).toContain('<img src=x onerror="window.__pwned=1">');
    const state = await page.evaluate(() => {
      const all: Element[] = [];
      const walk = (root: Document | ShadowRoot) =>
        root.querySelectorAll('*').forEach((el) => {
          all.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        });
      walk(document);
      return {
        pwned: (window as any).__pwned,
        imgs: all.filter((el) => el.localName === 'img').length,
        scripts: all.filter((el) => el.localName === 'script').length,
      };
    });
    expect(state).toEqual({ pwned: undefined, imgs: 0, scripts: 1 });
    expect(errors).toEqual([]);
    await close();
  });

  it('refuses a javascript: link and shows the validator message as text', async () => {
    const { page, close } = await openWithData(
      json(edit((d) => (d.meta.dataUrl = 'javascript:window.__pwned=1//<b>bold</b>'))),
    );
    expect(await alertText(page)).toMatch(
      /meta\.dataUrl: attendu : une adresse http:\/\/ ou https:\/\/ ; reçu "javascript:window.__pwned=1\/\/<b>bold<\/b>"/,
    );
    const links = await page.evaluate(
      () => document.querySelector('nso-graphic')?.shadowRoot?.querySelectorAll('a, b').length,
    );
    expect(links).toBe(0);
    await close();
  });

  it('links an https source URL', async () => {
    const { page, close } = await openWithData(json(edit((d) => (d.sources[0].url = 'https://example.org/article'))));
    await expect.poll(() => deepText(page, 'nso-graphic')).toMatch(/Source/);
    const hrefs = await page.evaluate(() =>
      Array.from(document.querySelector('nso-graphic')?.shadowRoot?.querySelectorAll('a[href]') ?? [], (a) =>
        a.getAttribute('href'),
      ),
    );
    expect(hrefs).toContain('https://example.org/article');
    await close();
  });
});

describe('a sandboxed iframe (allow-scripts only)', () => {
  it('runs the embed page with no error', async () => {
    routes.set('/sandbox.html', {
      body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Sandbox</title><link rel="icon" href="data:,"></head>
        <body><iframe sandbox="allow-scripts" src="${cdn}embed.html?lang=en" title="Graphic" width="800" height="900"></iframe></body></html>`,
    });
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${publisher.url}sandbox.html`);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('heading', { name: 'WhatsApp takes NSO to court' }).waitFor();
    expect(await frame.locator('nso-graphic').getByRole('group', { name: '1 of 5' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('privacy', () => {
  it('makes no third-party request and sets no cookie or storage while a reader explores', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).host));
    await page.goto(`${cdn}index.html`);
    const graphic = page.locator('nso-graphic');
    await graphic.getByRole('button', { name: 'Citation suivante' }).click();
    await graphic.getByText('Source').first().click();
    await page.keyboard.press('Tab');
    expect([...hosts]).toEqual([new URL(cdn).host]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    await context.close();
  });
});
