/**
 * The WordPress plugin (integrations/wordpress/nso-graphic), active on the
 * site: an author's block, shortcode and <nso-graphic> element each show the
 * graphic, and only pages that show it load the module.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deepText, launch, open } from '../e2e/browser.ts';
import { publishAs } from './posts.ts';
import { wordpressPhp } from './wordpress-server.ts';

const site = inject('wordpressURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
  wordpressPhp(`
    require_once ABSPATH . 'wp-admin/includes/plugin.php';
    $result = activate_plugin('nso-graphic/nso-graphic.php');
    if (is_wp_error($result)) { fwrite(STDERR, $result->get_error_message()); exit(1); }
    update_option('nso_graphic_url', '${site}/nso/');
  `);
});
afterAll(async () => {
  wordpressPhp(
    `require_once ABSPATH . 'wp-admin/includes/plugin.php'; deactivate_plugins('nso-graphic/nso-graphic.php');`,
  );
  await browser?.close();
});

/** The module scripts a post's page loads from the graphic's folder. */
async function modules(post: string): Promise<string[]> {
  const html = await (await fetch(post)).text();
  return [...html.matchAll(/<script type="module"[^>]*src='([^']*nso-graphic\.js[^']*)'/g)].map((m) => m[1]!);
}

describe('the plugin, as an author uses it', () => {
  for (const [name, content, lang, headline] of [
    ['the block', '<!-- wp:nso/graphic {"lang":"en"} /-->', 'en', /WhatsApp takes NSO to court/],
    ['the shortcode', '[nso-graphic lang="ar"]', 'ar', /واتساب يقاضي/],
    [
      'the element',
      '<nso-graphic lang="fr" onclick="alert(1)"></nso-graphic>',
      'fr',
      /WhatsApp poursuit NSO en justice/,
    ],
  ] as const) {
    it(`${name} shows the graphic in its language, and its page loads the module once`, async () => {
      const post = publishAs('author', `Plugin: ${name}`, content);
      expect(await modules(post)).toHaveLength(1);
      const { page, context, errors } = await open(browser, post, { viewport: { width: 1280, height: 900 } });
      await expect.poll(() => deepText(page, 'nso-graphic'), { timeout: 20_000 }).toMatch(headline);
      expect(await page.locator('nso-graphic').getAttribute('lang')).toBe(lang);
      // The content filter keeps lang and theme, nothing else.
      expect(await page.locator('nso-graphic').getAttribute('onclick')).toBeNull();
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  /** The background the reader sees behind the graphic's text. */
  const graphicBackground = (page: Page) =>
    page.evaluate(() => {
      const root = document.querySelector('nso-graphic')?.shadowRoot?.querySelector('.root');
      return root ? getComputedStyle(root).backgroundColor : null;
    });

  it("theme auto follows the host page, not the reader's system: light in a white post for a dark-mode reader", async () => {
    const post = publishAs('author', 'Plugin: light page', '[nso-graphic lang="en"]');
    const { page, context } = await open(browser, post, {
      viewport: { width: 1280, height: 900 },
      colorScheme: 'dark',
    });
    await expect.poll(() => graphicBackground(page)).toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: 'test-results/wordpress/theme-light-page-dark-reader.png' });
    await context.close();
  });

  it('theme auto follows the host page: dark on a black group for a light-mode reader', async () => {
    const content =
      '<!-- wp:group {"backgroundColor":"contrast","textColor":"base"} -->' +
      '<div class="wp-block-group has-base-color has-contrast-background-color has-text-color has-background">' +
      '[nso-graphic lang="en"]</div><!-- /wp:group -->';
    const post = publishAs('author', 'Plugin: dark page', content);
    const { page, context } = await open(browser, post, {
      viewport: { width: 1280, height: 900 },
      colorScheme: 'light',
    });
    await expect.poll(() => graphicBackground(page)).not.toBe('rgb(255, 255, 255)');
    expect(await page.locator('nso-graphic').getAttribute('data-nso-scheme')).toBe('dark');
    await page.screenshot({ path: 'test-results/wordpress/theme-dark-page-light-reader.png' });
    await context.close();
  });

  it('a post without the graphic does not load the module', async () => {
    const post = publishAs(
      'author',
      'Plugin: no graphic',
      '<!-- wp:paragraph --><p>Text only.</p><!-- /wp:paragraph -->',
    );
    expect(await modules(post)).toEqual([]);
  });

  it('a shortcode with an unknown language shows its error to an editor, and nothing to readers', () => {
    const rendered = (asEditor: boolean) =>
      wordpressPhp(`
        ${asEditor ? "wp_set_current_user(get_user_by('login', 'admin')->ID);" : 'wp_set_current_user(0);'}
        echo do_shortcode('[nso-graphic lang="de"]');
      `);
    expect(rendered(true)).toMatch(/role="alert".*lang=&quot;de&quot; is not one of fr, en, ar/);
    expect(rendered(false)).toBe('');
  });
});
