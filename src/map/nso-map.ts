import {
  html,
  isServer,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  svg,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Country, CountryCode, Dataset, Figure } from '../dataset/schema.ts';
import { sourceOf } from '../dataset/source.ts';
import { emit, NO_HIGHLIGHT, type Highlight } from '../events.ts';
import { compareNames, countryName } from '../i18n/country-names.ts';
import { formatCount, formatFigure } from '../i18n/format.ts';
import { pick, type Lang } from '../i18n/lang.ts';
import { keepNumbersTogether } from '../i18n/typography.ts';
import { citeSource } from '../shared/cite.ts';
import { define } from '../shared/define.ts';
import { NsoElement } from '../shared/nso-element.ts';
import { themeStyles } from '../theme.ts';
import { labelWidth, needsCallout, pinOf, placeCallouts, type Callout, type Obstacle } from './callouts.ts';
import { cardCorner, type Corner } from './card-corner.ts';
import { describeMap, reportedCountries } from './description.ts';
import { shownText, speakerName } from '../quotes/quote-view.ts';
import { MAP_STRINGS, type MapStrings } from './map.strings.ts';
import { FLOATING_MIN_WIDTH, mapStyles } from './nso-map.styles.ts';
import { decodeWorld, type CountryShape, type World, type WorldTopology } from './world.ts';
import topology from './world.json';

/**
 * Decoded once per page, shared by every map, when the first map connects: a
 * page that loads the module only for its figures or quotes never pays for it.
 */
let decoded: { world: World; land: CountryShape[] } | undefined;
function world(): { world: World; land: CountryShape[] } {
  if (!decoded) {
    const w = decodeWorld(topology as WorldTopology);
    decoded = { world: w, land: w.shapes.filter((s) => s.d) };
  }
  return decoded;
}

/**
 * The frame's width, CSS px, that a prerendered map is laid out for: a phone's column, where most readers are.
 * Wider frames place their callouts again once measured.
 */
export const PRERENDER_WIDTH = 360;

/** Callout label text size and padding, CSS px. */
const LABEL_FONT = 13;
const LABEL_PADDING = 7;
/** CSS px: the hatch's period. */
const HATCH = 6;

/** The hatch of reported countries (not colour alone: WCAG 1.4.1), `size` user units per period. */
const hatchPattern = (id: string, size: number): SVGTemplateResult =>
  svg`<pattern id=${id} patternUnits="userSpaceOnUse" width=${size} height=${size} patternTransform="rotate(45)">
    <rect class="hatch-bg" width=${size} height=${size}></rect>
    <rect class="hatch-line" width=${size / 3} height=${size}></rect>
  </pattern>`;

/** The reported country an event happened in: on the map, or its button in the data table. */
const countryOf = (event: Event): CountryCode | undefined =>
  (event.target as Element).closest<HTMLElement | SVGElement>('[data-code]')?.dataset.code as CountryCode | undefined;

/**
 * The shapes of the countries without a report as one path (`d`): one node to build, lay out and hit-test instead
 * of ~200. Those with one as another (`hatch`), drawn under their outlines: the hatch is painted once instead of
 * once per country (Chromium records a pattern for each shape it fills; less paint with many countries reported).
 * Each shape's path data starts with a moveto, so they concatenate.
 */
function landPaths(land: readonly CountryShape[], reported: ReadonlySet<CountryCode>): { d: string; hatch: string } {
  let d = '';
  let hatch = '';
  for (const s of land) {
    if (reported.has(s.code!)) hatch += s.d;
    else d += s.d;
  }
  return { d, hatch };
}

/** User units kept around a reported country outside the land's box (an island state far out in the Pacific). */
const VIEW_MARGIN = 12;

/** The part of the world the map shows, in user units, and as a viewBox. */
interface View {
  x: number;
  y: number;
  width: number;
  height: number;
  box: string;
}

/**
 * The land's bounding box, so that the land spans the map's whole width (the projection's empty ocean at the
 * sides would take a fifth of a phone's column), widened to take in any reported country outside it, at the
 * same proportions (the map's styles reserve its height from them before it renders).
 */
function viewOf(geo: World, countries: readonly Country[]): View {
  let [x0, y0, x1, y1] = geo.land;
  const ratio = (x1 - x0) / (y1 - y0);
  for (const country of reportedCountries(countries)) {
    const shape = geo.byCode.get(country.code);
    if (!shape?.at || !shape.size) continue;
    const [x, y] = shape.at;
    const [w, h] = [shape.size[0] / 2 + VIEW_MARGIN, shape.size[1] / 2 + VIEW_MARGIN];
    [x0, y0, x1, y1] = [Math.min(x0, x - w), Math.min(y0, y - h), Math.max(x1, x + w), Math.max(y1, y + h)];
  }
  let [width, height] = [x1 - x0, y1 - y0];
  if (width / height > ratio) [y0, height] = [y0 - (width / ratio - height) / 2, width / ratio];
  else [x0, width] = [x0 - (height * ratio - width) / 2, height * ratio];
  return { x: x0, y: y0, width, height, box: `${x0} ${y0} ${width} ${height}` };
}

/** Layers of the drawing (SVG has no z-index): shapes, then dots, then labelled callouts, so that nothing covers a label. */
const layer = (r: Reported) => (r.callout ? 2 : r.listed ? 1 : 0);

/** CSS px: a marker's radius, and the room around its point that labels leave clear (its radius and 1.5 px stroke). */
const MARKER_RADIUS = 3.5;
const MARKER_CLEARANCE = MARKER_RADIUS + 1.5;

/** Every reported country's main part (a point: its marker), which other countries' labels must not cover. */
const obstaclesOf = (reported: readonly Reported[], scale: number): Obstacle[] =>
  reported.map(({ country, shape }) => {
    const [x, y] = shape.at!;
    const least = (2 * MARKER_CLEARANCE) / scale;
    const [w, h] = [Math.max(shape.size![0], least), Math.max(shape.size![1], least)];
    return { code: country.code, box: [x - w / 2, y - h / 2, w, h] };
  });

interface Reported {
  country: Country;
  shape: CountryShape;
  name: string;
  callout?: Callout;
  /** Too small to point at, and no room left for its label: a dot on the map, and a button in the data table. */
  listed?: boolean;
}

/** The reported countries placed for one dataset, language and scale, in the orders the render needs. */
interface Placement {
  /** West to east: the arrow keys' order. */
  reported: Reported[];
  /** Drawing order, by layer. */
  painted: Reported[];
  /** The reader's alphabetical order, the data table's: sorted once. */
  byName?: Reported[];
}

/**
 * The world map of the countries where the article reports infections.
 * Reported countries are hatched and outlined (never colour alone); any too
 * small to point at (Bahrain, always) gets a marker and a labelled callout,
 * whose label is a target of at least 24 × 24 CSS px; when labels run out of
 * room (dozens of small countries on a phone), the rest keep their dot and
 * get a button of that size under the map. Hover, focus or a tap
 * opens a details card with the sourced excerpt, which lies over the page
 * (in a corner of a wide map, else under it): nothing moves when it opens or
 * closes. The map is one tab stop:
 * arrow keys walk the reported countries, Enter or Space opens the card,
 * Escape closes it. A table in "Show the data" repeats everything as text.
 *
 * Geometry is Natural Earth, projected and simplified at build time
 * (scripts/build-topology.ts, src/map/README.md for the border policy).
 *
 * @fires nso-country-select - A country's details opened ({code}) or closed ({code: null}).
 * @fires nso-figure-focus - The reader chose a related figure in the details card.
 * @csspart root - The inner root (from NsoElement).
 * @csspart svg - The map.
 * @csspart card - The details card.
 * @csspart legend - The legend.
 * @csspart table - The "Show the data" disclosure and its table.
 * @cssprop --nso-land - Fill of countries without a report.
 * @cssprop --nso-land-stroke - Borders between them.
 * @cssprop --nso-accent - Outline and hatch of reported countries.
 * @cssprop --nso-accent-soft - Fill under the hatch.
 * @cssprop --nso-focus - Focus indicator.
 * @cssprop --nso-fg - Text, highlight outline and leader lines.
 * @cssprop --nso-muted - Secondary text.
 * @cssprop --nso-bg - Background and label boxes.
 * @cssprop --nso-surface - Details card background.
 * @cssprop --nso-border - Card, table and swatch borders.
 */
export class NsoMap extends NsoElement {
  static override styles = [themeStyles, mapStyles];
  static override properties: PropertyDeclarations = {
    highlight: { attribute: false },
    open: { state: true },
    active: { state: true },
    frameWidth: { state: true },
    placedWidth: { state: true },
    corner: { state: true },
  };

  /** Countries to outline, set by <nso-graphic> when a figure or quote concerning them is focused. */
  highlight: Highlight = NO_HIGHLIGHT;

  /** The country whose details card is open. */
  private open: CountryCode | null = null;

  /** The reported country holding the map's one tab stop. */
  private active?: CountryCode;

  /** The frame's width in CSS px: the server's guess until measured (0: no room known, no callouts). */
  private frameWidth = PRERENDER_WIDTH;

  /**
   * The frame's width, CSS px, that the callouts are placed for: the frame's, except that a prerendered map keeps
   * the server's placement when it hydrates into a wider frame, where its labels (in CSS px, pinned to their
   * points) still fit: nothing moves as the map becomes interactive. A later change of width places them anew.
   */
  private placedWidth = PRERENDER_WIDTH;

  /** Set while a prerendered map waits for its frame's first measure. */
  private keepsServerPlacement = false;

  /** Where the floating card sits: a corner that leaves the open country visible, or below the map. */
  private corner: Corner = 'top-right';

  /** Whether focus opened the card: such a card closes when focus leaves the map. */
  private openedByFocus = false;

  /** Set while focus goes back to a country whose card was just closed (×, Escape): it must not open it again. */
  private returningFocus = false;

  /** The data table's button that opened the card: focus goes back to it when the card closes (×, Escape). */
  private opener?: HTMLElement;

  /**
   * The frame's width, and the open card once laid out: placing the card from
   * here reads boxes that are already computed, where a hover handler would
   * force a layout. Made on connection: the server has no ResizeObserver.
   */
  private resizeObserver?: ResizeObserver;

  private observed?: Element;

  /** The land's and the hatch's path data for the last reported countries: hover and highlights re-render, they stay. */
  private land?: { key: string; d: string; hatch: string };

  /** The part of the world shown, for the last countries. */
  private view?: { countries: readonly Country[]; view: View };

  /** The reported countries and their callouts, for the last countries, language and scale: hover re-renders. */
  private placed?: { countries: readonly Country[]; lang: Lang; scale: number; placement: Placement };

  override connectedCallback(): void {
    // Decoded in a task of its own, queued before the first render's when that waits (a prerendered map hydrates
    // a task later): the first render's task is then shorter. A map rendered here at once decodes then.
    setTimeout(world);
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver((entries) => {
      for (const entry of entries) {
        if (entry.target === this.observed) this.measured(entry.contentRect.width);
        else this.placeCard();
      }
    });
    // Capture: a tap anywhere else closes the card (WCAG 1.4.13 dismissible), even over stopped events. On the
    // click, not the pointerdown: the tap then lands where the reader aimed, and does what it does there too.
    window.addEventListener('click', this.onWindowClick, true);
    window.addEventListener('keydown', this.onWindowKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('click', this.onWindowClick, true);
    window.removeEventListener('keydown', this.onWindowKeyDown);
    this.resizeObserver?.disconnect();
    this.observed = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A map rendered here measures its frame first, so that its callouts are placed once. A prerendered one renders
    // what the server did (hydration) until the resize observer reports its frame (see placedWidth).
    if (isServer || this.hasUpdated) return;
    if (this.shadowRoot?.hasChildNodes()) this.keepsServerPlacement = true;
    else this.frameWidth = this.placedWidth = this.getBoundingClientRect().width;
  }

  private measured(width: number): void {
    this.frameWidth = width;
    if (!(this.keepsServerPlacement && width >= this.placedWidth)) this.placedWidth = width;
    this.keepsServerPlacement = false;
  }

  protected override firstUpdated(): void {
    // On the shadow root, not the frame: the card, the list and the table are part of the map too. Not on
    // connection: a prerendered map's shadow root is its own only once hydration begins.
    this.renderRoot.addEventListener('focusout', this.onFocusOut);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The frame's width, from the map's SVG: the width the callouts are placed for.
    const svg = this.renderRoot.querySelector('svg');
    if (svg && svg !== this.observed) {
      this.resizeObserver?.disconnect();
      this.resizeObserver?.observe(svg);
      // Its first report comes before the next paint, so callouts appear with the map.
      this.observed = svg;
    }
    const card = this.renderRoot.querySelector('.card');
    // Only a card that may float is measured: under a narrow map it has nowhere else to go.
    const floating = this.frameWidth >= FLOATING_MIN_WIDTH;
    if (card && this.open && floating && (changed.has('open') || changed.has('frameWidth'))) {
      // Observing again reports the card's box after the next layout, before that frame is painted.
      this.resizeObserver?.unobserve(card);
      this.resizeObserver?.observe(card);
    }
  }

  /**
   * Moves the floating card to the corner that leaves the open country visible
   * and hides least of the others (cardCorner), measured on the rendered
   * boxes, callouts included, or below the map. Called by the resize observer,
   * after layout: no read forces one. On a narrow map the card is always
   * under it.
   */
  private placeCard(): void {
    const card = this.renderRoot.querySelector<HTMLElement>('.card');
    const frame = this.renderRoot.querySelector('.frame');
    const open = this.renderRoot.querySelector(`.country[data-code="${this.open}"]`);
    if (!card || !frame || !open || this.frameWidth < FLOATING_MIN_WIDTH) return;
    const others = [...this.renderRoot.querySelectorAll('.country')]
      .filter((c) => c !== open)
      .map((c) => c.getBoundingClientRect());
    const { offsetWidth: width, offsetHeight: height } = card;
    const corner = cardCorner(frame.getBoundingClientRect(), { width, height }, open.getBoundingClientRect(), others);
    if (corner !== this.corner) this.corner = corner;
    // Below, its size follows the map's width and says nothing of the corners (nor may its report loop back).
    if (corner === 'below') this.resizeObserver?.unobserve(card);
  }

  private readonly onWindowClick = (event: MouseEvent): void => {
    if (!this.open) return;
    // Only this map's own: a tap on another graphic's country closes this card.
    const inside = event
      .composedPath()
      .some((n) => n instanceof Element && n.getRootNode() === this.renderRoot && n.matches('[data-code], .card'));
    if (!inside) this.hide();
  };

  private readonly onWindowKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    const fromCard = this.renderRoot.querySelector('.card')?.contains(this.shadowRoot?.activeElement ?? null);
    if (fromCard) this.closeCard();
    else this.hide();
  };

  private show(code: CountryCode, byFocus = false): void {
    this.openedByFocus = byFocus;
    this.opener = undefined;
    if (this.open === code) return;
    this.open = code;
    // A card below the map is not measured again (placeCard): its box there would not say whether a corner fits,
    // and going back to one could make it go below again. Another country's card tries the corners anew.
    if (this.corner === 'below') this.corner = 'top-right';
    emit(this, 'nso-country-select', { code });
  }

  private hide(): void {
    this.opener = undefined;
    if (!this.open) return;
    this.open = null;
    emit(this, 'nso-country-select', { code: null });
  }

  /** Focuses a country, which opens its card unless `open` is false (focus events fire within focus()). */
  private async focusCountry(code: CountryCode | undefined, open = true): Promise<void> {
    await this.updateComplete;
    this.returningFocus = !open;
    if (code) this.renderRoot.querySelector<SVGElement>(`.country[data-code="${code}"]`)?.focus();
    this.returningFocus = false;
  }

  // One listener of each kind, not three per country (hundreds when every country is reported). Focus is heard on the
  // frame: Chromium makes an SVG element with focus listeners a tab stop.
  private readonly onCountryFocus = (event: FocusEvent): void => {
    const code = countryOf(event);
    if (!code || this.returningFocus) return;
    this.active = code;
    this.show(code, true);
  };

  private readonly onCountryPointerOver = (event: PointerEvent): void => {
    const code = countryOf(event);
    if (code && event.pointerType === 'mouse') this.show(code);
  };

  private readonly onCountryClick = (event: MouseEvent): void => {
    const code = countryOf(event);
    if (code) this.show(code);
  };

  /**
   * A country's button in the data table opens its card (on a click only: hovering the table's rows must not
   * cover them with the card). The card is by the map, which may be out of view from the table, and may lie
   * over the button: focus goes to the card, scrolled into view, and comes back when it closes.
   */
  private readonly onRowClick = async (event: MouseEvent): Promise<void> => {
    const code = countryOf(event);
    if (!code) return;
    this.show(code);
    this.opener = (event.target as Element).closest('button') ?? undefined;
    await this.updateComplete;
    const card = this.renderRoot.querySelector<HTMLElement>('.card');
    card?.focus({ preventScroll: true });
    card?.scrollIntoView({ block: 'nearest' });
  };

  private onKeyDown(event: KeyboardEvent, order: readonly CountryCode[]): void {
    const code = countryOf(event);
    if (!code) return;
    const i = order.indexOf(code);
    // Arrows follow the map, which is never mirrored: right is always east.
    const next = {
      ArrowRight: i + 1,
      ArrowDown: i + 1,
      ArrowLeft: i - 1,
      ArrowUp: i - 1,
      Home: 0,
      End: order.length - 1,
    }[event.key];
    if (next !== undefined) {
      event.preventDefault();
      this.active = order[(next + order.length) % order.length];
      void this.focusCountry(this.active);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (this.open === code) this.hide();
      else this.show(code);
    }
  }

  /**
   * Focus leaving the map and its card closes the card, which lies over what
   * follows (the legend, the table, the page: a focused control must not be
   * hidden). Focus lost to nothing (a click on text) closes only a card that
   * focus opened; a click closes the others.
   */
  private readonly onFocusOut = (event: Event): void => {
    const to = (event as FocusEvent).relatedTarget as Node | null;
    const frame = this.renderRoot.querySelector('.frame');
    if (to ? !frame?.contains(to) : this.openedByFocus) this.hide();
  };

  private closeCard(): void {
    const opener = this.opener;
    this.hide();
    if (opener?.isConnected) opener.focus();
    else void this.focusCountry(this.active, false);
  }

  protected renderContent(dataset: Dataset, lang: Lang): TemplateResult {
    const strings = MAP_STRINGS[lang];
    const { world: geo, land } = world();
    if (this.view?.countries !== dataset.countries)
      this.view = { countries: dataset.countries, view: viewOf(geo, dataset.countries) };
    const view = this.viewBox;
    const scale = (this.frameWidth || view.width) / view.width;
    const placedScale = (this.placedWidth || view.width) / view.width;
    const placement = this.placeReported(dataset.countries, lang, placedScale);
    const { reported, painted } = placement;
    const order = reported.map((r) => r.country.code);
    const active = this.active && order.includes(this.active) ? this.active : order[0];
    const highlighted = new Set(this.highlight.countries);
    const reportedCodes = new Set(order);

    // No country reported: the summary says so; a legend, a hint and a table would speak of none.
    return html`
      <p class="summary" id="summary">${describeMap(dataset.countries, lang)}</p>
      <div class="frame" @focusin=${this.onCountryFocus}>
        <svg part="svg" role="group" aria-label=${strings.name} aria-describedby="summary">
          <defs>${hatchPattern('hatch', HATCH / scale)}</defs>
          <svg class="land" viewBox=${this.viewBox.box} aria-hidden="true">
            ${this.renderLand(land, reportedCodes, highlighted)}
          </svg>
          <g
            class="reported"
            @keydown=${(e: KeyboardEvent) => this.onKeyDown(e, order)}
            @pointerover=${this.onCountryPointerOver}
            @click=${this.onCountryClick}
          >
            ${painted.map((r) => this.renderCountry(r, strings, placedScale, active, highlighted))}
          </g>
        </svg>
        ${this.renderCard(dataset, lang, strings, reported, active)}
      </div>
      ${
        order.length
          ? html`${this.renderLegend(dataset, strings)} ${this.renderTable(dataset, lang, strings, placement)}`
          : nothing
      }
    `;
  }

  /**
   * The land path, joined again only when the reported countries change (not
   * on hover or highlight), then any country without a report that a
   * highlight names (a publisher may set one on a lone map), outlined on top.
   */
  private renderLand(
    land: readonly CountryShape[],
    reported: ReadonlySet<CountryCode>,
    highlighted: ReadonlySet<CountryCode>,
  ): SVGTemplateResult {
    const key = [...reported].join();
    if (this.land?.key !== key) this.land = { key, ...landPaths(land, reported) };
    const outlined = land.filter((s) => s.code && highlighted.has(s.code) && !reported.has(s.code));
    return svg`<path d=${this.land.d}></path><path class="hatch" d=${this.land.hatch}></path>${outlined.map((s) => svg`<path class="highlighted" d=${s.d}></path>`)}`;
  }

  /** The map's user units: the shapes' nested <svg>s map them onto the frame, which keeps their aspect ratio. */
  private get viewBox(): View {
    return this.view!.view;
  }

  private placeReported(countries: readonly Country[], lang: Lang, scale: number): Placement {
    const last = this.placed;
    if (last?.countries === countries && last.lang === lang && last.scale === scale) return last.placement;
    const geo = world().world;
    const reported: Reported[] = reportedCountries(countries)
      .flatMap((country) => {
        const shape = geo.byCode.get(country.code);
        return shape ? [{ country, shape, name: countryName(country.code, lang) }] : [];
      })
      .sort((a, b) => a.shape.at![0] - b.shape.at![0]);
    // Labels wait for a width (0 when the frame had none when measured).
    const callouts = this.placedWidth
      ? placeCallouts(
          reported
            .filter((r) => needsCallout(r.shape.size!, scale))
            .map((r) => ({
              code: r.country.code,
              at: r.shape.at!,
              width: labelWidth(r.name, LABEL_FONT, LABEL_PADDING),
            })),
          {
            frameX: this.viewBox.x,
            frameY: this.viewBox.y,
            frameWidth: this.viewBox.width,
            frameHeight: this.viewBox.height,
            scale,
            obstacles: obstaclesOf(reported, scale),
          },
        )
      : [];
    const byCode = new Map(callouts.map((c) => [c.code, c]));
    for (const r of reported) {
      r.callout = byCode.get(r.country.code);
      r.listed = !!this.placedWidth && !r.callout && needsCallout(r.shape.size!, scale);
    }
    const placement = {
      reported,
      painted: [...reported].sort((a, b) => layer(a) - layer(b)),
    };
    this.placed = { countries, lang, scale, placement };
    return placement;
  }

  private renderCountry(
    r: Reported,
    strings: MapStrings,
    scale: number,
    active: CountryCode | undefined,
    highlighted: ReadonlySet<CountryCode>,
  ): SVGTemplateResult {
    const code = r.country.code;
    const c = r.callout;
    const open = this.open === code;
    const classes = `country${open ? ' open' : ''}${highlighted.has(code) ? ' highlighted' : ''}`;
    const label = `${r.name} (${strings.reported})`;
    const tabindex = code === active ? 0 : -1;
    const expanded = open ? 'true' : 'false';
    // One flat template per kind of country (Lit's templates are static), not a group with a nested template for
    // the shape, the dot and the callout: fewer nodes (Lit's markers) and template instances in a map of hundreds
    // of countries. The shape is drawn in the map's user units (a nested <svg> with its viewBox); the marker and
    // the label in CSS px, in an <svg> pinned to the country's point by percentages of the frame: they keep their
    // size at any width, before the frame is measured too. A country drawn as a point has no shape: its path has
    // no data and draws nothing.
    const d = ifDefined(r.shape.d || undefined);
    const view = this.viewBox;
    // Plain reads, no destructuring: this runs for every reported country on each render.
    const pinX = `${((100 * (r.shape.at![0] - view.x)) / view.width).toFixed(2)}%`;
    const pinY = `${((100 * (r.shape.at![1] - view.y)) / view.height).toFixed(2)}%`;
    if (c) {
      const pin = pinOf(c, scale);
      return svg`<g class=${classes} data-code=${code} role="button" tabindex=${tabindex} aria-label=${label}
        aria-expanded=${expanded} aria-controls="card"
        ><svg viewBox=${view.box}><path class="shape" d=${d}></path></svg
        ><svg class="pin" x=${pinX} y=${pinY}
          ><line class="leader" x1="0" y1="0" x2=${pin.end[0]} y2=${pin.end[1]}></line
          ><circle class="marker" r=${MARKER_RADIUS}></circle
          ><rect class="hit" x=${pin.x} y=${pin.y} width=${pin.width} height=${pin.height} rx="4"></rect
          ><text x=${pin.x + pin.width / 2} y=${pin.y + pin.height / 2} text-anchor="middle" font-size=${LABEL_FONT}
            >${r.name}</text
          ></svg
        ></g
      >`;
    }
    if (r.listed)
      return svg`<g class=${classes} data-code=${code} role="button" tabindex=${tabindex} aria-label=${label}
        aria-expanded=${expanded} aria-controls="card"
        ><svg viewBox=${view.box}><path class="shape" d=${d}></path></svg
        ><svg class="pin" x=${pinX} y=${pinY}><circle class="marker" r=${MARKER_RADIUS}></circle></svg
      ></g>`;
    return svg`<g class=${classes} data-code=${code} role="button" tabindex=${tabindex} aria-label=${label}
      aria-expanded=${expanded} aria-controls="card"
      ><svg viewBox=${view.box}><path class="shape" d=${d}></path></svg
    ></g>`;
  }

  private renderCard(
    dataset: Dataset,
    lang: Lang,
    strings: MapStrings,
    reported: readonly Reported[],
    active: CountryCode | undefined,
  ): TemplateResult {
    const r = reported.find((x) => x.country.code === this.open);
    // Closed, it holds the active country's details, hidden: opening it (hover, focus, tap) then mostly shows
    // what is already built, within a frame.
    const shown = r ?? reported.find((x) => x.country.code === active);
    return html`<section
      class="card ${this.corner}"
      id="card"
      part="card"
      aria-labelledby="card-title"
      tabindex="-1"
      ?hidden=${!r}
    >
      ${shown ? this.renderDetails(dataset, lang, strings, shown.country, shown.name) : nothing}
    </section>`;
  }

  private renderDetails(dataset: Dataset, lang: Lang, strings: MapStrings, country: Country, name: string) {
    const source = sourceOf(dataset, country.provenance.source);
    const figures = dataset.figures.filter((f) => f.countries.includes(country.code));
    const quotes = dataset.quotes.filter((q) => q.countries.includes(country.code));
    // The excerpt on demand, as in the figures: shown in full, the floating card hid the other countries.
    return html`
      <button class="close" type="button" aria-label=${strings.close} @click=${this.closeCard}>×</button>
      <h3 id="card-title">${name}</h3>
      <p class="status">${strings.reported}</p>
      <p>${strings.count}${strings.colon}${this.formatCount(country, lang, strings)}</p>
      <details>
        <summary>${strings.source}</summary>
        <blockquote lang=${ifDefined(source?.lang)} dir="auto">
          ${keepNumbersTogether(country.provenance.excerpt)}
        </blockquote>
        ${source ? html`<p class="source">${citeSource(source)}</p>` : nothing}
      </details>
      ${
        figures.length
          ? html`<h4>${strings.figures}</h4>
              <ul>
                ${figures.map(
                  (f) =>
                    html`<li>
                      <button
                        class="link"
                        type="button"
                        @click=${() => emit(this, 'nso-figure-focus', { id: f.id, countries: [...f.countries] })}
                      >
                        ${this.formatFigure(f, lang)}
                      </button>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${
        quotes.length
          ? html`<h4>${strings.quotes}</h4>
              <ul>
                ${quotes.map((q) => {
                  // In the reader's language, as in the carousel, and said to be a translation.
                  const text = shownText(q, lang);
                  return html`<li>
                    ${speakerName(q, lang)}${strings.colon}<q lang=${text.lang} dir="auto">${text.passages[0]}</q>
                    ${text.kind === 'translation' ? html`<span class="note">(${strings.translation})</span>` : nothing}
                  </li>`;
                })}
              </ul>`
          : nothing
      }
    `;
  }

  private formatCount(country: Country, lang: Lang, strings: MapStrings): string {
    return country.count === 'not-disclosed' ? strings.notDisclosed : formatCount(country.count, lang);
  }

  private formatFigure(f: Figure, lang: Lang): string {
    return `${formatFigure(f.value, lang, f)} ${pick(f.unit, lang)}`;
  }

  private renderLegend(dataset: Dataset, strings: MapStrings): TemplateResult {
    const undisclosed = dataset.countries.every((c) => c.count === 'not-disclosed');
    return html`<ul class="legend" part="legend">
        <li>
          <svg class="swatch" viewBox="0 0 22 14" aria-hidden="true">
            <defs>${hatchPattern('hatch-swatch', HATCH)}</defs>
            <rect class="shape" x="1" y="1" width="20" height="12"></rect>
          </svg>
          ${strings.reported}
        </li>
        <li>
          <svg class="swatch" viewBox="0 0 22 14" aria-hidden="true">
            <rect class="other" x="1" y="1" width="20" height="12"></rect>
          </svg>
          ${strings.others}
        </li>
      </ul>
      ${undisclosed ? html`<p class="note">${strings.count}${strings.colon}${strings.notDisclosed}.</p>` : nothing}
      <p class="hint">${strings.hint}</p>`;
  }

  private renderTable(dataset: Dataset, lang: Lang, strings: MapStrings, placement: Placement): TemplateResult {
    // Built closed too: a page without scripts opens it. Hover and highlights re-render it: its rows are sorted
    // once per placement.
    const compare = compareNames(lang);
    const rows = (placement.byName ??= [...placement.reported].sort((a, b) => compare(a.name, b.name)));
    return html`<details class="data" part="table">
      <summary>${strings.showData}</summary>
      <table>
        <caption>
          ${strings.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${strings.country}</th>
            <th scope="col">${strings.count}</th>
            <th scope="col">${strings.source}</th>
          </tr>
        </thead>
        <tbody @click=${this.onRowClick}>
          ${rows.map((r) => {
            const source = sourceOf(dataset, r.country.provenance.source);
            return html`<tr>
              <th scope="row">
                <button
                  class="link"
                  type="button"
                  data-code=${r.country.code}
                  aria-controls="card"
                  aria-expanded=${this.open === r.country.code ? 'true' : 'false'}
                >
                  ${r.name}
                </button>
              </th>
              <td>${this.formatCount(r.country, lang, strings)}</td>
              <td lang=${ifDefined(source?.lang)} dir="auto">${source?.title ?? r.country.provenance.source}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </details>`;
  }
}

define('nso-map', NsoMap);

declare global {
  interface HTMLElementTagNameMap {
    'nso-map': NsoMap;
  }
}
