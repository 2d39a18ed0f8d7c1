import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Dataset, Quote } from '../dataset/schema.ts';
import { sourceOf } from '../dataset/source.ts';
import { emit, NO_HIGHLIGHT, type Highlight } from '../events.ts';
import { dirOf, pick, supportedLang, type Lang } from '../i18n/lang.ts';
import { quoted } from '../i18n/typography.ts';
import { define } from '../shared/define.ts';
import { citeSource } from '../shared/cite.ts';
import { NsoElement } from '../shared/nso-element.ts';
import { themeStyles } from '../theme.ts';
import { quotesStyles } from './nso-quotes.styles.ts';
import {
  answersTo,
  excerpt,
  fallbackLang,
  filterQuotes,
  isHighlighted,
  isOriginalFor,
  needsOrganisation,
  shownText,
  SIDE_FILTERS,
  slideWindow,
  speakerName,
  wrapIndex,
  type SideFilter,
} from './quote-view.ts';
import { QUOTES_STRINGS, quoteHeading, type QuotesStrings } from './quotes.strings.ts';
import { DEFAULT_INTERVAL, RotationController } from './rotation.ts';
import { swipeStep } from './swipe.ts';

const chevron = html`<svg class="icon flip" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path
    d="M15 5l-7 7 7 7"
    fill="none"
    stroke="currentColor"
    stroke-width="2.5"
    stroke-linecap="round"
    stroke-linejoin="round"
  />
</svg>`;
const pauseIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M8 5v14M16 5v14" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
</svg>`;
const playIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M8 5l11 7-11 7z" fill="currentColor" />
</svg>`;

/** Direction of a text in `tag` (the quotes' originals may be in any language). */
const dirOfTag = (tag: string): 'ltr' | 'rtl' => dirOf(supportedLang(tag) ?? 'fr');

/**
 * The quote carousel: WhatsApp's accusations and NSO Group's responses, one
 * at a time, following the WAI-ARIA APG carousel pattern (w3c/aria-practices
 * content/patterns/carousel): a labelled region with
 * aria-roledescription="carousel", slides as labelled groups ("2 of 5"),
 * previous/next buttons that keep focus, and, only with `autoplay`, a rotation
 * control that comes first and rotation that stops on hover and focus.
 *
 * French readers see the verbatim quote; others see the dataset's translation,
 * flagged, with the original one button away. Each response links to the
 * accusation it answers (and back), and a filter shows one side only.
 *
 * The carousel is as tall as the quote shown: its height changes only right
 * after the reader's own action (a button, a swipe, a link, the filter), so
 * a short quote leaves no blank under it. While autoplay rotates, which is
 * not the reader's doing, the slides are stacked in one grid cell and the
 * tallest holds the height until the reader acts: nothing moves on its own.
 * The slides not shown are `visibility: hidden` (or `display: none`), hence
 * out of the accessibility tree and the focus order (not `inert`: without
 * scripts, the prerendered slides show as a list). Beyond a dozen quotes,
 * only the current slide and the ones with the most text (which hold the
 * height while rotating) are built (slideWindow).
 *
 * `.highlight`: quotes named by it, or sharing one of its figures or
 * countries, carry a visible "Linked to your selection" mark. When the shown
 * quote is not among them and the highlight names quotes or countries (not
 * only figures), the carousel moves to the first one that is,
 * unless focus is inside the element (the reader is using it): focus is never
 * moved and the page is never scrolled. Such a move stops rotation and fires no
 * event, so a highlight cannot echo back as a new one.
 *
 * @fires nso-quote-change - `{id, index}` when the quote shown changes (buttons, swipe, links between quotes, filter, rotation), not when `.highlight` moves it. `index` counts among the quotes the filter shows.
 * @csspart root - the element's root box
 * @csspart filter - the side filter (All / WhatsApp / NSO)
 * @csspart controls - the rotation, previous and next buttons
 * @csspart slide - each slide (role group)
 * @csspart quote - each blockquote
 * @csspart error - the message shown when the dataset is invalid
 * @cssprop --nso-whatsapp - colour of WhatsApp's side (bars, labels)
 * @cssprop --nso-nso - colour of NSO Group's side
 * @cssprop --nso-quote-font - font family of the quotations (default: the graphic's font)
 * @cssprop --nso-fg - text colour
 * @cssprop --nso-muted - secondary text and control borders
 * @cssprop --nso-bg - background
 * @cssprop --nso-surface - background of the quote card
 * @cssprop --nso-border - card border
 * @cssprop --nso-accent - mark of highlighted quotes
 * @cssprop --nso-accent-soft - background of the highlight mark
 * @cssprop --nso-focus - focus ring
 * @cssprop --nso-font - font family
 * @cssprop --nso-font-size - base font size (default 16px)
 */
export class NsoQuotes extends NsoElement {
  static override styles = [themeStyles, quotesStyles];
  static override properties: PropertyDeclarations = {
    autoplay: { type: Boolean, reflect: true },
    interval: { type: Number },
    highlight: { attribute: false },
    currentId: { state: true },
    filter: { state: true },
    expanded: { state: true },
    originals: { state: true },
    tallest: { state: true },
  };

  /** Rotates the quotes automatically; stopped under prefers-reduced-motion, and by hover or focus. */
  autoplay = false;

  /** Milliseconds between two quotes while rotating. */
  interval = DEFAULT_INTERVAL;

  /** What the rest of the graphic highlights (countries, figures, quotes). */
  highlight: Highlight = NO_HIGHLIGHT;

  /** The quote shown; the first one of the filter until the reader moves. */
  private currentId?: string;

  private filter: SideFilter = 'all';

  /** Quotes whose "Read more" is open. */
  private expanded: ReadonlySet<string> = new Set();

  /** Translated quotes the reader switched to their original. */
  private originals: ReadonlySet<string> = new Set();

  /** Whether the slides hold the tallest one's height: from when rotation starts until the reader acts. */
  private tallest = false;

  private readonly rotation = new RotationController(this, { onTick: () => this.step(1) });

  private swipeFrom?: { x: number; y: number; pointerId: number };

  /** Whether the shown quote ever changed: only a change fades in, never the first paint. */
  private moved = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('autoplay') || changed.has('interval')) {
      this.rotation.configure(this.autoplay, this.interval);
      this.tallest = this.rotation.playing;
    }
    if (changed.has('highlight')) this.followHighlight();
  }

  /** The quotes the filter keeps; all of them if it keeps none (new data without that side). */
  private get shown(): Quote[] {
    const quotes = this.currentData?.quotes ?? [];
    const kept = filterQuotes(quotes, this.filter);
    return kept.length ? kept : quotes;
  }

  private get currentIndex(): number {
    return Math.max(
      0,
      this.shown.findIndex((quote) => quote.id === this.currentId),
    );
  }

  /** Makes `id` the current slide; the change of slide (not the first paint) animates. */
  private setCurrent(id: string): void {
    this.moved = true;
    this.currentId = id;
  }

  /** Shows `quote` and tells the graphic. */
  private show(quote: Quote, index: number): void {
    this.setCurrent(quote.id);
    emit(this, 'nso-quote-change', { id: quote.id, index });
  }

  /** The reader moved the carousel: from now on its height follows the quote shown. */
  private readerStep(by: number): void {
    this.tallest = false;
    this.step(by);
  }

  private step(by: number): void {
    const quotes = this.shown;
    if (quotes.length === 0) return;
    const index = wrapIndex(this.currentIndex, by, quotes.length);
    this.show(quotes[index]!, index);
  }

  /** Follows a link between quotes; focus goes to the new slide, as the old one (holding the link) is now hidden. */
  private async goTo(id: string): Promise<void> {
    this.tallest = false;
    if (!this.shown.some((quote) => quote.id === id)) this.filter = 'all';
    const quotes = this.shown;
    const index = quotes.findIndex((quote) => quote.id === id);
    if (index < 0) return;
    this.show(quotes[index]!, index);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#slide-${id}`)?.focus();
  }

  private followHighlight(): void {
    // Only a choice of quotes or countries turns the carousel; a figure the reader merely hovers or tabs past
    // marks its quotes without moving anything.
    if (this.highlight.quotes.length === 0 && this.highlight.countries.length === 0) return;
    const quotes = this.shown;
    const current = quotes[this.currentIndex];
    if (!current || isHighlighted(current, this.highlight)) return;
    const match = quotes.find((quote) => isHighlighted(quote, this.highlight));
    if (!match || this.shadowRoot?.activeElement) return;
    this.setCurrent(match.id);
    this.rotation.stop();
  }

  private onFilter(filter: SideFilter): void {
    this.tallest = false;
    this.filter = filter;
    this.rotation.stop();
    const quotes = this.shown;
    const index = this.currentIndex;
    if (quotes[index] && quotes[index].id !== this.currentId) this.show(quotes[index], index);
  }

  private onNavKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const forward = (event.key === 'ArrowRight') === (dirOf(this.readerLang) === 'ltr');
    this.readerStep(forward ? 1 : -1);
  }

  private onFocusOut(event: FocusEvent): void {
    const carousel = event.currentTarget as HTMLElement;
    if (!carousel.contains(event.relatedTarget as Node | null)) this.rotation.release('focus');
  }

  private onPointerDown(event: PointerEvent): void {
    // Mouse drags select text; swipes are for touch and pens.
    if (event.pointerType === 'mouse' || !event.isPrimary) return;
    this.swipeFrom = { x: event.clientX, y: event.clientY, pointerId: event.pointerId };
  }

  private onPointerUp(event: PointerEvent): void {
    const from = this.swipeFrom;
    this.swipeFrom = undefined;
    if (!from || from.pointerId !== event.pointerId) return;
    const by = swipeStep(event.clientX - from.x, event.clientY - from.y, dirOf(this.readerLang));
    if (by !== 0) this.readerStep(by);
  }

  /** Starting rotation holds the tallest quote's height; stopping it lets the height follow the quote again. */
  private readonly onRotationControl = (): void => {
    this.rotation.toggle();
    this.tallest = this.rotation.playing;
  };

  /** "Read more" or the original: the reader's action, after which the height follows the quote. */
  private toggleIn(set: ReadonlySet<string>, id: string): Set<string> {
    this.tallest = false;
    const next = new Set(set);
    if (!next.delete(id)) next.add(id);
    return next;
  }

  protected renderContent(dataset: Dataset, lang: Lang): TemplateResult | typeof nothing {
    const quotes = this.shown;
    if (dataset.quotes.length === 0) return nothing;
    const s = QUOTES_STRINGS[lang];
    const index = this.currentIndex;
    // One side only: the filter would offer an empty choice; one quote: the buttons would go nowhere.
    return html`<h3 class="title" id="title">${s.title}</h3>
      ${dataset.quotes.some((quote) => quote.side !== dataset.quotes[0]!.side) ? this.renderFilter(s) : nothing}
      <section
        class="carousel"
        aria-labelledby="title"
        aria-roledescription=${s.carousel}
        @pointerenter=${() => this.rotation.hold('pointer')}
        @pointerleave=${() => this.rotation.release('pointer')}
        @focusin=${() => this.rotation.hold('focus')}
        @focusout=${this.onFocusOut}
      >
        ${dataset.quotes.length > 1 ? this.renderControls(s, index, quotes.length) : nothing}
        <div
          class="slides ${this.moved ? 'moved' : ''} ${this.tallest ? 'tallest' : ''}"
          aria-live=${this.rotation.rotating ? 'off' : 'polite'}
          aria-atomic="false"
          @pointerdown=${this.onPointerDown}
          @pointerup=${this.onPointerUp}
          @pointercancel=${() => (this.swipeFrom = undefined)}
        >
          ${slideWindow(quotes.length, index, (i) => this.textLength(quotes[i]!, lang)).map((i) => this.renderSlide(dataset, quotes[i]!, i, quotes.length, i === index, lang, s))}
        </div>
      </section>`;
  }

  /** Rotation, Previous, the position and Next (APG carousel): the rotation control first, when there is one. */
  private renderControls(s: QuotesStrings, index: number, count: number): TemplateResult {
    return html`<div class="controls" part="controls">
      ${
        this.autoplay
          ? html`<button class="control" type="button" @click=${this.onRotationControl}>
              ${this.rotation.playing ? pauseIcon : playIcon}
              <span class="visually-hidden">${this.rotation.playing ? s.stopRotation : s.startRotation}</span>
            </button>`
          : nothing
      }
      <button class="control" type="button" @click=${() => this.readerStep(-1)} @keydown=${this.onNavKey}>
        ${chevron}<span class="visually-hidden">${s.previous}</span>
      </button>
      <span class="counter" aria-hidden="true">${s.position(index + 1, count)}</span>
      <button class="control next" type="button" @click=${() => this.readerStep(1)} @keydown=${this.onNavKey}>
        ${chevron}<span class="visually-hidden">${s.next}</span>
      </button>
    </div>`;
  }

  /** About how much text a slide holds, to find the tallest without laying it out (a link ~ a line of 60). */
  private textLength(quote: Quote, lang: Lang): number {
    const text = shownText(quote, lang, this.originals.has(quote.id));
    return (
      (text.passages[0]?.length ?? 0) +
      speakerName(quote, lang).length +
      pick(quote.role, lang).length +
      pick(quote.context, lang).length +
      60 * quote.respondsTo.length
    );
  }

  private renderFilter(s: QuotesStrings): TemplateResult {
    const label = (filter: SideFilter) => (filter === 'all' ? s.filterAll : filter === 'nso' ? 'NSO' : 'WhatsApp');
    return html`<div class="filter" part="filter" role="radiogroup" aria-labelledby="filter-label">
      <span class="filter-label" id="filter-label">${s.filter}</span>
      ${SIDE_FILTERS.map(
        (filter) =>
          html`<label class="chip side-${filter}">
            <input
              type="radio"
              name="side"
              ?checked=${this.filter === filter}
              .checked=${this.filter === filter}
              @change=${() => this.onFilter(filter)}
            /><span>${label(filter)}</span>
          </label>`,
      )}
    </div>`;
  }

  private renderSlide(
    dataset: Dataset,
    quote: Quote,
    index: number,
    total: number,
    current: boolean,
    lang: Lang,
    s: QuotesStrings,
  ): TemplateResult {
    const text = shownText(quote, lang, this.originals.has(quote.id));
    const [first, ...rest] = text.passages;
    const expanded = this.expanded.has(quote.id);
    const highlighted = isHighlighted(quote, this.highlight);
    const role = pick(quote.role, lang);
    const source = sourceOf(dataset, quote.source);
    const byId = (id: string) => dataset.quotes.find((candidate) => candidate.id === id);
    const answered = quote.respondsTo.map(byId).filter((q): q is Quote => q !== undefined);
    const answers = answersTo(dataset.quotes, quote.id);
    return html`<div
      id="slide-${quote.id}"
      class="slide side-${quote.side} ${current ? 'current' : ''} ${highlighted ? 'highlighted' : ''}"
      part="slide"
      role="group"
      aria-roledescription=${s.slide}
      aria-label=${s.position(index + 1, total)}
      tabindex="-1"
    >
      <p class="badges">
        <span class="side">${quoteHeading(quote, s)}</span>
        ${text.kind === 'translation' ? html`<span class="badge">${s.translation}</span>` : nothing}
        ${text.kind === 'original' && !isOriginalFor(quote, lang) ? html`<span class="badge">${s.original}</span>` : nothing}
        ${text.kind === 'untranslated' ? html`<span class="badge">${s.noTranslation}</span>` : nothing}
        ${highlighted ? html`<span class="mark">${s.highlighted}</span>` : nothing}
      </p>
      <figure>
        <blockquote part="quote" lang=${text.lang} dir=${dirOfTag(text.lang)}>
          <svg class="quote-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M18 7h-3l-2 4v6h6v-6h-3zM10 7H7l-2 4v6h6v-6H8z" />
          </svg>
          <p>${first}</p>
          ${
            rest.length > 0
              ? html`<div class="more" id="more-${quote.id}" ?hidden=${!expanded}>
                  ${rest.map((p) => html`<p>${p}</p>`)}
                </div>`
              : nothing
          }
        </blockquote>
        ${this.renderTools(quote, text.kind, rest.length > 0, expanded, lang, s)}
        <figcaption>
          <span class="who"
            ><span class="speaker">${speakerName(quote, lang)}</span>${s.comma}<span
              lang=${ifDefined(fallbackLang(quote.role, lang))}
              >${role}</span
            >${
              needsOrganisation(quote.speaker, quote.role, quote.organisation) ? ` (${quote.organisation})` : nothing
            }</span
          >
          <span class="context" lang=${ifDefined(fallbackLang(quote.context, lang))}>${pick(quote.context, lang)}</span>
          ${source ? html`<span class="source">${s.source} ${citeSource(source)}</span>` : nothing}
        </figcaption>
      </figure>
      ${this.renderPairs(s.respondsTo, answered, lang)} ${this.renderPairs(s.answeredBy, answers, lang)}
    </div>`;
  }

  private renderTools(
    quote: Quote,
    kind: 'original' | 'translation' | 'untranslated',
    hasMore: boolean,
    expanded: boolean,
    lang: Lang,
    s: QuotesStrings,
  ): TemplateResult | typeof nothing {
    const canSwap = kind === 'translation' || (kind === 'original' && !isOriginalFor(quote, lang));
    if (!hasMore && !canSwap) return nothing;
    return html`<div class="tools">
      ${
        hasMore
          ? html`<button
              class="tool"
              type="button"
              aria-expanded=${expanded ? 'true' : 'false'}
              aria-controls="more-${quote.id}"
              @click=${() => (this.expanded = this.toggleIn(this.expanded, quote.id))}
            >
              ${expanded ? s.readLess : s.readMore}
            </button>`
          : nothing
      }
      ${
        canSwap
          ? html`<button
              class="tool"
              type="button"
              @click=${() => (this.originals = this.toggleIn(this.originals, quote.id))}
            >
              ${kind === 'translation' ? s.showOriginal : s.showTranslation}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** "Responds to: « … »" links, each a button that shows the quote it names. */
  private renderPairs(label: string, quotes: Quote[], lang: Lang): TemplateResult | typeof nothing {
    if (quotes.length === 0) return nothing;
    return html`<div class="pairs">
      <p class="pairs-label" aria-hidden="true">${label}</p>
      <ul>
        ${quotes.map((target) => {
          const text = shownText(target, lang);
          return html`<li>
            <button class="pair side-${target.side}" type="button" @click=${() => this.goTo(target.id)}>
              <span class="visually-hidden">${label}</span>
              <span lang=${text.lang} dir=${dirOfTag(text.lang)}>${quoted(excerpt(text.passages[0] ?? ''), lang)}</span>
              <span class="pair-who">${speakerName(target, lang)}</span>
            </button>
          </li>`;
        })}
      </ul>
    </div>`;
  }
}

define('nso-quotes', NsoQuotes);

declare global {
  interface HTMLElementTagNameMap {
    'nso-quotes': NsoQuotes;
  }
}
