import { page, userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { EMBEDDED_DATASET } from '../dataset/embedded.ts';
import type { CountrySelectEvent } from '../events.ts';
import './nso-map.ts';
import type { NsoMap } from './nso-map.ts';

const mounted: HTMLElement[] = [];

/** Mounts <nso-map> in a wrapper `width` px wide (the test sets the width; the component never does). */
async function mount(width = 800, lang = 'fr'): Promise<NsoMap> {
  const wrapper = document.createElement('div');
  wrapper.style.width = `${width}px`;
  const before = document.createElement('button');
  before.textContent = `before map ${mounted.length + 1}`;
  const map = document.createElement('nso-map');
  map.setAttribute('lang', lang);
  wrapper.append(before, map);
  document.body.append(wrapper);
  mounted.push(wrapper);
  // The pointer rests off the map: a map drawn under it would be hovered, and a card would open.
  await userEvent.hover(before);
  await map.updateComplete;
  // The map lays out its callouts once its ResizeObserver has reported the width: two frames.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await map.updateComplete;
  expect(map.shadowRoot!.querySelector('.frame')!.getBoundingClientRect().width).toBe(width);
  return map;
}

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

const controls = (map: NsoMap) => [...map.shadowRoot!.querySelectorAll<SVGGElement>('.country')];
const control = (map: NsoMap, code: string) =>
  map.shadowRoot!.querySelector<SVGGElement>(`.country[data-code="${code}"]`)!;
const card = (map: NsoMap) => map.shadowRoot!.querySelector<HTMLElement>('#card')!;
/**
 * Until the card has settled: it is measured after the next layout (before that frame is painted) and moves to its
 * corner in a second update.
 */
async function settled(map: NsoMap): Promise<void> {
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  while (!(await map.updateComplete));
}

const focused = (map: NsoMap) => (map.shadowRoot!.activeElement as SVGElement | null)?.dataset.code;

function selections(map: NsoMap): (string | null)[] {
  const codes: (string | null)[] = [];
  map.addEventListener('nso-country-select', (e: CountrySelectEvent) => codes.push(e.detail.code));
  return codes;
}

describe('<nso-map>', () => {
  it('is a labelled group (not an image) of one named button per reported country', async () => {
    const map = await mount();
    const svg = map.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('group');
    expect(svg.getAttribute('aria-label')).toBe('Carte du monde des infections signalées');
    expect(map.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Infections signalées dans 3 pays\u00a0: Bahreïn, Mexique et Émirats arabes unis.',
    );
    expect(controls(map).map((c) => [c.getAttribute('role'), c.getAttribute('aria-label')])).toEqual([
      ['button', 'Mexique (Infections signalées)'],
      ['button', 'Bahreïn (Infections signalées)'],
      ['button', 'Émirats arabes unis (Infections signalées)'],
    ]);
    expect(map.shadowRoot!.querySelectorAll('path[aria-label]:not([role]), [role="img"]')).toHaveLength(0);
  });

  it('is one tab stop, and arrow keys walk the reported countries west to east', async () => {
    const map = await mount();
    expect(controls(map).filter((c) => c.tabIndex === 0)).toHaveLength(1);
    (map.previousElementSibling as HTMLElement).focus();
    await userEvent.tab();
    expect(focused(map)).toBe('MX');
    await userEvent.keyboard('{ArrowRight}');
    expect(focused(map)).toBe('BH');
    await userEvent.keyboard('{ArrowRight}');
    expect(focused(map)).toBe('AE');
    await userEvent.keyboard('{ArrowRight}');
    expect(focused(map)).toBe('MX');
    await userEvent.keyboard('{ArrowLeft}');
    expect(focused(map)).toBe('AE');
    expect(
      controls(map)
        .filter((c) => c.tabIndex === 0)
        .map((c) => c.dataset.code),
    ).toEqual(['AE']);
    // Tab leaves the countries: the next stop is in the card, not another country.
    await userEvent.tab();
    expect(map.shadowRoot!.activeElement?.closest('#card')).not.toBeNull();
  });

  it('opens the details card on keyboard focus, with the sourced excerpt, and Escape closes it', async () => {
    const map = await mount();
    const codes = selections(map);
    control(map, 'BH').focus();
    await map.updateComplete;
    expect(card(map).hidden).toBe(false);
    expect(control(map, 'BH').getAttribute('aria-expanded')).toBe('true');
    const text = card(map).textContent!.replace(/[ \n\t]+/g, ' ');
    expect(text).toContain('Bahreïn');
    expect(text).toContain('Nombre d’appareils par pays\u00a0: non communiqué');
    expect(text).toContain('notamment au Bahreïn, au Mexique, et aux Émirats arabes unis.');
    expect(text).toContain('WhatsApp poursuit NSO en justice');
    expect(card(map).querySelector('button.link')!.textContent).toMatch(/environ 1\s400 appareils infectés/);
    await userEvent.keyboard('{Escape}');
    await map.updateComplete;
    expect(card(map).hidden).toBe(true);
    expect(focused(map)).toBe('BH');
    expect(codes).toEqual(['BH', null]);
  });

  for (const [lang, expected] of [
    ['en', { quote: 'After months of investigation', note: '(translation)', speaker: 'Will Cathcart' }],
    ['ar', { quote: 'بعد أشهر من التحقيق', note: '(ترجمة)', speaker: 'ويل كاثكارت' }],
  ] as const) {
    it(`the card shows a related quote in the reader's language, said to be a translation (${lang})`, async () => {
      const map = await mount(800, lang);
      // A quote that names Bahrain, so that its card lists it.
      const dataset = structuredClone(EMBEDDED_DATASET);
      dataset.quotes[0]!.countries = ['BH'];
      map.data = dataset;
      await map.updateComplete;
      control(map, 'BH').focus();
      await map.updateComplete;
      const item = card(map).querySelector('li:has(q)')!;
      expect(item.querySelector('q')!.textContent).toContain(expected.quote);
      expect(item.querySelector('q')!.lang).toBe(lang);
      expect(item.textContent).toContain(expected.note);
      expect(item.textContent).toContain(expected.speaker);
      expect(item.textContent).not.toContain('Après des mois d’enquête');
    });
  }

  it('× closes the card and gives focus back to its country without opening it again', async () => {
    const map = await mount();
    const codes = selections(map);
    control(map, 'BH').focus();
    await map.updateComplete;
    await userEvent.tab();
    expect(map.shadowRoot!.activeElement?.matches('#card button.close')).toBe(true);
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => focused(map)).toBe('BH');
    await map.updateComplete;
    expect(card(map).hidden).toBe(true);
    expect(control(map, 'BH').getAttribute('aria-expanded')).toBe('false');
    expect(codes).toEqual(['BH', null]);
  });

  it('Escape inside the card closes it and gives focus back to its country, closed', async () => {
    const map = await mount();
    control(map, 'AE').focus();
    await map.updateComplete;
    card(map).querySelector<HTMLElement>('button.link')!.focus();
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => focused(map)).toBe('AE');
    await map.updateComplete;
    expect(card(map).hidden).toBe(true);
  });

  it('a card opened by focus stays open while focus is on the countries or in the card, and closes when it leaves', async () => {
    const map = await mount();
    const after = document.createElement('button');
    after.textContent = 'after';
    map.after(after);
    control(map, 'MX').focus();
    await map.updateComplete;
    card(map).querySelector('button')!.focus();
    await map.updateComplete;
    expect(card(map).hidden).toBe(false);
    control(map, 'AE').focus();
    await map.updateComplete;
    expect(card(map).hidden).toBe(false);
    after.focus();
    await map.updateComplete;
    expect(card(map).hidden).toBe(true);
  });

  it('focus on the table under the map closes the card, which lies over it', async () => {
    const map = await mount(360);
    control(map, 'MX').focus();
    await map.updateComplete;
    expect(card(map).hidden).toBe(false);
    map.shadowRoot!.querySelector<HTMLElement>('[part="table"] summary')!.focus();
    await map.updateComplete;
    expect(card(map).hidden).toBe(true);
  });

  it("a tap on another map's country closes this map's card", async () => {
    const first = await mount(360);
    const second = await mount(360);
    await userEvent.click(control(first, 'AE').querySelector('.hit')!);
    await first.updateComplete;
    expect(card(first).hidden).toBe(false);
    await userEvent.click(control(second, 'BH').querySelector('.hit')!);
    await first.updateComplete;
    await second.updateComplete;
    expect(card(first).hidden).toBe(true);
    expect(card(second).hidden).toBe(false);
  });

  it('Enter toggles the card of the focused country', async () => {
    const map = await mount();
    control(map, 'MX').focus();
    await userEvent.keyboard('{Enter}');
    await map.updateComplete;
    expect(card(map).hidden).toBe(true);
    await userEvent.keyboard('{Enter}');
    await map.updateComplete;
    expect(card(map).hidden).toBe(false);
  });

  it('opens the card on hover and keeps it open when the pointer moves onto it', async () => {
    // The whole map in view: scrolling to the card would move another country under the pointer.
    await page.viewport(1100, 800);
    const map = await mount(1000);
    const codes = selections(map);
    await userEvent.hover(control(map, 'MX'));
    await map.updateComplete;
    expect(card(map).hidden).toBe(false);
    // It settles in its corner within the next frame, before a hand can reach it.
    await settled(map);
    await userEvent.hover(card(map));
    await map.updateComplete;
    expect(card(map).hidden).toBe(false);
    expect(codes).toEqual(['MX']);
  });

  it('opens the card on a tap and closes it on the click of a tap elsewhere, not on its pointerdown', async () => {
    const map = await mount(360);
    const elsewhere = map.previousElementSibling as HTMLButtonElement;
    let clicked = 0;
    elsewhere.addEventListener('click', () => (clicked += 1));
    const codes = selections(map);
    await userEvent.click(control(map, 'AE').querySelector('.hit')!);
    await map.updateComplete;
    expect(card(map).hidden).toBe(false);
    expect(card(map).querySelector('h3')!.textContent).toBe('Émirats arabes unis');
    elsewhere.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await map.updateComplete;
    expect(card(map).hidden).toBe(false);
    await userEvent.click(elsewhere);
    await map.updateComplete;
    expect(card(map).hidden).toBe(true);
    expect(clicked).toBe(1);
    expect(codes).toEqual(['AE', null]);
  });

  for (const width of [320, 768]) {
    it(`at ${width} px the card lies over what follows the map: opening and closing it moves nothing`, async () => {
      const map = await mount(width);
      const after = document.createElement('p');
      after.textContent = 'The article goes on.';
      map.parentElement!.after(after);
      const legend = map.shadowRoot!.querySelector('.legend')!;
      const boxes = () => [after.getBoundingClientRect().toJSON(), legend.getBoundingClientRect().toJSON()];
      const before = boxes();
      await userEvent.click(control(map, 'MX'));
      await settled(map);
      expect(card(map).hidden).toBe(false);
      expect(card(map).getBoundingClientRect().top).toBeGreaterThanOrEqual(
        map.shadowRoot!.querySelector('svg')!.getBoundingClientRect().bottom,
      );
      expect(boxes()).toEqual(before);
      // Over the content that follows: the card is what a tap there reaches.
      const box = card(map).getBoundingClientRect();
      const hit = map.shadowRoot!.elementFromPoint(box.left + 20, box.bottom - 10);
      expect(card(map).contains(hit)).toBe(true);
      await userEvent.click(card(map).querySelector('button.close')!);
      await map.updateComplete;
      expect(card(map).hidden).toBe(true);
      expect(boxes()).toEqual(before);
      after.remove();
    });
  }

  it('the card floats beside the country on a wide map, over none of the reported countries and labels', async () => {
    const map = await mount(1000);
    for (const code of ['MX', 'BH', 'AE']) {
      control(map, code).focus();
      await settled(map);
      const a = card(map).getBoundingClientRect();
      expect(a.top).toBeLessThan(map.shadowRoot!.querySelector('svg')!.getBoundingClientRect().bottom);
      for (const other of controls(map)) {
        const b = other.getBoundingClientRect();
        const overlaps = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlaps, `${code}'s card over ${other.dataset.code}: ${JSON.stringify([a, b])}`).toBe(false);
      }
    }
  });

  it('the card goes below a wide map when, its source shown, every corner would hide a reported country', async () => {
    const map = await mount(1000);
    control(map, 'BH').focus();
    await settled(map);
    const svg = map.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    expect(card(map).getBoundingClientRect().top).toBeLessThan(svg.bottom);
    card(map).querySelector('summary')!.click();
    await settled(map);
    expect(card(map).getBoundingClientRect().top).toBeGreaterThanOrEqual(svg.bottom);
    expect(card(map).querySelector('blockquote')!.checkVisibility()).toBe(true);
    // Shorter again, it stays below (no back and forth); the next country's card tries the corners anew.
    card(map).querySelector('summary')!.click();
    await settled(map);
    expect(card(map).getBoundingClientRect().top).toBeGreaterThanOrEqual(svg.bottom);
    control(map, 'MX').focus();
    await settled(map);
    expect(card(map).getBoundingClientRect().top).toBeLessThan(svg.bottom);
  });

  it('with no country reported, says so and shows no legend, hint or empty table', async () => {
    const map = await mount();
    map.data = {
      ...EMBEDDED_DATASET,
      countries: [],
      figures: EMBEDDED_DATASET.figures.map((f) => ({ ...f, countries: [] })),
    };
    await map.updateComplete;
    const root = map.shadowRoot!;
    expect(root.querySelector('.summary')!.textContent).toBe('Aucun pays signalé.');
    expect(controls(map)).toHaveLength(0);
    expect(root.querySelector('.legend, .hint, .note, details')).toBeNull();
    expect(root.querySelectorAll('.land path').length).toBeGreaterThan(0);
  });

  it('the card lies under the map on a 768 px tablet, where floating it hid the Gulf', async () => {
    const map = await mount(768);
    control(map, 'MX').focus();
    await map.updateComplete;
    expect(card(map).hidden).toBe(false);
    expect(card(map).getBoundingClientRect().top).toBeGreaterThanOrEqual(
      map.shadowRoot!.querySelector('svg')!.getBoundingClientRect().bottom,
    );
  });

  it('hatches the reported shapes with one path under them, and only those', async () => {
    const map = await mount();
    const [land, hatch] = [...map.shadowRoot!.querySelectorAll('.land path')].map((p) => p.getAttribute('d')!);
    expect(map.shadowRoot!.querySelector('.land path.hatch')!.getAttribute('d')).toBe(hatch);
    expect(getComputedStyle(map.shadowRoot!.querySelector('.hatch')!).fill).toBe('url("#hatch")');
    // Bahrain is a point: Mexico and the Emirates have shapes.
    for (const code of ['MX', 'AE']) {
      const shape = control(map, code).querySelector('.shape')!.getAttribute('d')!;
      expect(hatch, code).toContain(shape);
      expect(land, code).not.toContain(shape);
    }
    expect(hatch.length).toBe(
      ['MX', 'AE'].reduce((n, code) => n + control(map, code).querySelector('.shape')!.getAttribute('d')!.length, 0),
    );
    // Over it, the country still takes the pointer.
    const box = control(map, 'MX').getBoundingClientRect();
    const hit = map.shadowRoot!.elementFromPoint(box.x + box.width * 0.4, box.y + box.height * 0.4);
    expect(hit?.closest('.country')).toBe(control(map, 'MX'));
  });

  it('outlines the countries in .highlight', async () => {
    const map = await mount();
    const stroke = () => getComputedStyle(control(map, 'MX').querySelector('.shape')!).strokeWidth;
    const before = stroke();
    map.highlight = { countries: ['MX'], figures: [], quotes: [] };
    await map.updateComplete;
    expect(control(map, 'MX').classList.contains('highlighted')).toBe(true);
    expect(control(map, 'AE').classList.contains('highlighted')).toBe(false);
    await expect.poll(stroke).toBe('3px');
    expect(before).toBe('1.5px');
  });

  for (const width of [320, 360]) {
    it(`gives every country a target of at least 24 × 24 CSS px at ${width} px`, async () => {
      const map = await mount(width);
      for (const c of controls(map)) {
        // The label box is the target of a callout; a country drawn large enough is its own target.
        const target = c.querySelector('.hit') ?? c;
        const box = target.getBoundingClientRect();
        expect(box.width, c.dataset.code).toBeGreaterThanOrEqual(24);
        expect(box.height, c.dataset.code).toBeGreaterThanOrEqual(24);
        const hit = map.shadowRoot!.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        expect(hit?.closest('.country'), c.dataset.code).toBe(c);
      }
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
    });
  }

  it('lists every reported country in the data table, alphabetically, count not disclosed', async () => {
    const map = await mount(360, 'en');
    await userEvent.click(map.shadowRoot!.querySelector('[part="table"] summary')!);
    await expect.poll(() => map.shadowRoot!.querySelector('tbody')!.rows.length).toBe(3);
    const table = map.shadowRoot!.querySelector('table')!;
    expect(table.caption!.textContent!.trim()).toBe(
      'Countries where infections are reported, according to the article',
    );
    const rows = [...table.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent!.trim()));
    const source = 'WhatsApp poursuit NSO en justice, une structure israélienne d’espionnage numérique';
    expect(rows).toEqual([
      ['Bahrain', 'not disclosed', source],
      ['Mexico', 'not disclosed', source],
      ['United Arab Emirates', 'not disclosed', source],
    ]);
  });

  it("a country's button in the data table opens its card, and says so", async () => {
    const map = await mount(360);
    const codes = selections(map);
    await userEvent.click(map.shadowRoot!.querySelector('[part="table"] summary')!);
    const find = () => map.shadowRoot!.querySelector<HTMLButtonElement>('tbody button[data-code="AE"]');
    await expect.poll(find).toBeTruthy();
    const button = find()!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(button);
    await map.updateComplete;
    expect(card(map).hidden).toBe(false);
    expect(card(map).querySelector('h3')!.textContent).toBe('Émirats arabes unis');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(codes).toEqual(['AE']);
    // Focus goes to the card, which may lie over the button, and comes back when it closes.
    expect(map.shadowRoot!.activeElement).toBe(card(map));
    await userEvent.keyboard('{Escape}');
    await map.updateComplete;
    expect(card(map).hidden).toBe(true);
    expect(map.shadowRoot!.activeElement).toBe(button);
  });

  for (const lang of ['fr', 'en', 'ar']) {
    it(`the open data table fits a 320 px phone's 288 px column (${lang})`, async () => {
      const map = await mount(288, lang);
      await userEvent.click(map.shadowRoot!.querySelector('[part="table"] summary')!);
      await expect.poll(() => map.shadowRoot!.querySelector('tbody')!.rows.length).toBe(3);
      const frame = map.getBoundingClientRect();
      const table = map.shadowRoot!.querySelector('table')!.getBoundingClientRect();
      expect(table.left).toBeGreaterThanOrEqual(frame.left);
      expect(table.right).toBeLessThanOrEqual(frame.right);
    });
  }

  it('draws the reported countries and callouts as in the snapshot (800 px)', async () => {
    const map = await mount(800);
    const serialized = new XMLSerializer()
      .serializeToString(map.shadowRoot!.querySelector('.reported')!)
      .replace(/<!--[^>]*-->/g, '')
      .replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
      .replace(/>\s*</g, '>\n<');
    await expect(serialized).toMatchFileSnapshot('./__snapshots__/nso-map.reported.svg');
  });
});
