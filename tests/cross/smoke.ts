/**
 * The smoke tests every browser runs (firefox.test.ts, webkit.test.ts): the
 * built pages as a reader meets them, with real pointer and keyboard input.
 * What is checked is what a reader sees: text, and where things are on screen.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { LAUNCH, type BrowserName, type Driver, type PageHelpers } from './drivers.ts';

type Box = NonNullable<ReturnType<PageHelpers['box']>>;

/** The box of the first shown element matching `selector` whose accessible text matches `name`, or null. */
const boxOf = (selector: string, name?: string): Box | null => {
  const t = (window as unknown as { __t: PageHelpers }).__t;
  return t.box(t.find(selector, name));
};

/** The text of the first shown element matching `selector`, shadow roots included ('' when there is none). */
const textOf = (selector: string, name?: string): string => {
  const t = (window as unknown as { __t: PageHelpers }).__t;
  const el = t.find(selector, name);
  return el ? t.text(el) : '';
};

/** Whether every element of the graphic has rendered or hydrated: before that, a tap does nothing. */
const interactive = (): boolean => {
  const t = (window as unknown as { __t: PageHelpers }).__t;
  const parts = t.all().filter((el) => el.localName.startsWith('nso-'));
  return parts.length > 0 && parts.every((el) => (el as Element & { hasUpdated?: boolean }).hasUpdated === true);
};

/** The accessible name of the focused element, through shadow roots. */
const focusedName = (): string => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
};

/**
 * The white space under the shown quote's content, inside its card: the card's bottom edge minus the lowest
 * bottom edge of what it shows, less the card's own bottom padding and border.
 */
const blankUnderQuote = (): number => {
  const t = (window as unknown as { __t: PageHelpers }).__t;
  const card = t.find('[role="group"][aria-roledescription]');
  if (!card) return Number.NaN;
  const style = getComputedStyle(card);
  const inner =
    card.getBoundingClientRect().bottom - parseFloat(style.paddingBottom) - parseFloat(style.borderBottomWidth);
  const content = Math.max(
    ...[...card.querySelectorAll('*')].filter(t.shown).map((el) => el.getBoundingClientRect().bottom),
  );
  return inner - content;
};

/**
 * Whether land is painted within `inset` px of the map's left and right edges: the columns of points there are
 * tested against the land's shapes (isPointInFill, in each shape's user units), and how much narrower than the map element its drawing is.
 */
const landAtEdges = (inset: number): { left: boolean; right: boolean; narrower: number } | null => {
  const t = (window as unknown as { __t: PageHelpers }).__t;
  const map = t.find('nso-map');
  const svg = map && (t.find('svg[role="group"]') as SVGSVGElement | undefined);
  if (!map || !svg) return null;
  // Each shape with the inverse of its own transform: the shapes sit in nested <svg>s with a viewBox.
  const shapes = [...svg.querySelectorAll('path')]
    .filter((p) => p.getAttribute('d'))
    .map((p) => ({ p, toUser: p.getScreenCTM()!.inverse() }));
  const m = map.getBoundingClientRect();
  const s = svg.getBoundingClientRect();
  const column = (x: number) => {
    for (let y = s.top; y < s.bottom; y += 1) {
      if (shapes.some(({ p, toUser }) => p.isPointInFill(new DOMPoint(x, y).matrixTransform(toUser)))) return true;
    }
    return false;
  };
  return { left: column(m.left + inset), right: column(m.right - inset), narrower: m.width - s.width };
};

/** A point where a tap reaches the element (the first, scanning its box), in viewport px. */
const tapPoint = (selector: string, name: string): { x: number; y: number } | null => {
  const t = (window as unknown as { __t: PageHelpers }).__t;
  const el = t.find(selector, name);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  const hit = (x: number, y: number) => {
    let node: Element | null = document.elementFromPoint(x, y);
    while (node?.shadowRoot) {
      const inner = node.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === node) break;
      node = inner;
    }
    return node;
  };
  for (let y = r.top + 2; y < r.bottom; y += 4)
    for (let x = r.left + 2; x < r.right; x += 4) if (el.contains(hit(x, y))) return { x, y };
  return null;
};

const scrollToCenter = (selector: string, name?: string): void => {
  const t = (window as unknown as { __t: PageHelpers }).__t;
  t.find(selector, name)?.scrollIntoView({ block: 'center' });
};

export function smokeTests(browser: BrowserName): void {
  const base = inject('baseURL');
  const host = inject('hostURL');
  let d: Driver;

  beforeAll(async () => {
    d = await LAUNCH[browser]();
  }, 60_000);
  afterAll(async () => {
    await d?.close();
  });

  /** Opens a page at a viewport size and waits for the graphic's quotes to show. */
  async function open(url: string, width = 375, height = 800): Promise<void> {
    await d.resize(width, height);
    await d.goto(url);
    await expect.poll(() => d.evaluate(interactive), { timeout: 15_000 }).toBe(true);
  }

  async function clickOn(selector: string, name: string): Promise<Box> {
    const box = await d.evaluate(boxOf, selector, name);
    expect(box, `${selector} named ${name}`).not.toBeNull();
    await d.click(box!.cx, box!.cy);
    return box!;
  }

  it('the reader page shows the three reported countries, the figures and the quotes, without an error', async () => {
    await open(`${base}index.html`);
    const map = await d.evaluate(textOf, 'nso-map');
    expect(map).toMatch(/Bahreïn/);
    expect(map).toMatch(/Mexique/);
    expect(map).toMatch(/Émirats arabes unis/);
    expect(await d.evaluate(textOf, 'nso-stats')).toMatch(/1\s400/);
    expect(await d.evaluate(textOf, 'nso-quotes')).toMatch(/Will Cathcart/);
    expect(await d.errors()).toEqual([]);
  });

  it('the iframe page in French shows the headline and the map in French', async () => {
    await open(`${base}embed.html?lang=fr`);
    expect(await d.evaluate(textOf, 'nso-graphic')).toMatch(/WhatsApp poursuit NSO en justice/);
    expect(await d.evaluate(textOf, 'nso-map')).toMatch(/Infections signalées dans 3 pays/);
    expect(await d.errors()).toEqual([]);
  });

  it('the iframe page in Arabic reads right to left, in Arabic, with its Next button on the left', async () => {
    await open(`${base}embed.html?lang=ar`);
    expect(await d.evaluate(textOf, 'nso-graphic')).toMatch(/واتساب يقاضي مجموعة NSO/);
    const previous = await d.evaluate(boxOf, 'button', '^الاقتباس السابق$');
    const next = await d.evaluate(boxOf, 'button', '^الاقتباس التالي$');
    expect(next!.x).toBeLessThan(previous!.x);
    expect(await d.errors()).toEqual([]);
  });

  it('a host page on another origin shows <nso-graphic> from the module, in its lang', async () => {
    await d.resize(414, 800);
    await d.goto(`${host}blank.html`);
    await d.evaluate((src: string) => {
      const graphic = document.createElement('nso-graphic');
      graphic.setAttribute('lang', 'en');
      document.body.append(graphic);
      const script = document.createElement('script');
      script.type = 'module';
      script.src = src;
      document.head.append(script);
    }, `${base}nso-graphic.js`);
    await expect.poll(() => d.evaluate(textOf, 'nso-graphic'), { timeout: 15_000 }).toMatch(/Will Cathcart/);
    expect(await d.evaluate(textOf, 'nso-graphic')).toMatch(/WhatsApp takes NSO to court/);
    expect(await d.evaluate(textOf, 'nso-map')).toMatch(/Bahrain/);
    expect(await d.errors()).toEqual([]);
  });

  it("the map's keyboard: one Tab reaches a country, arrows walk them and open their card, Escape closes it", async () => {
    await open(`${base}embed.html?lang=fr`, 1280, 900);
    await d.press('Tab');
    const first = await d.evaluate(focusedName);
    expect(first).toMatch(/\(Infections signalées\)$/);
    await d.press('ArrowRight');
    await expect.poll(() => d.evaluate(focusedName)).not.toBe(first);
    const second = await d.evaluate(focusedName);
    expect(second).toMatch(/\(Infections signalées\)$/);
    const country = second.replace(/ \(.*$/, '');
    await expect.poll(() => d.evaluate(textOf, 'section[aria-labelledby="card-title"]')).toMatch(country);
    await d.press('Escape');
    await expect.poll(() => d.evaluate(boxOf, 'section[aria-labelledby="card-title"]')).toBeNull();
    expect(await d.evaluate(focusedName)).toBe(second);
  });

  it('a click on Next shows the next quote: "2 sur 5"', async () => {
    await open(`${base}embed.html?lang=fr`, 414);
    expect(await d.evaluate(textOf, 'span', '^\\d+ sur \\d+$')).toBe('1 sur 5');
    await d.evaluate(scrollToCenter, 'button', '^Citation suivante$');
    await clickOn('button', '^Citation suivante$');
    await expect.poll(() => d.evaluate(textOf, 'span', '^\\d+ sur \\d+$')).toBe('2 sur 5');
  });

  it('at 320 px, every quote leaves at most 48 px of blank under it', async () => {
    await open(`${base}embed.html?lang=fr`, 320);
    await d.evaluate(scrollToCenter, 'button', '^Citation suivante$');
    const blanks: number[] = [];
    for (let i = 1; i <= 5; i += 1) {
      await expect.poll(() => d.evaluate(textOf, 'span', '^\\d+ sur \\d+$')).toBe(`${i} sur 5`);
      blanks.push(await d.evaluate(blankUnderQuote));
      await clickOn('button', '^Citation suivante$');
    }
    expect(
      blanks.every((blank) => blank >= -1 && blank <= 48),
      `blank under each quote: ${blanks.join(', ')}`,
    ).toBe(true);
  });

  it('after a card was open, one click on Next shows the next quote, and nothing under the pointer moved', async () => {
    await open(`${base}embed.html?lang=fr`, 375);
    await d.evaluate(scrollToCenter, 'nso-map');
    const stats = await d.evaluate(boxOf, 'nso-stats');
    const mexico = await d.evaluate(tapPoint, '[role="button"]', '^Mexique');
    expect(mexico).not.toBeNull();
    await d.click(mexico!.x, mexico!.y);
    await expect
      .poll(() => d.evaluate(textOf, 'section[aria-labelledby="card-title"]'))
      .toMatch(/Mexique Infections signalées/);
    // Opening the card moved nothing below the map.
    expect(await d.evaluate(boxOf, 'nso-stats')).toEqual(stats);
    await d.evaluate(scrollToCenter, 'button', '^Citation suivante$');
    const next = await d.evaluate(boxOf, 'button', '^Citation suivante$');
    await clickOn('button', '^Citation suivante$');
    await expect.poll(() => d.evaluate(textOf, 'span', '^\\d+ sur \\d+$')).toBe('2 sur 5');
    expect(await d.evaluate(boxOf, 'section[aria-labelledby="card-title"]')).toBeNull();
    expect(await d.evaluate(boxOf, 'button', '^Citation suivante$')).toEqual(next);
    expect(await d.errors()).toEqual([]);
  });

  it('on a 360 px phone, the land spans the map from edge to edge', async () => {
    await open(`${base}index.html`, 360);
    expect(await d.evaluate(landAtEdges, 3)).toEqual({ left: true, right: true, narrower: 0 });
  });
}
