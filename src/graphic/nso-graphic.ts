import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { EMBEDDED_DATA_URL } from '../dataset/data-url.ts';
import { EMBEDDED_DATASET } from '../dataset/embedded.ts';
import type { Dataset } from '../dataset/schema.ts';
import { sourceOf } from '../dataset/source.ts';
import { NO_HIGHLIGHT, type CountrySelectEvent, type FigureFocusEvent, type Highlight } from '../events.ts';
import { formatDate, prepareFormatters } from '../i18n/format.ts';
import { pick, type Lang } from '../i18n/lang.ts';
import '../map/nso-map.ts';
import '../quotes/nso-quotes.ts';
import { citeSource } from '../shared/cite.ts';
import { define } from '../shared/define.ts';
import { whenIdle } from '../shared/idle.ts';
import { NsoElement } from '../shared/nso-element.ts';
import '../stats/nso-stats.ts';
import { themeStyles } from '../theme.ts';
import { GRAPHIC_STRINGS } from './graphic.strings.ts';
import { highlightForCountry, highlightForFigure } from './highlight.ts';
import { graphicStyles } from './nso-graphic.styles.ts';

/**
 * The whole graphic: headline and standfirst, the map, the figures and the
 * quotes, then the source, credits, update date and a link to the data. It
 * loads the dataset once (embedded, or `src`) and hands it to its children;
 * it turns one child's event into highlights on the others.
 *
 * Light-DOM children (a summary and a link) show until the element upgrades,
 * and stay if it never does: the shadow root has no slot.
 *
 * @fires nso-country-select - from the map, whose event bubbles out of the graphic (composed)
 * @fires nso-figure-focus - from the stats panel, or the map's card when the reader chooses a related figure; likewise
 * @fires nso-quote-change - from the carousel, likewise
 * @csspart root - the inner root that resets inherited styles
 * @csspart header - the headline and standfirst
 * @csspart map - the <nso-map> element
 * @csspart stats - the <nso-stats> element
 * @csspart quotes - the <nso-quotes> element
 * @csspart footer - the source line, credits, date and data link
 * @csspart error - the alert shown when the dataset cannot be used
 * @cssprop --nso-font - the font stack (default: the system UI font)
 * @cssprop --nso-font-size - the base font size (default 16px)
 * @cssprop --nso-padding - the padding around the graphic (default 16px: it paints its own background)
 * @cssprop --nso-bg - background colour
 * @cssprop --nso-fg - text colour
 * @cssprop --nso-muted - secondary text colour
 * @cssprop --nso-accent - colour of reported countries and highlights
 * @cssprop --nso-focus - focus ring colour
 * @cssprop --nso-whatsapp - colour of WhatsApp's quotes
 * @cssprop --nso-nso - colour of NSO Group's quotes
 */
export class NsoGraphic extends NsoElement {
  static override styles = [themeStyles, graphicStyles];
  static override properties: PropertyDeclarations = {
    countUp: { type: Boolean, attribute: 'count-up' },
    autoplay: { type: Boolean },
    highlight: { state: true },
  };

  /** Counts the figures up when the panel scrolls into view (never under reduced motion). */
  countUp = false;

  /** Rotates the quotes automatically (never under reduced motion; stops on hover and focus). */
  autoplay = false;

  /** What the children highlight, after the reader's last selection. */
  private highlight: Highlight = NO_HIGHLIGHT;

  /** The languages whose formatters were prepared (they serve every dataset). */
  private readonly prepared = new Set<Lang>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The embedded dataset's results are seeded at build time (i18n/intl.ts); any other one starts ICU, in a
    // task of its own queued before the parts' first renders: no one task does both.
    const dataset = this.currentData;
    const lang = this.readerLang;
    if (dataset && dataset !== EMBEDDED_DATASET && !this.prepared.has(lang)) {
      this.prepared.add(lang);
      setTimeout(() => prepareFormatters(lang));
    }
  }

  /**
   * Highlights reach the other parts when the browser is idle (at most 100 ms
   * later): what the reader touched (the map's card, the figure) paints first,
   * and the echoes never delay a frame or an input.
   */
  private highlightSoon(next: () => Highlight | undefined): void {
    whenIdle(() => (this.highlight = next() ?? NO_HIGHLIGHT), 100);
  }

  private readonly onCountrySelect = (event: CountrySelectEvent) => {
    const dataset = this.currentData;
    const { code } = event.detail;
    this.highlightSoon(() => dataset && highlightForCountry(dataset, code));
  };

  private readonly onFigureFocus = (event: FigureFocusEvent) => {
    const dataset = this.currentData;
    const { id, countries } = event.detail;
    this.highlightSoon(() => dataset && highlightForFigure(dataset, id, countries));
  };

  /** A related figure chosen in the map's card: focus goes to it in the panel, whose focus then highlights it. */
  private readonly onRelatedFigure = (event: FigureFocusEvent) => {
    if (event.detail.id) this.renderRoot.querySelector('nso-stats')?.showFigure(event.detail.id);
  };

  /** The parts' theme: this one's, or the page's scheme that its `auto` follows (they sit on its background). */
  private get partsTheme(): NsoElement['theme'] {
    return this.theme === 'light' || this.theme === 'dark' ? this.theme : (this.pageScheme ?? this.theme);
  }

  private get dataHref(): string {
    return this.src && !this.data ? new URL(this.src, document.baseURI).href : EMBEDDED_DATA_URL;
  }

  protected renderContent(dataset: Dataset, lang: Lang): TemplateResult {
    const strings = GRAPHIC_STRINGS[lang];
    const article = sourceOf(dataset, dataset.meta.article);
    return html`<article aria-labelledby="headline">
      <header part="header">
        <h2 id="headline">${pick(dataset.meta.headline, lang)}</h2>
        <p>${pick(dataset.meta.standfirst, lang)}</p>
      </header>
      <div class="grid">
        <nso-map
          part="map"
          lang=${lang}
          theme=${ifDefined(this.partsTheme)}
          .data=${dataset}
          .highlight=${this.highlight}
          @nso-country-select=${this.onCountrySelect}
          @nso-figure-focus=${this.onRelatedFigure}
        ></nso-map>
        <nso-stats
          part="stats"
          lang=${lang}
          theme=${ifDefined(this.partsTheme)}
          .data=${dataset}
          .highlight=${this.highlight}
          ?count-up=${this.countUp}
          @nso-figure-focus=${this.onFigureFocus}
        ></nso-stats>
        <nso-quotes
          part="quotes"
          lang=${lang}
          theme=${ifDefined(this.partsTheme)}
          .data=${dataset}
          .highlight=${this.highlight}
          ?autoplay=${this.autoplay}
        ></nso-quotes>
      </div>
      <footer part="footer">
        ${
          article
            ? html`<p>
                ${strings.source} ${citeSource(article)}${article.publisher ? html`, ${article.publisher}` : nothing}
              </p>`
            : nothing
        }
        <p>${pick(dataset.meta.credits, lang)}</p>
        <p>
          ${strings.updated}
          <time datetime=${dataset.meta.updated}>${formatDate(dataset.meta.updated, lang)}</time>
        </p>
        <p>
          <a href=${dataset.meta.dataUrl ?? this.dataHref} download="nso-dataset.json" title=${strings.dataHint}
            >${strings.data}</a
          >
        </p>
      </footer>
    </article>`;
  }
}

define('nso-graphic', NsoGraphic);

declare global {
  interface HTMLElementTagNameMap {
    'nso-graphic': NsoGraphic;
  }
}
