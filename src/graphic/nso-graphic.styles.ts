import { css } from 'lit';

/**
 * Layout by container queries (the graphic lives in a column of unknown
 * width): the map, the figures and the quotes stack; each part lays itself
 * out for its own width (the figures go to four columns when wide).
 */
export const graphicStyles = css`
  /* Inset on every side: the graphic paints its own background, which a host page's may not match (dark on a
     light page, in the reader's dark mode), and text must not touch its edges. A page whose column already
     matches it can set 16px 0. */
  .root {
    padding: var(--nso-padding, 16px);
  }
  header h2 {
    font-size: 1.6em;
    line-height: 1.15;
    margin: 0 0 8px;
    font-weight: 700;
    text-wrap: balance;
  }
  header p {
    font-size: 1.125em;
    margin: 0 0 16px;
    color: var(--_muted);
    max-width: 46em;
  }
  .grid {
    display: grid;
    gap: 24px;
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 760px) {
    header h2 {
      font-size: 2em;
    }
    .grid {
      gap: 32px;
    }
  }
  footer {
    margin-top: 20px;
    padding-top: 10px;
    border-top: 1px solid var(--_border);
    font-size: 0.875em;
    color: var(--_muted);
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
  }
  footer p {
    margin: 0;
  }
  footer a {
    color: var(--_fg);
    display: inline-block;
    min-height: 24px;
    padding-block: 2px;
  }
`;
