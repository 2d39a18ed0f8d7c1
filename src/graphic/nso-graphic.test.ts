import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { validDataset } from '../dataset/arbitrary.ts';
import { EMBEDDED_DATASET } from '../dataset/embedded.ts';
import type { Dataset } from '../dataset/schema.ts';
import './nso-graphic.ts';
import type { NsoGraphic } from './nso-graphic.ts';

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('lang');
  vi.restoreAllMocks();
});

/** Mounts a graphic inside `parent` (the body by default) and waits for it and its children. */
async function mount(
  attributes: Record<string, string> = {},
  parent: HTMLElement = document.body,
): Promise<NsoGraphic> {
  const el = document.createElement('nso-graphic');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  parent.append(el);
  await settle(el);
  return el;
}

async function settle(el: NsoGraphic): Promise<void> {
  await el.updateComplete;
  const children = [
    ...(el.shadowRoot?.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
      'nso-map, nso-stats, nso-quotes',
    ) ?? []),
  ];
  await Promise.all(children.map((c) => c.updateComplete));
}

const root = (el: NsoGraphic) => el.shadowRoot?.querySelector('.root') as HTMLElement;
const headline = (el: NsoGraphic) => el.shadowRoot?.querySelector('h2')?.textContent?.trim();

describe('<nso-graphic> resolves the reader language', () => {
  it('from its own lang attribute', async () => {
    const el = await mount({ lang: 'en' });
    expect(headline(el)).toBe('WhatsApp takes NSO to court');
    expect(root(el).lang).toBe('en');
  });

  it('from the nearest ancestor with lang', async () => {
    const section = document.createElement('section');
    section.lang = 'en-GB';
    document.body.append(section);
    const el = await mount({}, section);
    expect(headline(el)).toBe('WhatsApp takes NSO to court');
  });

  it("from the document's language", async () => {
    document.documentElement.lang = 'ar';
    const el = await mount();
    expect(headline(el)).toBe('واتساب يقاضي مجموعة NSO');
  });

  it('falls back to French with no lang anywhere', async () => {
    const el = await mount();
    expect(headline(el)).toBe('WhatsApp poursuit NSO en justice');
  });

  it('falls back to French, with a console warning, for an unsupported language', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({ lang: 'de' });
    expect(headline(el)).toBe('WhatsApp poursuit NSO en justice');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/"de" is not supported/));
  });

  it('re-renders in place when lang changes on the live element, children included', async () => {
    const el = await mount({ lang: 'fr' });
    const map = el.shadowRoot?.querySelector('nso-map');
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(headline(el)).toBe('WhatsApp takes NSO to court');
    expect(el.shadowRoot?.querySelector('nso-map')).toBe(map);
    expect(map?.getAttribute('lang')).toBe('en');
  });
});

describe('<nso-graphic> in Arabic', () => {
  it('lays out right to left', async () => {
    const el = await mount({ lang: 'ar' });
    expect(root(el).dir).toBe('rtl');
    expect(getComputedStyle(root(el)).direction).toBe('rtl');
    for (const child of el.shadowRoot?.querySelectorAll('nso-map, nso-stats, nso-quotes') ?? []) {
      expect(getComputedStyle(child.shadowRoot?.querySelector('.root') as Element).direction).toBe('rtl');
    }
  });
});

describe('<nso-graphic> footer', () => {
  it('names the source, the update date and links to the data', async () => {
    const el = await mount({ lang: 'en' });
    const footer = el.shadowRoot?.querySelector('footer')?.textContent?.replace(/\s+/g, ' ');
    expect(footer).toContain(
      'Source: WhatsApp poursuit NSO en justice, une structure israélienne d’espionnage numérique',
    );
    expect(footer).toContain('Updated November 28, 2026');
    const data = [...(el.shadowRoot?.querySelectorAll('footer a') ?? [])].find(
      (a) => a.textContent?.trim() === 'Get the data',
    );
    expect(new URL((data as HTMLAnchorElement).href).pathname).toMatch(/\/data\/dataset\.json$/);
  });
});

describe('<nso-graphic> renders every valid dataset', () => {
  it('renders a few hundred generated datasets with no error', async () => {
    const el = await mount({ lang: 'fr' });
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      await fc.assert(
        fc.asyncProperty(validDataset, fc.constantFrom('fr', 'en', 'ar'), async (dataset: Dataset, lang) => {
          el.setAttribute('lang', lang);
          el.data = dataset;
          await settle(el);
          expect(el.shadowRoot?.querySelector('[role=alert]')).toBeNull();
          expect(headline(el)).toBe((dataset.meta.headline[lang] ?? dataset.meta.headline.fr).trim());
          expect(errors).toEqual([]);
        }),
        { numRuns: 250 },
      );
    } finally {
      window.removeEventListener('error', onError);
      el.data = EMBEDDED_DATASET;
    }
  });
});

describe('<nso-graphic> wires its parts together', () => {
  const part = (el: NsoGraphic, tag: string) => el.shadowRoot?.querySelector(tag)?.shadowRoot as ShadowRoot;
  const marked = (el: NsoGraphic) =>
    [...part(el, 'nso-stats').querySelectorAll('li.figure.marked')].map((li) => li.getAttribute('data-figure'));

  it('a country opened on the map marks the figures that concern it', async () => {
    const el = await mount({ lang: 'fr' });
    await expect.poll(() => part(el, 'nso-map')?.querySelector('[data-code="BH"]')).toBeTruthy();
    (part(el, 'nso-map').querySelector('[data-code="BH"]') as HTMLElement).focus();
    await expect.poll(() => marked(el)).toEqual(['devices', 'countries-named']);
  });

  it("a related figure chosen in the map's card takes focus in the panel and outlines its countries", async () => {
    const el = await mount({ lang: 'fr' });
    const map = await vi.waitFor(() => {
      const shadow = part(el, 'nso-map');
      if (!shadow?.querySelector('[data-code="MX"]')) throw new Error('no map yet');
      return shadow;
    });
    await userEvent.click(map.querySelector('[data-code="MX"] .shape')!);
    const related = await vi.waitFor(() => {
      const button = [...map.querySelectorAll<HTMLButtonElement>('.card button.link')].find((b) =>
        /appareils infectés/.test(b.textContent ?? ''),
      );
      if (!button) throw new Error('no related figure in the card');
      return button;
    });
    await userEvent.click(related);
    await expect.poll(() => part(el, 'nso-stats').activeElement?.getAttribute('data-figure')).toBe('devices');
    await expect
      .poll(() => [...map.querySelectorAll('.country.highlighted')].map((g) => g.getAttribute('data-code')).sort())
      .toEqual(['AE', 'BH', 'MX']);
  });

  it('a figure hovered in the panel outlines its countries on the map', async () => {
    const el = await mount({ lang: 'fr' });
    const devices = await vi.waitFor(() => {
      const li = part(el, 'nso-stats').querySelector('li[data-figure="devices"]');
      if (!li) throw new Error('no figure yet');
      return li;
    });
    await userEvent.hover(devices);
    await expect
      .poll(() =>
        [...part(el, 'nso-map').querySelectorAll('.country.highlighted')].map((g) => g.getAttribute('data-code')),
      )
      .toEqual(expect.arrayContaining(['BH', 'MX', 'AE']));
  });
});
