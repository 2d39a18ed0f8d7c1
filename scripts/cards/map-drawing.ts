/**
 * The world map as standalone SVG markup, drawn as the live map draws it (src/map/nso-map.ts): the shipped,
 * pre-projected geometry; reported countries hatched and outlined in the accent colour, never colour alone; a
 * marker and a labelled callout for any too small to see, placed by the live map's callouts.ts.
 */
import type { CountryCode, Dataset } from '../../src/dataset/schema.ts';
import { countryName } from '../../src/i18n/country-names.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { needsCallout, placeCallouts, type Obstacle } from '../../src/map/callouts.ts';
import { reportedCountries } from '../../src/map/description.ts';
import { decodeWorld, type WorldTopology } from '../../src/map/world.ts';
import topology from '../../src/map/world.json';
import type { Token } from '../../src/theme.ts';
import { escapeXml, round, textElement, type Measure, type TextStyle } from './svg-text.ts';

export const WORLD = decodeWorld(topology as WorldTopology);

/** The colours a drawing uses, named as the graphic's design tokens. */
export type Palette = Record<
  Extract<Token, 'bg' | 'fg' | 'muted' | 'land' | 'land-stroke' | 'accent' | 'accent-soft'>,
  string
>;

export interface MapBox {
  /** px: the map's top left corner and width; its height follows from the geometry's aspect ratio. */
  x: number;
  y: number;
  width: number;
}

export interface MapStyle {
  palette: Palette;
  /** The callouts' labels, and the space around their text, px. */
  label: TextStyle;
  labelPadding: number;
  /** px: the hatch's period. */
  hatch: number;
  /** px: the reported countries' outline. */
  outline: number;
}

/** The map's height for a width, in px. */
export const mapHeight = (width: number): number => (width * WORLD.height) / WORLD.width;

/** px: a marker's radius. */
const MARKER_RADIUS = 5;

/**
 * The hatch of reported countries: lines in the accent colour at 45° over its soft tint, `size` user units per
 * period of the element that uses it.
 */
export function hatchPattern(id: string, size: number, palette: Palette): string {
  const s = round(size);
  return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${s}" height="${s}" patternTransform="rotate(45)"><rect width="${s}" height="${s}" fill="${palette['accent-soft']}"/><rect width="${round(size / 3)}" height="${s}" fill="${palette.accent}"/></pattern>`;
}

/**
 * The map in `box`: land, the reported countries (each a group with its name as `<title>`, for a print desk's
 * layers panel) and their callouts. Its elements' ids start with "map-".
 */
export function drawMap(dataset: Dataset, lang: Lang, measure: Measure, box: MapBox, style: MapStyle): string {
  const { palette } = style;
  const scale = box.width / WORLD.width;
  const px = (u: number) => round(u / scale);
  const reported = reportedCountries(dataset.countries).flatMap((country) => {
    const shape = WORLD.byCode.get(country.code);
    return shape ? [{ code: country.code, shape, name: countryName(country.code, lang) }] : [];
  });
  const reportedCodes = new Set<CountryCode>(reported.map((r) => r.code));
  const land = WORLD.shapes
    .filter((s) => s.d && !(s.code && reportedCodes.has(s.code)))
    .map((s) => s.d)
    .join('');

  const labelHeight = style.label.size + 2 * style.labelPadding;
  const small = reported.filter((r) => needsCallout(r.shape.size!, scale));
  const callouts = placeCallouts(
    small.map((r) => ({
      code: r.code,
      at: r.shape.at!,
      width: Math.ceil(measure(r.name, lang, style.label) + 2 * style.labelPadding),
    })),
    {
      frameWidth: WORLD.width,
      frameHeight: WORLD.height,
      scale,
      labelHeight,
      obstacles: reported.map(({ code, shape }): Obstacle => {
        const least = (2 * MARKER_RADIUS + 2) / scale;
        const [w, h] = [Math.max(shape.size![0], least), Math.max(shape.size![1], least)];
        return { code, box: [shape.at![0] - w / 2, shape.at![1] - h / 2, w, h] };
      }),
    },
  );

  // The geometry in user units, scaled into the box; strokes divided by the scale to keep their width in px.
  const shapes = reported
    .filter((r) => r.shape.d)
    .map(
      (r) =>
        `<g id="map-${escapeXml(r.code)}"><title>${escapeXml(r.name)}</title><path d="${r.shape.d}" fill="url(#map-hatch)" stroke="${palette.accent}" stroke-width="${px(style.outline)}" stroke-linejoin="round"/></g>`,
    );
  const geometry = `<g transform="translate(${round(box.x)} ${round(box.y)}) scale(${scale})" fill-rule="evenodd">
<defs>${hatchPattern('map-hatch', style.hatch / scale, palette)}</defs>
<path d="${land}" fill="${palette.land}" stroke="${palette['land-stroke']}" stroke-width="${px(0.5)}"/>
${shapes.join('\n')}
</g>`;

  // Every country too small to see gets a marker, and a label where one finds room (placeCallouts): in px, on top
  // of every shape.
  const byCode = new Map(callouts.map((c) => [c.code, c]));
  const marks = small.map((r) => {
    const [x, y] = [box.x + r.shape.at![0] * scale, box.y + r.shape.at![1] * scale];
    const c = byCode.get(r.code);
    const label = c
      ? `<line x1="${round(x)}" y1="${round(y)}" x2="${round(box.x + c.line[2] * scale)}" y2="${round(box.y + c.line[3] * scale)}" stroke="${palette.fg}" stroke-width="1.5"/>` +
        `<rect x="${round(box.x + c.x * scale)}" y="${round(box.y + c.y * scale)}" width="${round(c.width * scale)}" height="${round(c.height * scale)}" rx="4" fill="${palette.bg}" stroke="${palette.accent}" stroke-width="2"/>` +
        textElement({
          x: box.x + (c.x + c.width / 2) * scale,
          y: box.y + c.y * scale + labelHeight / 2 + style.label.size * 0.36,
          text: r.name,
          lang,
          style: style.label,
          fill: palette.fg,
          anchor: 'middle',
        })
      : '';
    const marker = `<circle cx="${round(x)}" cy="${round(y)}" r="${MARKER_RADIUS}" fill="${palette.accent}" stroke="${palette.bg}" stroke-width="1.5"/>`;
    return `<g id="map-${escapeXml(r.code)}-callout">${label}${marker}</g>`;
  });
  return `${geometry}\n${marks.join('\n')}`;
}

/** A legend's swatch in px: hatched and outlined for reported countries, plain land for the others. */
export function swatch(
  x: number,
  y: number,
  width: number,
  height: number,
  kind: 'reported' | 'other',
  palette: Palette,
  patternId: string,
): string {
  return kind === 'reported'
    ? `<rect x="${round(x)}" y="${round(y)}" width="${width}" height="${height}" fill="url(#${patternId})" stroke="${palette.accent}" stroke-width="2"/>`
    : `<rect x="${round(x)}" y="${round(y)}" width="${width}" height="${height}" fill="${palette.land}"/>`;
}
