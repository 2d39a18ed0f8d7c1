import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Dataset } from '../dataset/schema.ts';
import { emit, NO_HIGHLIGHT, type Highlight } from '../events.ts';
import { approximateWord, formatFigure, formatNumberParts, languageName, prepareFormatters } from '../i18n/format.ts';
import { supportedLang, type Lang } from '../i18n/lang.ts';
import { keepNumbersTogether, quoted } from '../i18n/typography.ts';
import { define } from '../shared/define.ts';
import { citeSource } from '../shared/cite.ts';
import { NsoElement } from '../shared/nso-element.ts';
import { themeStyles } from '../theme.ts';
import { CountUpController } from './count-up.ts';
import { figuresOf, isMarked, type Citation, type ShownFigure } from './figures.ts';
import { styles } from './nso-stats.styles.ts';
import { STATS_STRINGS, type StatsStrings } from './stats.strings.ts';

/** A figure with the text that stays while the count-up redraws its digits each frame: formatted once. */
type DrawnFigure = ShownFigure & { spoken: string; parts: readonly Intl.NumberFormatPart[] };

/**
 * The statistics panel: every figure of the dataset, large, with its unit and
 * label, its source excerpt on demand, and the number of countries the
 * dataset names (counted, never typed).
 *
 * Hovering or focusing a figure tells the page which countries it concerns;
 * `.highlight` marks the figures linked to what the reader selected elsewhere.
 *
 * The count-up is opt-in (`count-up` attribute): by default the final values
 * show at once. Even when asked for, it never plays under
 * prefers-reduced-motion, and screen readers only ever get the final values.
 *
 * @fires nso-figure-focus - A figure was hovered or focused (`{id, countries}`), or left (`{id: null, countries: []}`).
 *
 * @csspart root - The inner root (language and direction).
 * @csspart heading - The panel's heading.
 * @csspart figures - The list of figures.
 * @csspart figure - One figure.
 * @csspart figure-marked - A figure linked to the reader's selection (also has `figure`).
 * @csspart linked - The "linked to your selection" tag on a marked figure.
 * @csspart value - The figure's number (with "about" when approximate).
 * @csspart unit - What is counted.
 * @csspart label - The figure's context.
 * @csspart source - The source disclosure (`<details>`).
 * @csspart source-toggle - Its `<summary>`.
 * @csspart excerpt - The quoted excerpt.
 *
 * @cssprop --nso-fg - Text and numerals.
 * @cssprop --nso-muted - Secondary text (labels, source).
 * @cssprop --nso-bg - Background.
 * @cssprop --nso-surface - Excerpt background.
 * @cssprop --nso-border - Rules between figures.
 * @cssprop --nso-accent - Marked figures.
 * @cssprop --nso-accent-soft - Marked figures' background.
 * @cssprop --nso-focus - Focus ring.
 * @cssprop --nso-font - Font family.
 * @cssprop --nso-font-size - Base font size (default 16px).
 */
export class NsoStats extends NsoElement {
  static override styles = [themeStyles, styles];
  static override properties: PropertyDeclarations = {
    countUp: { type: Boolean, attribute: 'count-up' },
    highlight: { attribute: false },
  };

  /** Counts figures up from zero when the panel first scrolls into view (opt-in; never under reduced motion). */
  countUp = false;

  /** What the reader selected elsewhere; figures it concerns are marked. */
  highlight: Highlight = NO_HIGHLIGHT;

  private readonly counter = new CountUpController(this, {
    enabled: () => this.countUp,
    // Its frames format values no seed holds: ICU starts when idle, not in the first frame (intl.ts).
    prepare: () => prepareFormatters(this.readerLang),
  });

  /** The figure under the pointer and the one holding focus: either may change while the other stays. */
  private hovered: ShownFigure | null = null;
  private focused: ShownFigure | null = null;

  /** The figure last announced, so that each change is announced once. */
  private announced: string | null = null;

  /** figuresOf() for the last dataset and language: the count-up renders every frame. */
  private shown?: { data: Dataset; lang: Lang; figures: DrawnFigure[] };

  /**
   * Gives a figure focus, which scrolls it into view and announces it like a
   * reader's own focus (the map's card links to its related figures).
   */
  showFigure(id: string): void {
    // Escaped: `.data` set by a page is not validated, and an id with a quote would break the selector.
    this.renderRoot.querySelector<HTMLElement>(`li[data-figure="${CSS.escape(id)}"]`)?.focus();
  }

  private pointAt(figure: ShownFigure | null): void {
    this.hovered = figure;
    this.announce(figure ?? this.focused);
  }

  private focusOn(figure: ShownFigure | null): void {
    this.focused = figure;
    this.announce(figure ?? this.hovered);
  }

  private readonly focusOut = (event: FocusEvent): void => {
    // Focus going to a figure of this panel (this one's source link, the next one's toggle) is
    // followed by its focusin: clearing in between would make the map flicker.
    const next = event.relatedTarget;
    if (next instanceof Element && next.getRootNode() === this.renderRoot && next.closest('li.figure')) return;
    this.focusOn(null);
  };

  /** The latest figure hovered or focused wins; leaving it falls back to the other. */
  private announce(figure: ShownFigure | null): void {
    const id = figure?.id ?? null;
    if (id === this.announced) return;
    this.announced = id;
    emit(this, 'nso-figure-focus', { id, countries: figure ? [...figure.countries] : [] });
  }

  private figures(data: Dataset, lang: Lang): DrawnFigure[] {
    if (this.shown?.data !== data || this.shown.lang !== lang)
      this.shown = {
        data,
        lang,
        figures: figuresOf(data, lang).map((figure) => ({
          ...figure,
          spoken: formatFigure(figure.value, lang, figure),
          parts: formatNumberParts(figure.value, lang, figure.notation),
        })),
      };
    return this.shown.figures;
  }

  private renderNumber(parts: readonly Intl.NumberFormatPart[]): (string | TemplateResult)[] {
    return parts.map((part) =>
      // "milliard" and the space before it are set smaller than the digits.
      part.type === 'compact' || part.type === 'literal'
        ? html`<span class="compact">${part.value}</span>`
        : part.value,
    );
  }

  private renderCitation(citation: Citation, lang: Lang, strings: StatsStrings): TemplateResult {
    const sourceLang = supportedLang(citation.lang);
    return html`<figure class="citation">
      <blockquote part="excerpt" lang=${citation.lang} dir="auto">
        ${quoted(keepNumbersTogether(citation.excerpt), lang)}
      </blockquote>
      <figcaption>
        ${citeSource(citation)}
        ${sourceLang === lang ? nothing : html`<span class="in-language">${strings.inLanguage(languageName(citation.lang, lang))}</span>`}
      </figcaption>
    </figure>`;
  }

  private renderFigure(figure: DrawnFigure, lang: Lang, strings: StatsStrings): TemplateResult {
    const marked = isMarked(figure, this.highlight);
    const { spoken } = figure;
    const counting = this.counter.counting;
    return html`<li
      class=${marked ? 'figure marked' : 'figure'}
      part=${marked ? 'figure figure-marked' : 'figure'}
      data-figure=${figure.id}
      tabindex="-1"
      @pointerenter=${() => this.pointAt(figure)}
      @pointerleave=${() => this.pointAt(null)}
      @focusin=${() => this.focusOn(figure)}
      @focusout=${this.focusOut}
    >
      ${marked ? html`<p class="linked" part="linked">${strings.linked}</p>` : nothing}
      <p class="value" part="value">
        <span class="visually-hidden">${spoken}</span>
        <span class="drawn" aria-hidden="true">
          <span class="approx">${figure.approximate ? approximateWord(lang) : nothing}</span
          ><span class=${counting ? 'digits counting' : 'digits'}
            ><span class="final">${this.renderNumber(figure.parts)}</span>${
              counting
                ? html`<span class="count"
                    >${this.renderNumber(formatNumberParts(this.counter.value(figure.value), lang, figure.notation))}</span
                  >`
                : nothing
            }</span
          >
        </span>
      </p>
      <p class="unit" part="unit" lang=${figure.unitLang}>${figure.unit}</p>
      <p class="label" part="label" lang=${figure.labelLang}>${figure.label}</p>
      <details class="source" part="source">
        <summary part="source-toggle">
          ${strings.source}<span class="visually-hidden">${strings.sourceOf(`${spoken} ${figure.unit}`)}</span>
        </summary>
        ${figure.citations.map((citation) => this.renderCitation(citation, lang, strings))}
      </details>
    </li>`;
  }

  protected renderContent(dataset: Dataset, lang: Lang): TemplateResult {
    const strings = STATS_STRINGS[lang];
    return html`<section class="stats" aria-labelledby="heading">
      <h3 id="heading" class="heading" part="heading">${strings.heading}</h3>
      <!-- role="list": WebKit drops list semantics from a list without bullets. -->
      <ul class="figures" part="figures" role="list">
        ${this.figures(dataset, lang).map((figure) => this.renderFigure(figure, lang, strings))}
      </ul>
    </section>`;
  }
}

define('nso-stats', NsoStats);

declare global {
  interface HTMLElementTagNameMap {
    'nso-stats': NsoStats;
  }
}
