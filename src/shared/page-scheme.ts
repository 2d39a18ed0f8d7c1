/**
 * What `theme="auto"` follows: the page an element sits on, not the reader's
 * system (a dark graphic in a white article, a white box on a dark page).
 * The first opaque background behind the element (its ancestors', across
 * shadow roots) decides, light or dark by its luminance; with none, the page's
 * canvas, whose colour follows the root's `color-scheme` (or its
 * `<meta name="color-scheme">`). The reader's system decides only when that
 * canvas does too (`light dark`).
 */
export type Scheme = 'light' | 'dark';

/** `rgb(…)`/`rgba(…)` as computed styles write them (both syntaxes), as [r, g, b, alpha]; null for other forms. */
export function parseRgb(color: string): [number, number, number, number] | null {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(color.trim());
  if (!match) return null;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : Number(match[4]);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

/** WCAG's relative luminance of an sRGB colour (0 black, 1 white). */
export function luminance(r: number, g: number, b: number): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Dark below the luminance where black and white text contrast equally with it. */
export function schemeOfBackground(color: string): Scheme | null {
  const rgb = parseRgb(color);
  if (!rgb || rgb[3] < 0.5) return null;
  return luminance(rgb[0], rgb[1], rgb[2]) < 0.179 ? 'dark' : 'light';
}

/** The canvas's scheme for a `color-scheme` value; undefined when it follows the reader's system. */
export function schemeOfColorScheme(value: string): Scheme | undefined {
  const words = value.toLowerCase().split(/\s+/);
  const light = words.includes('light');
  const dark = words.includes('dark');
  if (light && dark) return undefined;
  return dark ? 'dark' : 'light';
}

/** The scheme of the page behind `element`; undefined when the reader's system decides. */
export function pageScheme(element: Element): Scheme | undefined {
  const doc = element.ownerDocument;
  const view = doc.defaultView;
  if (!view) return undefined;
  for (let node = parentAcrossShadow(element); node; node = parentAcrossShadow(node)) {
    const scheme = schemeOfBackground(view.getComputedStyle(node).backgroundColor);
    if (scheme) return scheme;
  }
  const declared = view.getComputedStyle(doc.documentElement).colorScheme;
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? '';
  return schemeOfColorScheme(declared && declared !== 'normal' ? declared : meta);
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
