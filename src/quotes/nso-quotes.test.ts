import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import article from '../../data/sources/article.fr.txt?raw';
import { EMBEDDED_DATASET } from '../dataset/embedded.ts';
import { isVerbatim } from '../dataset/provenance.ts';
import type { Dataset } from '../dataset/schema.ts';
import { NO_HIGHLIGHT, type QuoteChangeDetail, type QuoteChangeEvent } from '../events.ts';
import './nso-quotes.ts';
import type { NsoQuotes } from './nso-quotes.ts';

const QUOTES = EMBEDDED_DATASET.quotes;
const INTERVAL = 80;
/** Comfortably more than two rotation intervals. */
const TWO_INTERVALS = INTERVAL * 4;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let mounted = 0;

/** Mounts an element, in French unless `lang` says otherwise (the test page itself is in English). */
async function mount(attributes: Record<string, string> = {}, data?: Dataset): Promise<NsoQuotes> {
  const el = document.createElement('nso-quotes');
  el.id = `quotes-${++mounted}`;
  for (const [name, value] of Object.entries({ lang: 'fr', ...attributes })) el.setAttribute(name, value);
  if (data) el.data = data;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const within = (el: NsoQuotes) => page.elementLocator(el);
const root = (el: NsoQuotes) => el.shadowRoot!;
const slides = (el: NsoQuotes) => [...root(el).querySelectorAll<HTMLElement>('[role="group"]')];
const visibleSlides = (el: NsoQuotes) => slides(el).filter((s) => s.checkVisibility({ visibilityProperty: true }));
const currentName = (el: NsoQuotes) => visibleSlides(el).map((s) => s.getAttribute('aria-label'));
const liveRegion = (el: NsoQuotes) => root(el).querySelector('[aria-live]')!;
const focused = (el: NsoQuotes) => root(el).activeElement;
/** The quote text a slide shows, passage by passage. */
const passagesOf = (slide: Element) => [...slide.querySelectorAll('blockquote p')].map((p) => p.textContent ?? '');

function touchSwipe(target: Element, dx: number, dy: number): void {
  const at = (type: string, x: number, y: number) =>
    target.dispatchEvent(
      new PointerEvent(type, {
        pointerType: 'touch',
        pointerId: 7,
        isPrimary: true,
        clientX: x,
        clientY: y,
        bubbles: true,
      }),
    );
  at('pointerdown', 150, 150);
  at('pointerup', 150 + dx, 150 + dy);
}

/**
 * Moves the real pointer to a corner outside the element: a carousel that
 * appears under a resting pointer is hovered, which (rightly) stops rotation.
 */
async function parkPointer(): Promise<void> {
  const corner = document.createElement('div');
  corner.setAttribute('style', 'position:fixed;top:0;right:0;width:4px;height:4px');
  document.body.append(corner);
  await userEvent.hover(corner);
}

beforeEach(parkPointer);

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('<nso-quotes> follows the APG carousel pattern', () => {
  it('is a region named "Citations" with aria-roledescription "carrousel" (the name avoids the word)', async () => {
    const el = await mount();
    const region = within(el).getByRole('region', { name: 'Citations' });
    await expect.element(region).toHaveAttribute('aria-roledescription', 'carrousel');
    expect(region.element().getAttribute('aria-labelledby')).toBeTruthy();
    await expect.element(region).not.toHaveAccessibleName(/car+ousel/i);
  });

  it('uses English names in English: region "Quotes", slide "1 of 5", "Previous quote"/"Next quote"', async () => {
    const el = await mount({ lang: 'en' });
    await expect
      .element(within(el).getByRole('region', { name: 'Quotes' }))
      .toHaveAttribute('aria-roledescription', 'carousel');
    await expect
      .element(within(el).getByRole('group', { name: '1 of 5' }))
      .toHaveAttribute('aria-roledescription', 'slide');
    await expect.element(within(el).getByRole('button', { name: 'Previous quote' })).toBeVisible();
    await expect.element(within(el).getByRole('button', { name: 'Next quote' })).toBeVisible();
  });

  it('shows exactly one slide, a group "1 sur 5" with aria-roledescription "diapositive"; the others are hidden', async () => {
    const el = await mount();
    expect(slides(el)).toHaveLength(QUOTES.length);
    expect(currentName(el)).toEqual(['1 sur 5']);
    const first = within(el).getByRole('group', { name: '1 sur 5' });
    await expect.element(first).toHaveAttribute('aria-roledescription', 'diapositive');
    for (const slide of slides(el).slice(1)) {
      await expect.element(slide).not.toBeVisible();
      expect(getComputedStyle(slide).visibility).toBe('hidden');
    }
  });

  it('Next and Previous are real buttons that change slide, wrap around and keep focus', async () => {
    const el = await mount();
    const next = within(el).getByRole('button', { name: 'Citation suivante' });
    const previous = within(el).getByRole('button', { name: 'Citation précédente' });
    expect(next.element().localName).toBe('button');
    await userEvent.click(next);
    expect(currentName(el)).toEqual(['2 sur 5']);
    expect(focused(el)).toBe(next.element());
    await userEvent.keyboard('{Enter}');
    expect(currentName(el)).toEqual(['3 sur 5']);
    expect(focused(el)).toBe(next.element());
    await userEvent.click(previous);
    await userEvent.click(previous);
    await userEvent.click(previous);
    expect(currentName(el)).toEqual(['5 sur 5']);
    expect(focused(el)).toBe(previous.element());
  });

  it('Left and Right arrows on the buttons move too, mirrored in Arabic', async () => {
    const el = await mount();
    within(el).getByRole('button', { name: 'Citation suivante' }).element().focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(currentName(el)).toEqual(['2 sur 5']);
    await userEvent.keyboard('{ArrowLeft}');
    expect(currentName(el)).toEqual(['1 sur 5']);

    const ar = await mount({ lang: 'ar' });
    within(ar).getByRole('button', { name: 'الاقتباس التالي' }).element().focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(currentName(ar)).toEqual(['2 من 5']);
  });

  it('fires nso-quote-change {id, index} when the slide changes', async () => {
    const el = await mount();
    const seen: QuoteChangeDetail[] = [];
    // Listened on the document: the event bubbles out of the shadow root.
    document.addEventListener('nso-quote-change', (e) => seen.push((e as QuoteChangeEvent).detail), { once: true });
    await userEvent.click(within(el).getByRole('button', { name: 'Citation suivante' }));
    expect(seen).toEqual([{ id: QUOTES[1]!.id, index: 1 }]);
  });

  it('tab order is: rotation control, Previous, Next, then the slide content', async () => {
    const el = await mount({ autoplay: '', interval: '5000' });
    within(el).getByRole('radio', { name: 'Tout' }).element().focus();
    const names: string[] = [];
    for (let i = 0; i < 4; i++) {
      await userEvent.tab();
      const active = focused(el) as HTMLElement;
      names.push(active.textContent!.replace(/\s+/g, ' ').trim());
    }
    expect(names[0]).toBe('Arrêter la rotation automatique');
    expect(names.slice(1, 3)).toEqual(['Citation précédente', 'Citation suivante']);
    expect(visibleSlides(el)[0]!.contains(focused(el))).toBe(true);
  });

  it('hidden slides cannot take focus', async () => {
    const el = await mount();
    const hiddenButton = slides(el)[3]!.querySelector('button')!;
    hiddenButton.focus();
    expect(focused(el)).not.toBe(hiddenButton);
  });
});

describe('<nso-quotes> rotation', () => {
  it('does not rotate without the autoplay attribute, and offers no rotation control', async () => {
    const el = await mount({ interval: String(INTERVAL) });
    await wait(TWO_INTERVALS);
    expect(currentName(el)).toEqual(['1 sur 5']);
    expect(
      within(el)
        .getByRole('button', { name: /rotation/ })
        .query(),
    ).toBeNull();
    expect(liveRegion(el).getAttribute('aria-live')).toBe('polite');
  });

  it('rotates with autoplay; the rotation control comes first and switches between Stop and Start without aria-pressed', async () => {
    const el = await mount({ autoplay: '', interval: String(INTERVAL) });
    await wait(TWO_INTERVALS);
    expect(currentName(el)).not.toEqual(['1 sur 5']);
    const controls = root(el).querySelector('[part="controls"]')!;
    const first = controls.querySelector('button')!;
    await expect.element(first).toHaveAccessibleName('Arrêter la rotation automatique');
    expect(first.hasAttribute('aria-pressed')).toBe(false);
    first.focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(first).toHaveAccessibleName('Démarrer la rotation automatique');
    expect(first.hasAttribute('aria-pressed')).toBe(false);
    expect(focused(el)).toBe(first);
  });

  it('live region: off while rotating, polite after Next, still polite after focus leaves, polite after Stop (APG test)', async () => {
    const el = await mount({ autoplay: '', interval: '5000' });
    expect(liveRegion(el).getAttribute('aria-live')).toBe('off');
    expect(liveRegion(el).getAttribute('aria-atomic')).toBe('false');
    within(el).getByRole('button', { name: 'Citation suivante' }).element().focus();
    await userEvent.keyboard('{Enter}');
    expect(liveRegion(el).getAttribute('aria-live')).toBe('polite');
    // The APG example resumes rotation on blur; the pattern says it stays stopped, so the region stays polite.
    await userEvent.keyboard('{Shift>}{Tab}{Tab}{Tab}{/Shift}');
    expect(focused(el)?.localName).toBe('input');
    expect(liveRegion(el).getAttribute('aria-live')).toBe('polite');
    await userEvent.click(within(el).getByRole('button', { name: 'Démarrer la rotation automatique' }));
    expect(liveRegion(el).getAttribute('aria-live')).toBe('off');
    await userEvent.click(within(el).getByRole('button', { name: 'Arrêter la rotation automatique' }));
    expect(liveRegion(el).getAttribute('aria-live')).toBe('polite');
  });

  it('hovering stops rotation, and it stays stopped after the pointer leaves', async () => {
    const el = await mount({ autoplay: '', interval: String(INTERVAL) });
    await userEvent.hover(root(el).querySelector('.slides')!);
    const shown = currentName(el);
    await wait(TWO_INTERVALS);
    expect(currentName(el)).toEqual(shown);
    await parkPointer();
    await wait(TWO_INTERVALS);
    expect(currentName(el)).toEqual(shown);
    await expect.element(within(el).getByRole('button', { name: 'Démarrer la rotation automatique' })).toBeVisible();
  });

  it('focus inside stops rotation, and it stays stopped after focus leaves', async () => {
    const el = await mount({ autoplay: '', interval: String(INTERVAL) });
    within(el).getByRole('button', { name: 'Citation précédente' }).element().focus();
    const shown = currentName(el);
    await wait(TWO_INTERVALS);
    expect(currentName(el)).toEqual(shown);
    (focused(el) as HTMLElement).blur();
    await wait(TWO_INTERVALS);
    expect(currentName(el)).toEqual(shown);
  });

  it('the rotation control restarts rotation even while focus is on it', async () => {
    const el = await mount({ autoplay: '', interval: String(INTERVAL) });
    const toggle = within(el).getByRole('button', { name: 'Arrêter la rotation automatique' });
    toggle.element().focus();
    await userEvent.keyboard('{Enter}'); // stop
    await userEvent.keyboard('{Enter}'); // start
    const shown = currentName(el);
    await wait(TWO_INTERVALS);
    expect(currentName(el)).not.toEqual(shown);
  });

  it('never starts rotating under prefers-reduced-motion: the control reads Start', async () => {
    const real = window.matchMedia.bind(window);
    vi.spyOn(window, 'matchMedia').mockImplementation((query) =>
      query.includes('prefers-reduced-motion') ? ({ ...real(query), matches: true } as MediaQueryList) : real(query),
    );
    const el = await mount({ autoplay: '', interval: String(INTERVAL) });
    await wait(TWO_INTERVALS);
    expect(currentName(el)).toEqual(['1 sur 5']);
    await expect.element(within(el).getByRole('button', { name: 'Démarrer la rotation automatique' })).toBeVisible();
    expect(liveRegion(el).getAttribute('aria-live')).toBe('polite');
  });
});

describe('<nso-quotes> touch and layout', () => {
  it('a horizontal swipe changes slide; a vertical one (scrolling) does not', async () => {
    const el = await mount();
    const area = root(el).querySelector('.slides')!;
    expect(getComputedStyle(area).touchAction).toBe('pan-y');
    touchSwipe(area, -90, 10);
    await el.updateComplete;
    expect(currentName(el)).toEqual(['2 sur 5']);
    touchSwipe(area, 90, 0);
    await el.updateComplete;
    expect(currentName(el)).toEqual(['1 sur 5']);
    touchSwipe(area, -40, 200);
    await el.updateComplete;
    expect(currentName(el)).toEqual(['1 sur 5']);
  });

  it('swipes are mirrored in Arabic: a swipe to the right shows the next quote', async () => {
    const el = await mount({ lang: 'ar' });
    touchSwipe(root(el).querySelector('.slides')!, 90, 0);
    await el.updateComplete;
    expect(currentName(el)).toEqual(['2 من 5']);
  });

  it('after Next, the carousel is as tall as the quote shown: no blank over 48 px under any quote at 320 px', async () => {
    const el = await mount();
    el.style.width = '288px';
    const heights = new Set<number>();
    for (let i = 0; i < QUOTES.length; i++) {
      await userEvent.click(within(el).getByRole('button', { name: 'Citation suivante' }));
      heights.add(el.getBoundingClientRect().height);
      const slide = visibleSlides(el)[0]!;
      const content = Math.max(...[...slide.children].map((c) => c.getBoundingClientRect().bottom));
      expect(slide.getBoundingClientRect().bottom - content).toBeLessThanOrEqual(48);
    }
    expect(heights.size).toBeGreaterThan(1);
  });

  it('while autoplay rotates, the carousel keeps the tallest quote’s height; after Next it follows the quote', async () => {
    const el = await mount({ autoplay: '', interval: String(INTERVAL) });
    el.style.width = '288px';
    const seen = new Set<string>();
    const heights = new Set<number>();
    for (let i = 0; i < 40 && seen.size < QUOTES.length; i++) {
      seen.add(currentName(el)[0]!);
      heights.add(el.getBoundingClientRect().height);
      await wait(INTERVAL / 2);
    }
    expect(seen.size).toBe(QUOTES.length);
    expect([...heights]).toHaveLength(1);
    const rotating = [...heights][0]!;
    await userEvent.click(within(el).getByRole('button', { name: 'Citation suivante' }));
    await expect.poll(() => currentName(el)).not.toEqual([]);
    const heightsAfter = new Set<number>();
    for (let i = 0; i < QUOTES.length; i++) {
      heightsAfter.add(el.getBoundingClientRect().height);
      await userEvent.click(within(el).getByRole('button', { name: 'Citation suivante' }));
    }
    expect(Math.max(...heightsAfter)).toBe(rotating);
    expect(Math.min(...heightsAfter)).toBeLessThan(rotating);
  });

  it('with 40 quotes, builds 3 slides (the current one and the two longest) and steps through all 40', async () => {
    // The shipped quotes eight times over, with new ids (texts stay verbatim, links stay within a copy).
    const quotes = Array.from({ length: 8 }, (_, k) =>
      QUOTES.map((q) => ({ ...q, id: `${q.id}-${k}`, respondsTo: q.respondsTo.map((id) => `${id}-${k}`) })),
    ).flat();
    const el = await mount({}, { ...EMBEDDED_DATASET, quotes });
    expect(slides(el).length).toBeLessThanOrEqual(3);
    expect(currentName(el)).toEqual(['1 sur 40']);
    for (let i = 2; i <= 40; i++) {
      await userEvent.click(within(el).getByRole('button', { name: 'Citation suivante' }));
      expect(currentName(el)).toEqual([`${i} sur 40`]);
      expect(passagesOf(visibleSlides(el)[0]!)).toEqual(quotes[i - 1]!.passages);
      expect(slides(el).length).toBeLessThanOrEqual(3);
    }
  });

  it('every control is at least 24 × 24 px, Previous and Next 44 × 44', async () => {
    const el = await mount({ autoplay: '', lang: 'en' });
    await userEvent.click(within(el).getByRole('button', { name: 'Next quote' }));
    const targets = [
      ...root(el).querySelectorAll<HTMLElement>('[part="controls"] button, .current button'),
      ...root(el).querySelectorAll<HTMLElement>('.chip'),
    ];
    expect(targets.length).toBeGreaterThan(6);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.width, target.textContent!).toBeGreaterThanOrEqual(24);
      expect(box.height, target.textContent!).toBeGreaterThanOrEqual(24);
    }
    for (const name of ['Previous quote', 'Next quote']) {
      const box = within(el).getByRole('button', { name }).element().getBoundingClientRect();
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
  });

  it('mirrors the arrows in Arabic', async () => {
    const fr = await mount();
    const ar = await mount({ lang: 'ar' });
    const previousIcon = (el: NsoQuotes) =>
      getComputedStyle(root(el).querySelector('[part="controls"] .icon')!).transform;
    expect(previousIcon(fr)).toBe('none');
    expect(previousIcon(ar)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    expect(root(ar).querySelector('.root')!.getAttribute('dir')).toBe('rtl');
  });
});

describe('<nso-quotes> content', () => {
  it('every French quote rendered is verbatim in the article (same normalisation as the validator)', async () => {
    const el = await mount();
    let checked = 0;
    for (const slide of slides(el)) {
      for (const passage of passagesOf(slide)) {
        expect(isVerbatim(passage, article), passage).toBe(true);
        checked++;
      }
      for (const pair of slide.querySelectorAll('.pair [lang="fr"]')) {
        const cited = pair.textContent!.replace(/^«\u202f|…\u202f»$/g, '');
        expect(isVerbatim(cited, article), cited).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(QUOTES.flatMap((q) => q.passages).length);
  });

  it('in French, quotes are the originals, with no translation badge or toggle', async () => {
    const el = await mount();
    const quote = visibleSlides(el)[0]!.querySelector('blockquote')!;
    expect(quote.getAttribute('lang')).toBe('fr');
    expect(passagesOf(visibleSlides(el)[0]!)).toEqual(QUOTES[0]!.passages);
    expect(within(el).getByText('Traduction').query()).toBeNull();
    expect(within(el).getByRole('button', { name: 'Voir l’original' }).query()).toBeNull();
  });

  it('in English, the translation is flagged and the original is one button away (lang="fr")', async () => {
    const el = await mount({ lang: 'en' });
    const slide = visibleSlides(el)[0]!;
    expect(slide.querySelector('.badge')!.textContent).toBe('Translation');
    expect(slide.querySelector('blockquote')!.getAttribute('lang')).toBe('en');
    expect(passagesOf(slide)).toEqual(QUOTES[0]!.translations['en']);
    const toggle = within(el)
      .getByRole('group', { name: '1 of 5' })
      .getByRole('button', { name: 'Show original' })
      .element();
    await userEvent.click(toggle);
    expect(slide.querySelector('blockquote')!.getAttribute('lang')).toBe('fr');
    expect(passagesOf(slide)).toEqual(QUOTES[0]!.passages);
    expect(slide.querySelector('.badge')!.textContent).toBe('Original');
    await expect.element(toggle).toHaveAccessibleName('Show translation');
    expect(focused(el)).toBe(toggle);
  });

  it('shows speaker, role, context and source', async () => {
    const el = await mount();
    const caption = visibleSlides(el)[0]!.querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ');
    expect(caption).toContain('Will Cathcart, responsable de WhatsApp');
    expect(caption).toContain('Tribune publiée dans un journal américain');
    expect(caption).toContain(`Source : ${EMBEDDED_DATASET.sources[0]!.title}`);
  });

  it('in Arabic, attributes with the name as Arabic writes it, the Arabic comma and no organisation the role already names', async () => {
    const el = await mount({ lang: 'ar' });
    const who = visibleSlides(el)[0]!.querySelector('.who')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(who).toBe('ويل كاثكارت، رئيس واتساب');
  });

  it('heads each quote with what it is and whose, and marks each side with its colour', async () => {
    const el = await mount();
    const [whatsapp, nso] = [slides(el)[0]!, slides(el)[3]!];
    expect(whatsapp.querySelector('.side')!.textContent).toBe('Accusation · WhatsApp');
    expect(nso.querySelector('.side')!.textContent).toBe('Réponse · NSO Group');
    expect(getComputedStyle(whatsapp).borderInlineStartColor).not.toBe(getComputedStyle(nso).borderInlineStartColor);
  });

  it('heads a statement as a statement whatever its side, and a quote that does not say what it is by its organisation', async () => {
    const [first, second] = QUOTES;
    const statement = { ...first!, id: 'after-verdict', kind: 'statement' as const, respondsTo: [] };
    const unsaid = { ...second!, respondsTo: [] };
    delete unsaid.kind;
    const el = await mount({ lang: 'en' }, { ...EMBEDDED_DATASET, quotes: [statement, unsaid] });
    expect(slides(el).map((slide) => slide.querySelector('.side')!.textContent)).toEqual([
      'Statement · WhatsApp',
      'WhatsApp',
    ]);
  });

  it('a long quote shows its first passage and a "Lire la suite" disclosure for the rest', async () => {
    const el = await mount();
    const index = QUOTES.findIndex((q) => q.id === 'nso-purpose');
    for (let i = 0; i < index; i++)
      await userEvent.click(within(el).getByRole('button', { name: 'Citation suivante' }));
    const slide = within(el).getByRole('group', { name: `${index + 1} sur 5` });
    const more = slide.getByRole('button', { name: 'Lire la suite' }).element();
    await expect.element(more).toHaveAttribute('aria-expanded', 'false');
    const rest = slide.element().querySelector<HTMLElement>('.more')!;
    await expect.element(rest).not.toBeVisible();
    await userEvent.click(more);
    await expect.element(more).toHaveAttribute('aria-expanded', 'true');
    await expect.element(rest).toBeVisible();
    expect(passagesOf(slide.element())).toEqual(QUOTES[index]!.passages);
    await expect.element(more).toHaveAccessibleName('Réduire');
  });

  it('a response links to the quote it answers, and focus follows to that slide', async () => {
    const el = await mount();
    const index = QUOTES.findIndex((q) => q.id === 'nso-denial');
    for (let i = 0; i < index; i++)
      await userEvent.click(within(el).getByRole('button', { name: 'Citation suivante' }));
    const link = within(el)
      .getByRole('group', { name: `${index + 1} sur 5` })
      .getByRole('button', { name: /^Répond à\s:\s«\s?Après des mois d’enquête/ });
    await userEvent.click(link);
    expect(currentName(el)).toEqual(['1 sur 5']);
    expect(focused(el)).toBe(visibleSlides(el)[0]);
    // …and the accusation links back to its response.
    await expect
      .element(
        within(el)
          .getByRole('group', { name: '1 sur 5' })
          .getByRole('button', { name: /^Réponse\s:\s«\s?Nous contestons/ }),
      )
      .toBeVisible();
  });

  it('the side filter shows one side only, and a link to a filtered-out quote shows all again', async () => {
    const el = await mount();
    const seen: QuoteChangeDetail[] = [];
    el.addEventListener('nso-quote-change', (e) => seen.push(e.detail));
    await userEvent.click(within(el).getByRole('radio', { name: 'NSO' }));
    expect(slides(el)).toHaveLength(2);
    expect(currentName(el)).toEqual(['1 sur 2']);
    expect(visibleSlides(el)[0]!.querySelector('.side')!.textContent).toBe('Réponse · NSO Group');
    expect(seen).toEqual([{ id: 'nso-denial', index: 0 }]);
    await userEvent.click(visibleSlides(el)[0]!.querySelector<HTMLElement>('.pair')!);
    await expect.element(within(el).getByRole('radio', { name: 'Tout' })).toBeChecked();
    expect(currentName(el)).toEqual(['1 sur 5']);
  });

  it('offers no side filter when every quote is from one side', async () => {
    const whatsapp = QUOTES.filter((q) => q.side === 'whatsapp').map((q) => ({ ...q, respondsTo: [] }));
    const el = await mount({}, { ...EMBEDDED_DATASET, quotes: whatsapp });
    expect(root(el).querySelector('[role="radiogroup"], input[type="radio"]')).toBeNull();
    expect(currentName(el)).toEqual([`1 sur ${whatsapp.length}`]);
  });

  it('shows a single quote without Previous, Next or a counter', async () => {
    const el = await mount({}, { ...EMBEDDED_DATASET, quotes: [{ ...QUOTES[0]!, respondsTo: [] }] });
    expect(root(el).querySelectorAll('button.control, .counter, [role="radiogroup"]')).toHaveLength(0);
    expect(visibleSlides(el)).toHaveLength(1);
    expect(passagesOf(visibleSlides(el)[0]!)).toEqual(QUOTES[0]!.passages);
  });

  it('new data without the filtered side shows all its quotes, never "1 sur 0"', async () => {
    const el = await mount();
    await userEvent.click(within(el).getByRole('radio', { name: 'NSO' }));
    expect(currentName(el)).toEqual(['1 sur 2']);
    const whatsapp = QUOTES.filter((q) => q.side === 'whatsapp').map((q) => ({ ...q, respondsTo: [] }));
    el.data = { ...EMBEDDED_DATASET, quotes: whatsapp };
    await el.updateComplete;
    expect(currentName(el)).toEqual([`1 sur ${whatsapp.length}`]);
    expect(root(el).querySelector('.counter')!.textContent).toBe(`1 sur ${whatsapp.length}`);
  });

  it('.highlight marks the matching quotes and shows the first one, without an event or a focus change', async () => {
    const el = await mount();
    const seen: QuoteChangeDetail[] = [];
    el.addEventListener('nso-quote-change', (e) => seen.push(e.detail));
    el.highlight = { ...NO_HIGHLIGHT, quotes: ['cathcart-targets'] };
    await el.updateComplete;
    expect(currentName(el)).toEqual(['2 sur 5']);
    expect(visibleSlides(el)[0]!.querySelector('.mark')!.textContent).toBe('Liée à votre sélection');
    expect(root(el).querySelectorAll('.mark')).toHaveLength(1);
    expect(seen).toEqual([]);
    expect(focused(el)).toBeNull();
  });

  it('.highlight of a figure only marks the quotes that cite it, without turning the carousel', async () => {
    const el = await mount();
    el.highlight = { ...NO_HIGHLIGHT, figures: ['targets'] };
    await el.updateComplete;
    expect(currentName(el)).toEqual(['1 sur 5']);
    expect(slides(el)[1]!.querySelector('.mark')?.textContent).toBe('Liée à votre sélection');
  });

  it('.highlight does not move the slide while the reader has focus inside', async () => {
    const el = await mount();
    within(el).getByRole('button', { name: 'Citation suivante' }).element().focus();
    el.highlight = { ...NO_HIGHLIGHT, quotes: ['nso-purpose'] };
    await el.updateComplete;
    expect(currentName(el)).toEqual(['1 sur 5']);
    expect(slides(el)[4]!.querySelector('.mark')).not.toBeNull();
  });

  it('renders dataset strings as text, never as HTML', async () => {
    const evil = '<img src=x onerror="window.__xss=1">';
    const data: Dataset = {
      ...EMBEDDED_DATASET,
      quotes: EMBEDDED_DATASET.quotes.map((q) => ({
        ...q,
        speaker: evil,
        passages: [evil],
        translations: { en: [evil] },
      })),
    };
    const el = await mount({}, data);
    expect(root(el).querySelector('img')).toBeNull();
    expect(visibleSlides(el)[0]!.querySelector('.speaker')!.textContent).toBe(evil);
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });
});
