import { css } from 'lit';

/**
 * Styles of <nso-quotes>. Logical properties only, so Arabic mirrors; no rem;
 * container queries for the narrow layout; motion only under
 * prefers-reduced-motion: no-preference.
 */
export const quotesStyles = css`
  .root {
    display: grid;
    gap: 10px;
  }
  .title {
    margin: 0;
    font-size: 1em;
    line-height: 1.3;
  }

  /* Side filter: native radios, drawn as a segmented control. */
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
  }
  .filter-label {
    color: var(--_muted);
    font-size: 0.875em;
    margin-inline-end: 2px;
  }
  .chip {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 32px;
    padding: 4px 12px;
    border: 1px solid var(--_muted);
    border-radius: 999px;
    font-size: 0.875em;
    cursor: pointer;
  }
  .chip input {
    /* Kept in the tab order and the accessibility tree; the whole label is the target. */
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .chip:has(input:checked) {
    background: var(--_fg);
    border-color: var(--_fg);
    color: var(--_bg);
  }
  .chip:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .chip.side-whatsapp::before,
  .chip.side-nso::before {
    content: '';
    inline-size: 10px;
    block-size: 10px;
    border-radius: 50%;
    background: var(--_side);
    box-shadow: 0 0 0 1px var(--_bg);
  }

  .side-whatsapp {
    --_side: var(--_whatsapp);
  }
  .side-nso {
    --_side: var(--_nso);
  }

  /* Controls: the rotation button first, then previous, the counter, next. */
  .controls {
    display: flex;
    align-items: center;
    gap: 8px;
    margin-block-end: 8px;
  }
  .control {
    display: inline-grid;
    place-items: center;
    inline-size: 44px;
    block-size: 44px;
    padding: 0;
    border: 1px solid var(--_muted);
    border-radius: 50%;
    background: var(--_bg);
    color: var(--_fg);
    cursor: pointer;
  }
  .control:hover {
    background: var(--_surface);
  }
  .icon {
    inline-size: 22px;
    block-size: 22px;
  }
  /* Chevrons and the play triangle point along the reading direction. */
  .next .icon {
    transform: scaleX(-1);
  }
  [dir='rtl'] .icon.flip {
    transform: scaleX(-1);
  }
  [dir='rtl'] .next .icon {
    transform: none;
  }
  .counter {
    min-inline-size: 3.5em;
    text-align: center;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  /* The slide shown alone sets the height: a short quote leaves no blank under it (on a phone, the longest quote
     is twice the shortest). The height changes only after the reader's own action (NsoQuotes.tallest). While
     autoplay rotates, all slides share one grid cell and the tallest sets the height, so a slide changing on its
     own never moves the page (nor, embedded, resizes the iframe); each card then fills that height, its content
     at the top. */
  .slides {
    display: grid;
    touch-action: pan-y;
  }
  .slide {
    grid-area: 1 / 1;
    visibility: hidden;
    min-inline-size: 0;
    padding: 16px 18px 18px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_side);
    border-radius: 8px;
  }
  .slides:not(.tallest) .slide:not(.current) {
    display: none;
  }
  .slide.current {
    visibility: visible;
  }
  .slide.highlighted {
    box-shadow: inset 0 0 0 3px var(--_accent);
  }
  .slide:focus-visible {
    outline-offset: -3px;
  }
  /* A new slide fades in (not the first one: the graphic is complete at first paint); the old one is hidden
     at once, so only one slide is ever exposed. */
  @media (prefers-reduced-motion: no-preference) {
    .moved .current {
      animation: fade-in 200ms ease-out;
    }
  }
  @keyframes fade-in {
    from {
      opacity: 0;
    }
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 10px;
    margin: 0 0 10px;
  }
  .side {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-weight: 700;
    color: var(--_side);
  }
  .side::before {
    content: '';
    inline-size: 10px;
    block-size: 10px;
    border-radius: 50%;
    background: var(--_side);
  }
  .badge {
    padding: 1px 8px;
    border: 1px solid var(--_muted);
    border-radius: 4px;
    color: var(--_fg);
  }
  .mark {
    padding: 1px 8px;
    border-radius: 4px;
    background: var(--_accent-soft);
    color: var(--_fg);
    font-weight: 700;
  }

  figure {
    margin: 0;
  }
  blockquote {
    position: relative;
    margin: 0;
    padding-inline-start: 30px;
    /* The graphic's own font unless a page sets one: a second family (and the mark as a glyph of it, at a size
       of its own) would be more fonts to look up at first layout (bench/README.md). */
    font-family: var(--nso-quote-font, inherit);
    font-size: 1.125em;
    line-height: 1.5;
  }
  .quote-mark {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0.15em;
    inline-size: 1.1em;
    block-size: 1.1em;
    fill: var(--_side);
  }
  blockquote p {
    margin: 0 0 0.6em;
  }
  blockquote p:last-child,
  .more p:last-child {
    margin-block-end: 0;
  }
  .more {
    margin-block-start: 0.6em;
  }

  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-block: 10px 0;
    padding-inline-start: 30px;
  }
  .tool {
    min-block-size: 32px;
    padding: 4px 12px;
    border: 1px solid var(--_muted);
    border-radius: 4px;
    background: var(--_bg);
    color: var(--_fg);
    font-size: 0.875em;
    cursor: pointer;
  }
  .tool:hover {
    background: var(--_surface);
  }

  figcaption {
    margin-block-start: 12px;
    padding-inline-start: 30px;
  }
  .speaker {
    font-weight: 700;
  }
  .who,
  .context,
  .source {
    display: block;
  }
  .context,
  .source {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .source a {
    color: inherit;
  }

  .pairs {
    margin-block-start: 14px;
    padding-block-start: 10px;
    padding-inline-start: 30px;
    border-block-start: 1px solid var(--_border);
    font-size: 0.875em;
  }
  .pairs + .pairs {
    margin-block-start: 8px;
    border-block-start: none;
    padding-block-start: 0;
  }
  .pairs-label {
    margin: 0 0 2px;
    color: var(--_muted);
  }
  .pairs ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .pair {
    display: inline-flex;
    flex-wrap: wrap;
    column-gap: 0.4em;
    min-block-size: 32px;
    align-items: center;
    padding: 2px 0;
    border: 0;
    background: none;
    color: var(--_fg);
    text-align: start;
    text-decoration: underline;
    text-decoration-color: var(--_side);
    text-decoration-thickness: 2px;
    text-underline-offset: 3px;
    cursor: pointer;
  }
  .pair-who {
    color: var(--_side);
    text-decoration: none;
  }

  /* On the narrowest phones the chips speak for themselves; the group keeps its name (aria-labelledby reads hidden text). */
  @container (max-width: 360px) {
    .filter-label {
      display: none;
    }
  }
  @container (max-width: 420px) {
    .chip {
      padding-inline: 9px;
    }
    .filter {
      gap: 4px;
    }
    .slide {
      padding: 12px 12px 14px;
      border-inline-start-width: 5px;
    }
    blockquote {
      font-size: 1em;
      padding-inline-start: 22px;
    }
    .tools,
    figcaption,
    .pairs {
      padding-inline-start: 0;
    }
  }

  /* Without scripts (blocked, a reader mode, a feed's preview), the prerendered carousel cannot turn: every
     quote shows in full, one after the other, and the controls that need a script go. */
  @media (scripting: none) {
    .slides {
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
    .slide,
    .slides:not(.tallest) .slide:not(.current) {
      display: block;
      visibility: visible;
    }
    .more[hidden] {
      display: block;
    }
    .controls,
    .filter,
    .tools {
      display: none;
    }
  }
`;
