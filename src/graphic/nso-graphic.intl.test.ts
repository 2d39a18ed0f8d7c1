/**
 * The default graphic starts no ICU (a page's first Intl object is slow to
 * build): every result it formats is in the build-time seed
 * (src/i18n/intl.ts). Its own file, so that no other test has built a
 * formatter first: Intl's constructors are watched before the module loads.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/schema.ts';
import type { NsoGraphic } from './nso-graphic.ts';

const KINDS = ['NumberFormat', 'DisplayNames', 'ListFormat', 'PluralRules', 'DateTimeFormat'] as const;
const built: string[] = [];
for (const kind of KINDS) {
  const Original = Intl[kind] as unknown as new (...args: unknown[]) => object;
  (Intl as unknown as Record<string, unknown>)[kind] = new Proxy(Original, {
    construct(target, args: unknown[]) {
      built.push(`${kind}(${JSON.stringify(args[0])})`);
      return Reflect.construct(target, args) as object;
    },
  });
}
const { EMBEDDED_DATASET } = await import('../dataset/embedded.ts');
await import('./nso-graphic.ts');

afterEach(() => {
  document.body.replaceChildren();
  built.length = 0;
});

async function mount(lang: string, data?: Dataset): Promise<NsoGraphic> {
  const el = document.createElement('nso-graphic');
  el.setAttribute('lang', lang);
  if (data) el.data = data;
  document.body.append(el);
  await el.updateComplete;
  const parts = el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
    'nso-map, nso-stats, nso-quotes',
  );
  await Promise.all([...parts].map((part) => part.updateComplete));
  return el;
}

describe('the embedded dataset renders from the Intl seed', () => {
  for (const lang of ['fr', 'en', 'ar']) {
    it(`<nso-graphic lang="${lang}"> builds no Intl formatter`, async () => {
      const el = await mount(lang);
      const stats = el.shadowRoot!.querySelector('nso-stats')!.shadowRoot!;
      // It did render its figures and names: from the seed.
      expect(stats.querySelectorAll('.figure .value').length).toBe(EMBEDDED_DATASET.figures.length + 1);
      expect(built).toEqual([]);
    });
  }

  it('a figure the seed does not hold is formatted by Intl', async () => {
    const data = structuredClone(EMBEDDED_DATASET) as Dataset;
    data.figures[0]!.value = 1234;
    const el = await mount('en', data);
    const stats = el.shadowRoot!.querySelector('nso-stats')!.shadowRoot!;
    expect(stats.querySelector('.figure .value .visually-hidden')?.textContent).toContain('1,234');
    expect(built).toContain('NumberFormat("en")');
  });
});
