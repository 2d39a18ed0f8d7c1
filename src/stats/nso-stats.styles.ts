import { css } from 'lit';

/**
 * One column below 480 px of container, two up to 960 px, then one row.
 * Sizes in px and container units only (no rem: the host page's root size
 * must not leak in); logical properties so that Arabic mirrors.
 */
export const styles = css`
  .heading {
    margin: 0 0 12px;
    font-size: 1em;
    line-height: 1.2;
  }
  .figures {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 12px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container (min-width: 480px) {
    .figures {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 20px;
    }
  }
  @container (min-width: 960px) {
    .figures {
      grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
    }
  }
  .figure {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 4px;
    padding: 10px 12px 8px;
    border-block-start: 3px solid var(--_fg);
    border-radius: 0 0 6px 6px;
  }
  .figure.marked {
    border-block-start-color: var(--_accent);
    background: var(--_accent-soft);
  }
  .linked {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 0;
    margin: 0;
    padding: 2px 8px;
    border-radius: 0 0 4px 4px;
    background: var(--_accent);
    color: var(--_bg);
    font-size: 14px;
    font-weight: 700;
    line-height: 1.4;
  }
  .value {
    margin: 0;
    /* Room for the "linked" tag, so that marking a figure moves nothing. */
    padding-block-start: 8px;
    font-size: clamp(40px, 12cqi, 56px);
    font-weight: 700;
    line-height: 1;
    letter-spacing: -0.01em;
  }
  @container (min-width: 960px) {
    /* Four figures to a row: "environ 1,5 milliard" must still fit on one line. */
    .value {
      font-size: clamp(36px, 3.6cqi, 48px);
    }
  }
  /* Its own line, kept even when empty, so that digits line up across a row. */
  .approx {
    display: block;
    min-block-size: 22px;
    margin-block-end: 2px;
    font-size: 16px;
    line-height: 22px;
    font-weight: 700;
    letter-spacing: normal;
    color: var(--_muted);
  }
  /* In one column no neighbour's digits to line up with: an exact figure keeps no empty "about" line. */
  @container (max-width: 479.98px) {
    .approx:empty {
      display: none;
    }
  }
  /* The final digits always take their place; counting digits are drawn over them. */
  .digits {
    position: relative;
    display: inline-block;
    white-space: nowrap;
    font-variant-numeric: tabular-nums lining-nums;
  }
  .digits.counting .final {
    visibility: hidden;
  }
  .count {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
  }
  /* The size of "about": every size is one more font to look up at first layout. */
  .compact {
    font-size: 16px;
    font-weight: 700;
    letter-spacing: normal;
  }
  .unit {
    margin: 4px 0 0;
    font-size: 1em;
    font-weight: 700;
    line-height: 1.3;
  }
  .label {
    margin: 0;
    color: var(--_muted);
    font-size: 1em;
    line-height: 1.4;
  }
  .source {
    margin-block-start: auto;
    padding-block-start: 4px;
    font-size: 0.875em;
  }
  summary {
    /* About 32 px tall: above the 24 px of WCAG 2.5.8, easier for a thumb. */
    padding-block: 6px;
    inline-size: fit-content;
    color: var(--_muted);
    cursor: pointer;
  }
  summary:hover {
    color: var(--_fg);
    text-decoration: underline;
  }
  .citation {
    margin: 4px 0 8px;
    padding: 8px 12px;
    border-inline-start: 3px solid var(--_border);
    background: var(--_surface);
  }
  blockquote {
    margin: 0;
    color: var(--_fg);
    font-size: 1em;
    line-height: 1.45;
  }
  figcaption {
    margin-block-start: 6px;
    color: var(--_muted);
  }
  /* On a line of its own: inline, a note in the reader's script beside a title in another's jumbles under bidi. */
  .in-language {
    display: block;
  }
  figcaption a {
    color: inherit;
  }
  @media print {
    .count {
      display: none;
    }
    .digits.counting .final {
      visibility: visible;
    }
  }
`;
