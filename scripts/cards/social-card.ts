/**
 * The social card of one language, as SVG for resvg to rasterize (1200 × 630, the size Open Graph and X's
 * large card show without cropping): the headline, the key figure, the map of the reported countries with a
 * legend naming them, and the source line. Everything stated comes from the dataset, through the graphic's own
 * formatting (src/i18n) and strings (src/map/map.strings.ts).
 */
import type { Dataset, Figure } from '../../src/dataset/schema.ts';
import { sourceOf } from '../../src/dataset/source.ts';
import { approximateWord, formatNumber } from '../../src/i18n/format.ts';
import { dirOf, pick, type Lang } from '../../src/i18n/lang.ts';
import { quoted } from '../../src/i18n/typography.ts';
import { describeMap, reportedCountries } from '../../src/map/description.ts';
import { MAP_STRINGS } from '../../src/map/map.strings.ts';
import { PALETTES } from '../../src/theme.ts';
import { drawMap, hatchPattern, mapHeight, swatch, type MapStyle } from './map-drawing.ts';
import { escapeXml, isolated, textElement, wrap, type Measure, type TextStyle } from './svg-text.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * The figure the card shows: the first that concerns a reported country (the one the map illustrates), else the
 * first; none when the dataset has no figure.
 */
export function keyFigure(dataset: Dataset): Figure | undefined {
  const reported = new Set(reportedCountries(dataset.countries).map((c) => c.code));
  return dataset.figures.find((f) => f.countries.some((code) => reported.has(code))) ?? dataset.figures[0];
}

/**
 * "Source : « title », publisher": the article every statement comes from (`meta.article`). The title keeps its
 * own direction inside an Arabic line.
 */
export function sourceLine(dataset: Dataset, lang: Lang): string | undefined {
  const source = sourceOf(dataset, dataset.meta.article);
  if (!source) return undefined;
  const strings = MAP_STRINGS[lang];
  const publisher = source.publisher ? `, ${isolated(source.publisher)}` : '';
  return `${strings.source}${strings.colon}${quoted(isolated(source.title), lang)}${publisher}`;
}

const PALETTE = PALETTES.light;
/** px */
const PAD = 56;
const BAR = 8;
const TEXT_COLUMN = 360;
const GAP = 40;
const FOOTER = 84;

const HEADLINE: TextStyle = { size: 50, weight: 700 };
const APPROXIMATE: TextStyle = { size: 28, weight: 400 };
const UNIT: TextStyle = { size: 28, weight: 700 };
const LABEL: TextStyle = { size: 21, weight: 400 };
const LEGEND: TextStyle = { size: 21, weight: 400 };
const SOURCE: TextStyle = { size: 19, weight: 400 };
/** The figure's number: this size, or smaller down to FIGURE_MIN until it fits the text column. */
const FIGURE_MAX = 100;
const FIGURE_MIN = 40;

const MAP_STYLE: MapStyle = {
  palette: PALETTE,
  label: { size: 18, weight: 700 },
  labelPadding: 7,
  hatch: 7,
  outline: 2,
};

/** The card's SVG for `lang`; `measure` gives text widths in the fonts that will render it. */
export function socialCardSvg(dataset: Dataset, lang: Lang, measure: Measure): string {
  const rtl = dirOf(lang) === 'rtl';
  // Layout in reading order: `inline(x)` is x from the left in French and English, from the right in Arabic.
  const inline = (x: number) => (rtl ? CARD_WIDTH - x : x);
  const parts: string[] = [];
  const line = (x: number, y: number, text: string, style: TextStyle, fill: string = PALETTE.fg) =>
    parts.push(textElement({ x: inline(x), y, text, lang, style, fill }));

  // The headline, on up to two lines.
  const headline = pick(dataset.meta.headline, lang);
  let y = BAR + PAD + HEADLINE.size * 0.75;
  for (const text of wrap(headline, CARD_WIDTH - 2 * PAD, 2, lang, HEADLINE, measure)) {
    line(PAD, y, text, HEADLINE);
    y += HEADLINE.size * 1.2;
  }
  const bodyTop = y - HEADLINE.size * 1.2 + 40;
  const bodyBottom = CARD_HEIGHT - FOOTER - 24;

  // The map and its legend in the second column, the map as large as the space left by two lines of legend
  // allows, the legend as wide as the map.
  const mapColumn = CARD_WIDTH - 2 * PAD - TEXT_COLUMN - GAP;
  const hasReported = reportedCountries(dataset.countries).length > 0;
  const legendIndent = hasReported ? 44 : 0;
  const mapRoom = bodyBottom - bodyTop - 20 - 2 * LEGEND.size * 1.35;
  const mapWidth = Math.min(mapColumn, mapRoom / mapHeight(1));
  const legendLines = wrap(describeMap(dataset.countries, lang), mapWidth - legendIndent, 2, lang, LEGEND, measure);
  const mapStart = CARD_WIDTH - PAD - mapWidth;
  const mapLeft = rtl ? CARD_WIDTH - mapStart - mapWidth : mapStart;
  parts.push(drawMap(dataset, lang, measure, { x: mapLeft, y: bodyTop, width: mapWidth }, MAP_STYLE));
  let legendY = bodyTop + mapHeight(mapWidth) + 20;
  if (hasReported) {
    const swatchX = rtl ? inline(mapStart) - 30 : mapStart;
    parts.push(swatch(swatchX, legendY + 2, 30, 18, 'reported', PALETTE, 'legend-hatch'));
  }
  for (const text of legendLines) {
    line(mapStart + legendIndent, legendY + LEGEND.size * 0.8, text, LEGEND);
    legendY += LEGEND.size * 1.35;
  }

  // The key figure in the first column: "about", the number, its unit, then its label as far as room allows.
  const figure = keyFigure(dataset);
  y = bodyTop;
  if (figure) {
    if (figure.approximate) {
      y += APPROXIMATE.size;
      line(PAD, y, approximateWord(lang), APPROXIMATE, PALETTE.muted);
    }
    const number = formatNumber(figure.value, lang, figure.notation);
    let size = FIGURE_MAX;
    while (size > FIGURE_MIN && measure(number, lang, { size, weight: 700 }) > TEXT_COLUMN) size -= 4;
    y += size * 0.95;
    line(PAD, y, number, { size, weight: 700 }, PALETTE.accent);
    y += 12;
    for (const text of wrap(pick(figure.unit, lang), TEXT_COLUMN, 3, lang, UNIT, measure)) {
      y += UNIT.size * 1.25;
      line(PAD, y, text, UNIT);
    }
    y += 10;
    const room = Math.floor((bodyBottom + LABEL.size * 0.3 - y) / (LABEL.size * 1.35));
    for (const text of wrap(pick(figure.label, lang), TEXT_COLUMN, room, lang, LABEL, measure)) {
      y += LABEL.size * 1.35;
      line(PAD, y, text, LABEL, PALETTE.muted);
    }
  } else {
    const room = Math.floor((bodyBottom - y) / (UNIT.size * 1.25));
    for (const text of wrap(pick(dataset.meta.standfirst, lang), TEXT_COLUMN, room, lang, UNIT, measure)) {
      y += UNIT.size * 1.25;
      line(PAD, y, text, UNIT);
    }
  }

  // The source, under a rule.
  const source = sourceLine(dataset, lang);
  parts.push(
    `<rect x="${PAD}" y="${CARD_HEIGHT - FOOTER}" width="${CARD_WIDTH - 2 * PAD}" height="1" fill="${PALETTE.border}"/>`,
  );
  if (source)
    for (const text of wrap(source, CARD_WIDTH - 2 * PAD, 1, lang, SOURCE, measure))
      line(PAD, CARD_HEIGHT - FOOTER + 24 + SOURCE.size, text, SOURCE, PALETTE.muted);

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" xml:lang="${lang}">
<title>${escapeXml(headline)}</title>
<defs>${hatchPattern('legend-hatch', MAP_STYLE.hatch, PALETTE)}</defs>
<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${PALETTE.bg}"/>
<rect width="${CARD_WIDTH}" height="${BAR}" fill="${PALETTE.accent}"/>
${parts.join('\n')}
</svg>
`;
}
