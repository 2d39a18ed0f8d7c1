/**
 * The fonts the social cards are rendered with, from npm packages (Noto Sans and Noto Sans Arabic, TTF: resvg
 * reads no WOFF2), and nothing else: system fonts are not loaded, so a card is the same on every machine.
 */
import { createRequire } from 'node:module';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { Lang } from '../../src/i18n/lang.ts';
import { escapeXml, fontFamily, ordered, type Measure, type TextStyle } from './svg-text.ts';

const require = createRequire(import.meta.url);

export const FONT_FILES = [
  'noto-sans/400Regular/NotoSans_400Regular.ttf',
  'noto-sans/700Bold/NotoSans_700Bold.ttf',
  'noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  'noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
].map((file) => require.resolve(`@expo-google-fonts/${file}`));

export const RESVG_OPTIONS: ResvgRenderOptions = {
  font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' },
  logLevel: 'warn',
};

const widths = new Map<string, number>();

/** A text's width in px as resvg sets it (its ink's bounding box), with the fonts above. */
export const measureText: Measure = (text: string, lang: Lang, style: TextStyle): number => {
  const key = `${lang} ${style.size} ${style.weight} ${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><text font-family="${escapeXml(fontFamily(lang))}" font-size="${style.size}" font-weight="${style.weight}">${escapeXml(ordered(text, lang))}</text></svg>`;
    // Silent: a character no font has is reported when the card is rendered.
    width = new Resvg(svg, { ...RESVG_OPTIONS, logLevel: 'off' }).getBBox()?.width ?? 0;
    widths.set(key, width);
  }
  return width;
};

/** An SVG as a PNG, at its own size. */
export function rasterize(svg: string): Buffer {
  return new Resvg(svg, RESVG_OPTIONS).render().asPng();
}
