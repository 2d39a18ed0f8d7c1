/**
 * Shared design tokens as CSS custom properties. Publishers override any
 * `--nso-*` property on the element; `theme="light|dark|auto"` picks the
 * palette, auto following the page behind the element (shared/page-scheme.ts). Pairs used for text pass
 * WCAG 1.4.3 (4.5:1) and pairs used for shapes pass 1.4.11 (3:1); see
 * theme.test.ts. No rem units: the host page's root font size must not leak in.
 */
import { css, unsafeCSS } from 'lit';

export const PALETTES = {
  light: {
    bg: '#ffffff',
    fg: '#1b1b1b',
    muted: '#5a5a5a',
    surface: '#f4f3f0',
    border: '#c9c6bf',
    land: '#dcd9d2',
    'land-stroke': '#ffffff',
    accent: '#b3261e',
    'accent-soft': '#f6d5d2',
    focus: '#0b57d0',
    whatsapp: '#0a6b4d',
    nso: '#5b2a86',
  },
  dark: {
    bg: '#141414',
    fg: '#f1f1f1',
    muted: '#b4b4b4',
    surface: '#222222',
    border: '#4a4a4a',
    land: '#3b3b3b',
    'land-stroke': '#141414',
    accent: '#ff8f85',
    'accent-soft': '#4a2320',
    focus: '#8ab4f8',
    whatsapp: '#6fd6a8',
    nso: '#c9aefc',
  },
} as const;

export type ThemeName = keyof typeof PALETTES;
export type Token = keyof (typeof PALETTES)['light'];

const declarations = (name: ThemeName) =>
  unsafeCSS(
    Object.entries(PALETTES[name])
      .map(([token, value]) => `--_${token}: var(--nso-${token}, ${value});`)
      .join('\n'),
  );

/**
 * A system font stack: no web fonts, no third-party requests. The parts share
 * one family, upright, and one type scale: 14, 16 and 18 px at weight 400,
 * 16 px at 700, the headline and the figures. Each further size, weight, style
 * or family is a font to look up and shape at first layout (bench/README.md
 * has the measurements).
 */
export const FONT_STACK = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Helvetica Neue', Arial, sans-serif`;

/**
 * Host and inner-root styles every element shares. `.root` resets what a host
 * page's inherited styles could leak in (font, colour, line-height,
 * letter-spacing, word-spacing, text-transform).
 */
export const themeStyles = css`
  :host {
    ${declarations('light')}
    display: block;
    container-type: inline-size;
    color-scheme: light;
  }
  :host([theme='dark']),
  :host([data-nso-scheme='dark']:not([theme='light'])) {
    ${declarations('dark')}
    color-scheme: dark;
  }
  /* auto before its script has looked at the page (prerendered), or on a page that follows the system. */
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='dark']):not([data-nso-scheme])) {
      ${declarations('dark')}
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    font-family: var(--nso-font, ${unsafeCSS(FONT_STACK)});
    font-size: var(--nso-font-size, 16px);
    font-weight: 400;
    font-style: normal;
    line-height: 1.45;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    color: var(--_fg);
    background: var(--_bg);
    box-sizing: border-box;
  }
  /* Not on ::before and ::after: the graphic's have no padding nor border. */
  .root * {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Buttons take the text's font: a browser's default (Arial 13.33 px) is one more face to look up. */
  button {
    font: inherit;
  }
  /* Titles upright, as in AP style: the italic face would be one more font to look up. */
  cite {
    font-style: normal;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .alert {
    border: 2px solid var(--_accent);
    border-radius: 6px;
    padding: 12px 14px;
    background: var(--_surface);
    color: var(--_fg);
  }
  .alert h2 {
    font-size: 1em;
    margin: 0 0 4px;
  }
  .alert ul {
    margin: 4px 0 0;
    padding-inline-start: 20px;
  }
`;
