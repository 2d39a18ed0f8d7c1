/**
 * Publishers' pages: the graphic served from one origin (the "CDN") and
 * embedded in host pages from another, as a module and as an iframe.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deepText, launch, open, recordCspViolations } from './browser.ts';
import { startStaticServer, type Route, type StaticServer } from '../../scripts/static-server.ts';

const cdn = inject('baseURL');
const cdnOrigin = new URL(cdn).origin;
let browser: Browser;
/** The publisher: another origin, serving the host pages each test writes. */
let publisher: StaticServer;
const routes = new Map<string, Route>();
let host: string;

beforeAll(async () => {
  browser = await launch();
  publisher = await startStaticServer({ root: 'tests/e2e/pages', routes });
  host = publisher.url;
});
afterAll(async () => {
  await browser.close();
  await publisher.close();
});

/** Serves a host page; returns its URL. */
function hostPage(_p: Page, _host: string, path: string, body: string, headers: Record<string, string> = {}): string {
  routes.set(`/${path}`, { body, headers });
  return `${host}${path}`;
}

function hostScript(path: string, body: string): void {
  routes.set(`/${path}`, { body, type: 'text/javascript' });
}

const page = (body: string, head = '') =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Publisher</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;

async function blankPage(options = {}) {
  return open(browser, `${host}blank.html`, options);
}

/** Computed style of an element inside a component's shadow root. */
function innerStyle(p: Page, hostSelector: string, inner: string, property: string) {
  return p.evaluate(
    ([hostSelector, inner, property]) => {
      const el = document.querySelector(hostSelector)?.shadowRoot?.querySelector(inner);
      return el ? getComputedStyle(el).getPropertyValue(property) : null;
    },
    [hostSelector, inner, property] as const,
  );
}

describe('the module on a host page with aggressive global CSS', () => {
  it('keeps its own font, colour and spacing, and shows all its parts', async () => {
    const { page: p, context, errors } = await blankPage();
    const css = `
      html { font-size: 30px; }
      body { font: italic 22px/3 "Times New Roman", serif; color: #ff00ff; letter-spacing: 6px;
             word-spacing: 20px; text-transform: uppercase; text-align: center; }
      p, h2, ul, li, button, svg, article, section, footer, a, figure, blockquote { display: none !important; }
      * { box-sizing: content-box !important; }`;
    const url = hostPage(
      p,
      host,
      'aggressive.html',
      page(`<nso-graphic><p>Fallback</p></nso-graphic><p id="after">After</p>`, `<style>${css}</style>`) +
        `<script type="module" src="${cdn}nso-graphic.js"></script>`,
    );
    await p.goto(url);
    await expect.poll(() => deepText(p, 'nso-graphic')).toMatch(/WhatsApp poursuit NSO en justice/);
    expect(await innerStyle(p, 'nso-graphic', '.root', 'letter-spacing')).toBe('normal');
    expect(await innerStyle(p, 'nso-graphic', '.root', 'text-transform')).toBe('none');
    expect(await innerStyle(p, 'nso-graphic', '.root', 'font-style')).toBe('normal');
    expect(await innerStyle(p, 'nso-graphic', '.root', 'font-size')).toBe('16px');
    expect(await innerStyle(p, 'nso-graphic', '.root', 'color')).toBe('rgb(27, 27, 27)');
    expect(await innerStyle(p, 'nso-graphic', '.root', 'font-family')).toMatch(/^system-ui/);
    // The host's display:none on tags does not reach into the shadow root.
    expect(await innerStyle(p, 'nso-graphic', 'h2', 'display')).toBe('block');
    const headline = await p.evaluate(
      () => document.querySelector('nso-graphic')?.shadowRoot?.querySelector('h2')?.getBoundingClientRect().height,
    );
    expect(headline).toBeGreaterThan(20);
    // And nothing leaks out: the host's own paragraph keeps the host's styles.
    expect(await p.evaluate(() => getComputedStyle(document.getElementById('after')!).display)).toBe('none');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows its light-DOM summary when the module never loads', async () => {
    const { page: p, context } = await blankPage();
    const url = hostPage(
      p,
      host,
      'no-js.html',
      page(
        `<nso-graphic><p>Environ 1 400 appareils infectés. <a href="${cdn}">Voir le graphique</a></p></nso-graphic>`,
      ),
    );
    await p.goto(url);
    await expect(p.getByText('Environ 1 400 appareils infectés.').isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('two instances on one page', () => {
  it('keep their own language, theme and carousel state', async () => {
    const { page: p, context, errors } = await blankPage();
    const url = hostPage(
      p,
      host,
      'two.html',
      page(`<nso-graphic id="a" lang="fr" theme="dark"></nso-graphic><nso-graphic id="b" lang="en" theme="light"></nso-graphic>
        <script type="module" src="${cdn}nso-graphic.js"></script>`),
    );
    await p.goto(url);
    await expect.poll(() => deepText(p, '#b')).toMatch(/WhatsApp takes NSO to court/);
    expect(await deepText(p, '#a')).toMatch(/WhatsApp poursuit NSO en justice/);
    expect(await innerStyle(p, '#a', '.root', 'background-color')).toBe('rgb(20, 20, 20)');
    expect(await innerStyle(p, '#b', '.root', 'background-color')).toBe('rgb(255, 255, 255)');
    await p.locator('#b').getByRole('button', { name: 'Next quote' }).click();
    await p.locator('#b').getByRole('group', { name: '2 of 5' }).waitFor();
    await p.locator('#a').getByRole('group', { name: '1 sur 5' }).waitFor();
    expect(await p.locator('#a').getByRole('group', { name: '2 sur 5' }).isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a strict page: CSP without unsafe-inline or unsafe-eval, and Trusted Types', () => {
  const csp = [
    "default-src 'none'",
    `script-src ${cdnOrigin}`,
    `style-src ${cdnOrigin}`,
    `connect-src ${cdnOrigin}`,
    `img-src ${cdnOrigin} data:`,
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');

  it('renders the whole graphic with no securitypolicyviolation', async () => {
    const { page: p, context, errors } = await blankPage();
    const violations = await recordCspViolations(p);
    const url = hostPage(
      p,
      host,
      'strict.html',
      page(`<nso-graphic lang="en"></nso-graphic><script type="module" src="${cdn}nso-graphic.js"></script>`),
      { 'content-security-policy': csp },
    );
    await p.goto(url);
    await expect.poll(() => deepText(p, 'nso-graphic')).toMatch(/WhatsApp takes NSO to court/);
    await p.locator('nso-graphic').getByRole('button', { name: 'Next quote' }).click();
    await p.locator('nso-graphic').getByRole('group', { name: '2 of 5' }).waitFor();
    // Styles applied through adoptedStyleSheets, not blocked inline styles.
    expect(await innerStyle(p, 'nso-graphic', '.root', 'font-size')).toBe('16px');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('records a violation when the page breaks the policy (control)', async () => {
    const { page: p, context } = await blankPage();
    const violations = await recordCspViolations(p);
    const url = hostPage(p, host, 'strict-control.html', page(`<p style="color: red">inline style</p>`), {
      'content-security-policy': csp,
    });
    await p.goto(url);
    await expect.poll(violations).toEqual([expect.stringMatching(/^style-src-attr /)]);
    await context.close();
  });

  it('loads a dataset from src under connect-src with no violation', async () => {
    const { page: p, context, errors } = await blankPage();
    const violations = await recordCspViolations(p);
    const url = hostPage(
      p,
      host,
      'strict-src.html',
      page(`<nso-graphic lang="fr" src="${cdn}data/dataset.json"></nso-graphic>
        <script type="module" src="${cdn}nso-graphic.js"></script>`),
      { 'content-security-policy': csp },
    );
    await p.goto(url);
    await expect.poll(() => deepText(p, 'nso-stats')).toMatch(/1\s400/);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Waits until the iframe's height attribute settles, then compares it with its document's height. */
async function fitsContent(
  p: Page,
  iframeSelector: string,
): Promise<{ iframe: number; content: number; scrolls: boolean }> {
  const iframe = p.locator(iframeSelector);
  const frame = p.frameLocator(iframeSelector);
  await frame.locator('nso-graphic').waitFor();
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const h = (await iframe.boundingBox())?.height ?? 0;
    if (h === last && h > 300) break;
    last = h;
    await p.waitForTimeout(250);
  }
  const handle = await iframe.elementHandle();
  const content = await (await handle!.contentFrame())!.evaluate(() => ({
    height: Math.ceil(document.documentElement.getBoundingClientRect().height),
    scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
  }));
  return {
    iframe: Math.round((await iframe.boundingBox())!.height),
    content: content.height,
    scrolls: content.scrolls,
  };
}

describe('the iframe inside a pym.js Parent', () => {
  const pym = readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');
  for (const width of [360, 1000]) {
    it(`fits its content with no scrollbar at ${width} px`, async () => {
      const { page: p, context, errors } = await blankPage({ viewport: { width, height: 800 } });
      hostScript('pym.v1.min.js', pym);
      hostScript(
        'pym-init.js',
        `new pym.Parent('graphic', ${JSON.stringify(`${cdn}embed.html?lang=en`)}, { title: 'Graphic' });`,
      );
      const url = hostPage(
        p,
        host,
        'pym.html',
        page(`<div id="graphic"></div><script src="pym.v1.min.js"></script><script src="pym-init.js"></script>`),
      );
      await p.goto(url);
      const fit = await fitsContent(p, '#graphic iframe');
      expect(Math.abs(fit.iframe - fit.content)).toBeLessThanOrEqual(1);
      expect(fit.scrolls).toBe(false);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('the plain iframe with resize.js', () => {
  it('fits its content, and a forging frame changes nothing', async () => {
    const { page: p, context, errors } = await blankPage({ viewport: { width: 400, height: 800 } });
    hostPage(p, host, 'forger.html', '<!doctype html><title>forger</title><script src="forger.js"></script>');
    hostScript(
      'forger.js',
      `setInterval(() => {
          parent.postMessage('pymxPYMxnso-graphic-whatsapp-v-nsoxPYMxheightxPYMx999999', '*');
          parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 1e9 }, '*');
          parent.postMessage({ 'datawrapper-height': { 'nso-graphic-whatsapp-v-nso': 1e9 } }, '*');
          parent.postMessage('pymxPYMxnso-graphic-whatsapp-v-nsoxPYMxnavigateToxPYMxjavascript:alert(1)', '*');
        }, 50);`,
    );
    const url = hostPage(
      p,
      host,
      'iframe.html',
      page(`<iframe data-nso-graphic src="${cdn}embed.html?lang=fr" title="Graphique" loading="lazy" scrolling="no"
          width="100%" height="600" frameborder="0"></iframe>
        <iframe src="forger.html" title="forger" width="10" height="10"></iframe>
        <script async src="${cdn}resize.js"></script><script async src="${cdn}resize.js"></script>`),
    );
    await p.goto(url);
    const fit = await fitsContent(p, 'iframe[data-nso-graphic]');
    expect(Math.abs(fit.iframe - fit.content)).toBeLessThanOrEqual(1);
    expect(fit.iframe).toBeLessThan(8000);
    expect(fit.scrolls).toBe(false);
    expect(p.url()).toBe(url);
    expect(errors).toEqual([]);
    await context.close();
  });
});
