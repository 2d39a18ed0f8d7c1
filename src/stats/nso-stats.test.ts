import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { EMBEDDED_DATASET } from '../dataset/embedded.ts';
import type { Dataset, Figure } from '../dataset/schema.ts';
import type { FigureFocusDetail, Highlight } from '../events.ts';
import { NO_HIGHLIGHT } from '../events.ts';
import { keepNumbersTogether } from '../i18n/typography.ts';
import './nso-stats.ts';
import type { NsoStats } from './nso-stats.ts';

const NNBSP = '\u202f';
const TITLE = 'WhatsApp poursuit NSO en justice, une structure israélienne d’espionnage numérique';

/** Mounts a panel, in French unless told (the test page's own language is not the article's). */
async function mount(attributes: Record<string, string> = {}, data?: Dataset): Promise<NsoStats> {
  const el = document.createElement('nso-stats');
  for (const [name, value] of Object.entries({ lang: 'fr', ...attributes })) el.setAttribute(name, value);
  if (data) el.data = data;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const root = (el: NsoStats) => el.shadowRoot as ShadowRoot;
const items = (el: NsoStats) => [...root(el).querySelectorAll<HTMLLIElement>('li.figure')];
const item = (el: NsoStats, id: string) =>
  root(el).querySelector<HTMLLIElement>(`li[data-figure="${id}"]`) as HTMLLIElement;
/** Template indentation collapsed; U+202F and U+00A0 kept, as they are part of what is drawn. */
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[ \n\t]+/g, ' ').trim();
/** What a screen reader gets for each figure's number. */
const spoken = (el: NsoStats) => items(el).map((li) => text(li.querySelector('.value .visually-hidden')));
/** What is drawn for each figure's number (the final digits, or the counting ones while they run). */
const drawn = (el: NsoStats) =>
  items(el).map((li) => {
    const approx = text(li.querySelector('.approx'));
    const digits = text(li.querySelector('.count') ?? li.querySelector('.final'));
    return approx ? `${approx} ${digits}` : digits;
  });

async function reducedMotion(on: boolean): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', {
    features: [{ name: 'prefers-reduced-motion', value: on ? 'reduce' : 'no-preference' }],
  });
}

let listening = new AbortController();

afterEach(async () => {
  listening.abort();
  listening = new AbortController();
  document.body.replaceChildren();
  await reducedMotion(false);
});

describe('<nso-stats> values', () => {
  it('shows every figure in French, with U+202F in 1 400 and the count of countries', async () => {
    const el = await mount();
    const expected = [`environ 1${NNBSP}400`, '100', 'environ 1,5 milliard', '3'];
    expect(drawn(el)).toEqual(expected);
    expect(spoken(el)).toEqual(expected);
    expect(items(el).map((li) => text(li.querySelector('.unit')))).toEqual([
      'appareils infectés',
      'défenseurs des droits humains, journalistes et autres membres de la société civile',
      'de personnes',
      'pays cités',
    ]);
    expect(text(root(el).querySelector('h3'))).toBe('Les chiffres');
  });

  it('shows every figure in English', async () => {
    const el = await mount({ lang: 'en' });
    expect(drawn(el)).toEqual(['about 1,400', '100', 'about 1.5 billion', '3']);
    expect(text(item(el, 'countries-named').querySelector('.label'))).toBe(
      'among those where infections were reported: Bahrain, Mexico and United Arab Emirates',
    );
    expect(text(root(el).querySelector('h3'))).toBe('Key figures');
  });

  it('shows every figure in Arabic, right to left (Chromium 156 ICU: Latin digits)', async () => {
    const el = await mount({ lang: 'ar' });
    expect(drawn(el)).toEqual(['حوالي 1,400', '100', 'حوالي 1.5 مليار', '3']);
    expect(root(el).querySelector('.root')?.getAttribute('dir')).toBe('rtl');
    expect(text(item(el, 'devices').querySelector('.unit'))).toBe(EMBEDDED_DATASET.figures[0]?.unit['ar']);
    expect(text(item(el, 'countries-named').querySelector('.unit'))).toBe('دول مذكورة');
  });

  it('tags a French fallback as French where the dataset lacks an Arabic label', async () => {
    const dataset = structuredClone(EMBEDDED_DATASET);
    const devices = dataset.figures[0] as Figure;
    devices.label = { fr: devices.label.fr, en: devices.label.en };
    const el = await mount({ lang: 'ar' }, dataset);
    const label = item(el, 'devices').querySelector('.label');
    expect([label?.getAttribute('lang'), text(label)]).toEqual(['fr', devices.label.fr]);
    expect(item(el, 'devices').querySelector('.unit')?.getAttribute('lang')).toBe('ar');
  });

  it('follows a changed .data: another value, fewer countries', async () => {
    const dataset = structuredClone(EMBEDDED_DATASET);
    (dataset.figures[0] as Figure).value = 2500;
    dataset.countries = dataset.countries.slice(0, 1);
    const el = await mount({}, dataset);
    expect(drawn(el)).toEqual([`environ 2${NNBSP}500`, '100', 'environ 1,5 milliard', '1']);
    expect(text(item(el, 'countries-named').querySelector('.unit'))).toBe('pays cité');
    expect(text(item(el, 'countries-named').querySelector('.label'))).toMatch(/^Bahreïn, parmi/);
  });
});

describe('<nso-stats> provenance', () => {
  it('opens a figure’s source on demand: the excerpt in quote marks and the source’s title', async () => {
    const el = await mount();
    const devices = item(el, 'devices');
    const excerpt = devices.querySelector('blockquote') as HTMLElement;
    expect(excerpt.checkVisibility()).toBe(false);
    await userEvent.click(devices.querySelector('summary') as HTMLElement);
    expect(devices.querySelector('details')?.open).toBe(true);
    expect(excerpt.checkVisibility()).toBe(true);
    expect(text(excerpt)).toBe(
      `«${NNBSP}${keepNumbersTogether(EMBEDDED_DATASET.figures[0]!.provenance.excerpt)}${NNBSP}»`,
    );
    expect(text(devices.querySelector('figcaption cite'))).toBe(TITLE);
  });

  it('names the source’s language when it is not the reader’s', async () => {
    const el = await mount({ lang: 'en' });
    const figcaption = item(el, 'exposed').querySelector('figcaption');
    expect(text(figcaption)).toBe(`${TITLE} (in French)`);
    expect(text(item(el, 'exposed').querySelector('blockquote'))).toMatch(/^“la faille de sécurité .*monde\.”$/);
  });
});

describe('<nso-stats> count-up', () => {
  it('is off by default: final values at once', async () => {
    const el = await mount();
    expect(root(el).querySelector('.count')).toBeNull();
    expect(drawn(el)[0]).toBe(`environ 1${NNBSP}400`);
  });

  it('counts up in view, keeps the final value for screen readers and its width, and ends on it', async () => {
    const el = await mount({ 'count-up': '' });
    const digits = item(el, 'devices').querySelector('.digits') as HTMLElement;
    const finalWidth = (digits.querySelector('.final') as HTMLElement).getBoundingClientRect().width;
    const seen = new Set<string>();
    await expect
      .poll(
        () => {
          const current = drawn(el)[0] as string;
          seen.add(current);
          // While counting, the reader's screen reader still gets the final value only.
          expect(spoken(el)[0]).toBe(`environ 1${NNBSP}400`);
          expect(item(el, 'devices').querySelector('.drawn')?.getAttribute('aria-hidden')).toBe('true');
          expect(digits.getBoundingClientRect().width).toBe(finalWidth);
          return root(el).querySelector('.count') === null;
        },
        { timeout: 4000, interval: 50 },
      )
      .toBe(true);
    // Intermediate numbers were drawn (the test would pass vacuously otherwise)…
    expect([...seen].filter((s) => s !== `environ 1${NNBSP}400`).length).toBeGreaterThan(0);
    // …and what stays is the final value.
    expect(drawn(el)).toEqual([`environ 1${NNBSP}400`, '100', 'environ 1,5 milliard', '3']);
  });

  it('never plays under prefers-reduced-motion: final values at once', async () => {
    await reducedMotion(true);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
    const el = await mount({ 'count-up': '' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(root(el).querySelector('.count')).toBeNull();
    expect(drawn(el)).toEqual([`environ 1${NNBSP}400`, '100', 'environ 1,5 milliard', '3']);
  });

  it('stops at once when reduced motion is asked for while counting', async () => {
    const el = await mount({ 'count-up': '' });
    await expect.poll(() => root(el).querySelector('.count') !== null).toBe(true);
    await reducedMotion(true);
    await expect.poll(() => root(el).querySelector('.count'), { timeout: 300 }).toBeNull();
    expect(drawn(el)[0]).toBe(`environ 1${NNBSP}400`);
  });
});

describe('<nso-stats> linking', () => {
  function record(): FigureFocusDetail[] {
    const details: FigureFocusDetail[] = [];
    document.body.addEventListener('nso-figure-focus', (event) => details.push(event.detail), {
      signal: listening.signal,
    });
    return details;
  }

  it('hovering a figure tells its countries; leaving it clears them', async () => {
    const el = await mount();
    const heading = root(el).querySelector('h3') as HTMLElement;
    await userEvent.hover(heading);
    const details = record();
    await userEvent.hover(item(el, 'devices'));
    await userEvent.hover(heading);
    await userEvent.hover(item(el, 'exposed'));
    await userEvent.hover(heading);
    expect(details).toEqual([
      { id: 'devices', countries: ['BH', 'MX', 'AE'] },
      { id: null, countries: [] },
      { id: 'exposed', countries: [] },
      { id: null, countries: [] },
    ]);
  });

  it('focusing a figure by keyboard (its Source toggle) tells its countries; moving on clears them', async () => {
    const el = await mount();
    // The pointer rests away from the figures, as a keyboard user's would.
    await userEvent.hover(root(el).querySelector('h3') as HTMLElement);
    const details = record();
    await userEvent.tab();
    expect(root(el).activeElement).toBe(item(el, 'devices').querySelector('summary'));
    await userEvent.tab();
    (root(el).activeElement as HTMLElement).blur();
    expect(details).toEqual([
      { id: 'devices', countries: ['BH', 'MX', 'AE'] },
      { id: 'targets', countries: [] },
      { id: null, countries: [] },
    ]);
  });

  it('leaving a hovered figure falls back to the focused one', async () => {
    const el = await mount();
    await userEvent.hover(root(el).querySelector('h3') as HTMLElement);
    const details = record();
    await userEvent.tab();
    await userEvent.hover(item(el, 'exposed'));
    await userEvent.hover(root(el).querySelector('h3') as HTMLElement);
    expect(details.map((d) => d.id)).toEqual(['devices', 'exposed', 'devices']);
  });

  it('the Source toggle names its figure for screen readers', async () => {
    const el = await mount();
    expect(text(item(el, 'devices').querySelector('summary'))).toBe(
      `Source\u00a0: environ 1${NNBSP}400 appareils infectés`,
    );
  });
});

describe('<nso-stats> highlight', () => {
  const marked = (el: NsoStats) =>
    items(el)
      .filter((li) => li.part.contains('figure-marked'))
      .map((li) => li.dataset['figure']);

  async function highlight(el: NsoStats, value: Highlight) {
    el.highlight = value;
    await el.updateComplete;
  }

  it('marks the figures that concern a highlighted country, with text for every reader', async () => {
    const el = await mount();
    expect(marked(el)).toEqual([]);
    await highlight(el, { ...NO_HIGHLIGHT, countries: ['MX'] });
    expect(marked(el)).toEqual(['devices', 'countries-named']);
    expect(text(item(el, 'devices').querySelector('.linked'))).toBe('Lié à la sélection');
    expect(item(el, 'targets').querySelector('.linked')).toBeNull();
  });

  it('marks a figure highlighted by id, and unmarks when the highlight clears', async () => {
    const el = await mount();
    await highlight(el, { ...NO_HIGHLIGHT, figures: ['targets'] });
    expect(marked(el)).toEqual(['targets']);
    await highlight(el, NO_HIGHLIGHT);
    expect(marked(el)).toEqual([]);
  });
});

describe('<nso-stats> accessibility', () => {
  const WCAG22 = { type: 'tag' as const, values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] };

  it('axe sees inside the shadow root (control: an unnamed button planted there is reported)', async () => {
    const el = await mount();
    item(el, 'devices').append(document.createElement('button'));
    const results = await axe.run(el, { runOnly: WCAG22 });
    expect(results.violations.map((v) => v.id)).toContain('button-name');
  });

  it.each([
    ['fr', 'light'],
    ['ar', 'dark'],
  ])('has no axe WCAG 2.2 A/AA violations (%s, %s), marked and with a source open', async (lang, theme) => {
    const el = await mount({ lang, theme });
    await userEvent.click(item(el, 'devices').querySelector('summary') as HTMLElement);
    el.highlight = { ...NO_HIGHLIGHT, countries: ['MX'] };
    await el.updateComplete;
    const results = await axe.run(el, { runOnly: WCAG22 });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
