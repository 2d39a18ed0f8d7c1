/**
 * The print desk's map of one language, a standalone SVG: a title, a line naming the reported countries, the
 * map, its legend and the source, all as editable text. Print colours: no background (the paper is), black
 * text, land in a light grey that survives newsprint, and reported countries hatched and outlined, which reads
 * in black and white too.
 */
import type { Dataset } from '../../src/dataset/schema.ts';
import { dirOf, type Lang } from '../../src/i18n/lang.ts';
import { describeMap, reportedCountries } from '../../src/map/description.ts';
import { MAP_STRINGS } from '../../src/map/map.strings.ts';
import { PALETTES } from '../../src/theme.ts';
import { drawMap, hatchPattern, mapHeight, swatch, WORLD, type MapStyle, type Palette } from './map-drawing.ts';
import { sourceLine } from './social-card.ts';
import { escapeXml, textElement, wrap, type Measure, type TextStyle } from './svg-text.ts';

export const PRINT_PALETTE: Palette = {
  bg: '#ffffff',
  fg: '#000000',
  muted: '#404040',
  land: '#d4d4d4',
  'land-stroke': '#ffffff',
  accent: PALETTES.light.accent,
  'accent-soft': '#ffffff',
};

/** px (user units: the map at one unit per px of the shipped geometry) */
const MARGIN = 20;
const TITLE: TextStyle = { size: 22, weight: 700 };
const TEXT: TextStyle = { size: 15, weight: 400 };
const SOURCE: TextStyle = { size: 13, weight: 400 };
const MAP_STYLE: MapStyle = {
  palette: PRINT_PALETTE,
  label: { size: 13, weight: 700 },
  labelPadding: 6,
  hatch: 5,
  outline: 1.5,
};

export function printMapSvg(dataset: Dataset, lang: Lang, measure: Measure): string {
  const strings = MAP_STRINGS[lang];
  const rtl = dirOf(lang) === 'rtl';
  const width = WORLD.width + 2 * MARGIN;
  const inner = WORLD.width;
  // Reading order: lines start at the left in French and English, at the right in Arabic (textElement mirrors).
  const start = rtl ? width - MARGIN : MARGIN;
  const parts: string[] = [];
  let y = MARGIN;
  const lines = (text: string, style: TextStyle, fill: string, maxLines: number, x = start, wide = inner) => {
    for (const line of wrap(text, wide, maxLines, lang, style, measure)) {
      y += style.size * 1.3;
      parts.push(textElement({ x, y, text: line, lang, style, fill }));
    }
  };

  lines(strings.caption, TITLE, PRINT_PALETTE.fg, 3);
  lines(describeMap(dataset.countries, lang), TEXT, PRINT_PALETTE.fg, 4);
  y += 12;
  parts.push(`<g id="map">${drawMap(dataset, lang, measure, { x: MARGIN, y, width: inner }, MAP_STYLE)}</g>`);
  y += mapHeight(inner) + 8;

  // The legend: one row per kind of country, the swatch at the row's start.
  if (reportedCountries(dataset.countries).length) {
    const legend: string[] = [];
    for (const [kind, text] of [
      ['reported', strings.reported],
      ['other', strings.others],
    ] as const) {
      const swatchX = rtl ? start - 22 : start;
      legend.push(swatch(swatchX, y + 6, 22, 14, kind, PRINT_PALETTE, 'legend-hatch'));
      const before = parts.length;
      lines(text, TEXT, PRINT_PALETTE.fg, 2, rtl ? start - 32 : start + 32, inner - 32);
      legend.push(...parts.splice(before));
      y += 4;
    }
    parts.push(`<g id="legend">${legend.join('')}</g>`);
  }
  y += 6;
  const source = sourceLine(dataset, lang);
  if (source) lines(source, SOURCE, PRINT_PALETTE.muted, 3);
  const height = Math.ceil(y + MARGIN);

  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="${lang}">
<title>${escapeXml(strings.caption)}</title>
<defs>${hatchPattern('legend-hatch', MAP_STYLE.hatch, PRINT_PALETTE)}</defs>
${parts.join('\n')}
</svg>
`;
}
