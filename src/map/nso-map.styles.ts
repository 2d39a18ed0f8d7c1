import { css, unsafeCSS } from 'lit';
import topology from './world.json';

/** The map's proportions: those of the drawn land's box, which the map shows (NsoMap, viewOf). */
const [x0, y0, x1, y1] = topology.land;

/** CSS px: from this width the card floats in a corner of the map (NsoMap.placeCard); narrower, it lies under it. */
export const FLOATING_MIN_WIDTH = 900;

export const mapStyles = css`
  /* Above what follows the map, which the card may lie over. */
  :host {
    position: relative;
    z-index: 1;
  }
  .summary {
    margin: 0 0 8px;
    font-weight: 700;
  }
  .frame {
    position: relative;
  }
  .frame > svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    /* Reserves the height before the first paint: no layout shift. The shapes' nested <svg>s fill it, their
       viewBox of the same aspect ratio; the pins (markers, labels) sit at percentages of it. */
    aspect-ratio: ${unsafeCSS(`${x1 - x0} / ${y1 - y0}`)};
    overflow: visible;
    touch-action: manipulation;
  }
  .frame svg svg {
    overflow: visible;
  }
  path {
    /* Rings are stored without winding order (world.ts): even-odd keeps holes (Lesotho in South Africa) empty. */
    fill-rule: evenodd;
  }
  path,
  line,
  rect,
  circle {
    vector-effect: non-scaling-stroke;
  }
  /* Nothing to point at: the hit test skips the land. */
  .land {
    pointer-events: none;
  }
  .land path {
    fill: var(--_land);
    stroke: var(--_land-stroke);
    stroke-width: 0.5px;
  }
  .land path.highlighted {
    stroke: var(--_fg);
    stroke-width: 2px;
  }
  .country {
    cursor: pointer;
    outline: none;
  }
  /* Its land stroke lies under the reported countries' wider outlines. */
  .land .hatch {
    fill: url(#hatch);
  }
  /* The hatch is drawn under the shapes (landPath): they outline the countries, and their transparent fill (not
     none) takes the pointer. */
  .country .shape {
    fill: transparent;
    stroke: var(--_accent);
    stroke-width: 1.5px;
  }
  .country.highlighted .shape,
  .country.highlighted .hit {
    stroke: var(--_fg);
    stroke-width: 3px;
  }
  .country .leader {
    stroke: var(--_fg);
    stroke-width: 1.25px;
  }
  .country .marker {
    fill: var(--_accent);
    stroke: var(--_bg);
    stroke-width: 1.5px;
  }
  .country .hit {
    fill: var(--_bg);
    stroke: var(--_accent);
    stroke-width: 1.5px;
  }
  .country text {
    fill: var(--_fg);
    font-weight: 700;
    dominant-baseline: central;
  }
  .country:hover .shape,
  .country:hover .hit,
  .country.open .shape,
  .country.open .hit {
    stroke-width: 3px;
  }
  /* Focus drawn on the shape and label themselves: 3 px in the focus colour, over any highlight. */
  .country:focus-visible .shape,
  .country:focus-visible .hit,
  .country:focus-visible .marker {
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  /* A dot without a label (its button is under the map) grows when its country is hovered or open. */
  .country:hover .marker,
  .country.open .marker {
    stroke: var(--_fg);
    stroke-width: 3px;
  }
  .hatch-bg {
    fill: var(--_accent-soft);
  }
  .hatch-line {
    stroke: var(--_accent);
  }

  /* The card lies over what follows the map, just under it, as a sheet: opening or closing it never moves the
     content below, where a tap would then land on something else (WebKit, like Safari, has no scroll
     anchoring). */
  .card {
    position: absolute;
    inset-block-start: 100%;
    inset-inline: 0;
    max-inline-size: 560px;
    margin-block-start: 8px;
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.18);
    padding: 12px 14px;
    padding-inline-end: 44px;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: 6px;
    background: var(--_surface);
    color: var(--_fg);
    font-size: 0.875em;
    z-index: 1;
  }
  /* Wide frames: the card floats in a corner of the map that leaves the country visible (NsoMap.placeCard). From
     900 px only, where the map is tall enough to leave the others in view too (at 768 px it hid the Gulf and the
     legend); narrower, or when no corner leaves the reported countries in view ('below'), it lies under the map.
     Corners are physical: the map is never mirrored. */
  @container (min-width: ${unsafeCSS(FLOATING_MIN_WIDTH)}px) {
    .card:not(.below) {
      inset: auto;
      margin: 0;
      inline-size: min(340px, 38%);
    }
    .card.top-left,
    .card.top-right {
      top: 0;
    }
    .card.bottom-left,
    .card.bottom-right {
      bottom: 0;
    }
    .card.top-left,
    .card.bottom-left {
      left: 0;
    }
    .card.top-right,
    .card.bottom-right {
      right: 0;
    }
  }
  .card h3 {
    margin: 0;
    /* 16 px in the card's 14 px: sizes of the shared type scale (every new size is a font lookup). */
    font-size: calc(16em / 14);
  }
  .card p {
    margin: 4px 0;
  }
  .status {
    font-weight: 700;
    color: var(--_accent);
  }
  .card details {
    margin-block-start: 4px;
  }
  .card blockquote {
    margin: 4px 0 0;
    padding-inline-start: 10px;
    border-inline-start: 2px solid var(--_border);
  }
  .card .source,
  .card h4 {
    color: var(--_muted);
  }
  .card h4 {
    margin: 10px 0 2px;
    font-weight: 700;
  }
  .card ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .close {
    position: absolute;
    inset-block-start: 6px;
    inset-inline-end: 6px;
    inline-size: 32px;
    block-size: 32px;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_bg);
    color: var(--_fg);
    font-size: calc(16em / 14);
    line-height: 1;
    cursor: pointer;
  }
  .link {
    min-block-size: 24px;
    padding: 2px 0;
    border: 0;
    background: none;
    color: var(--_fg);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 2px;
    cursor: pointer;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 18px;
    margin: 8px 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .swatch {
    flex: none;
    inline-size: 22px;
    block-size: 14px;
  }
  .swatch .shape {
    fill: url(#hatch-swatch);
    stroke: var(--_accent);
    stroke-width: 1.5px;
  }
  .swatch .other {
    fill: var(--_land);
    stroke: var(--_border);
  }
  .hint,
  .note {
    margin: 4px 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .data {
    margin-block-start: 8px;
    font-size: 0.875em;
  }
  summary {
    min-block-size: 24px;
    cursor: pointer;
  }
  table {
    inline-size: 100%;
    margin-block-start: 6px;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 4px;
  }
  th,
  td {
    /* The gutter on one side only, and long words (a source's title) may break: three columns fit a 320 px
       phone's column, the graphic's inset and a host page's margins included (tests/e2e/many-countries). */
    padding-block: 4px;
    padding-inline: 0 8px;
    overflow-wrap: anywhere;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  a {
    color: inherit;
  }
  @media (prefers-reduced-motion: no-preference) {
    .country .shape,
    .country .hit {
      transition: stroke-width 0.12s;
    }
  }

  /* Without scripts, the map does not answer hover, taps or keys: the table under it says it all. */
  @media (scripting: none) {
    .hint {
      display: none;
    }
  }
`;
