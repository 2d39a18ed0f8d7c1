/**
 * Builds src/map/world.json, the only geometry the map ships, from Natural
 * Earth via the `world-atlas` package (countries-50m: 110m has no Bahrain).
 *
 * Everything heavy happens here, so readers download neither d3-geo nor
 * topojson-client nor raw Natural Earth:
 * 1. drop Antarctica (the map would spend a fifth of its height on it);
 * 2. fit Equal Earth to a 1000-unit-wide frame (scripts/topology/projection.ts) and
 *    project through d3-geo's stream, which cuts Russia and Fiji at the
 *    antimeridian; without resampling, a border shared by two countries is
 *    projected to the same points for both, so it stays shared;
 * 3. rebuild a planar topology, drop rings under MIN_RING_AREA and simplify
 *    (Visvalingam, MIN_TRIANGLE_AREA), for a map at most ~1400 CSS px wide;
 * 4. round to whole user units and delta-encode the arcs as text (world.ts, encodeArcs);
 * 5. give every ISO 3166-1 alpha-2 code left without a ring an anchor (its
 *    main part's centroid), taken from the finer 10m file, or from
 *    EXTRA_POINTS where Natural Earth has no feature of its own for it; the
 *    map draws a callout from that anchor;
 * 6. write codes, rings and anchors as long strings (the format: world.ts).
 *
 * Run: `npx tsx scripts/build-topology.ts` (or `npm run data`); `--check`
 * exits 1 when the committed file is out of date instead of writing.
 */
import { writeOrCheck } from './generated-file.ts';
import { createRequire } from 'node:module';
import { geoArea, geoCentroid, geoStream } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { iso31661NumericToAlpha2 } from 'iso-3166';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COUNTRY_CODES } from '../src/dataset/country-codes.ts';
import { fitFrame } from './topology/projection.ts';
import { decodeWorld, encodeArcs, encodeValues, type WorldTopology } from '../src/map/world.ts';

const OUT = 'src/map/world.json';
const ANTARCTICA = '010';
/** Rings smaller than this (user units², i.e. px² at 1000 px wide) are dropped: islands of a few pixels. */
const MIN_RING_AREA = 8;
/** Visvalingam's threshold (user units²): points whose triangle is smaller are removed. */
const MIN_TRIANGLE_AREA = 14;
// Coordinates are stored in whole user units: 1 unit is 1.4 CSS px at 1400 px wide, 0.3 at 320.

/**
 * ISO codes that Natural Earth folds into another feature (French overseas
 * departments into France, Svalbard into Norway, Bonaire into the Netherlands)
 * or leaves without a code ("Indian Ocean Ter."), or drops (Bouvet, Tokelau):
 * their main island's approximate centre, [longitude, latitude], so that they
 * can still be marked. Coordinates from each territory's Wikipedia infobox.
 */
const EXTRA_POINTS: Record<string, [number, number]> = {
  BQ: [-68.27, 12.18], // Bonaire
  BV: [3.36, -54.42],
  CC: [96.83, -12.17],
  CX: [105.62, -10.49],
  GF: [-53.1, 3.93],
  GP: [-61.55, 16.25],
  MQ: [-61.02, 14.64],
  RE: [55.53, -21.11],
  SJ: [16.0, 78.5], // Svalbard
  TK: [-171.85, -9.2],
  YT: [45.14, -12.83],
};

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
type Shape = Feature<Polygon | MultiPolygon, { name: string }>;

const require = createRequire(import.meta.url);
const load = (file: string) => require(`world-atlas/${file}`) as Countries;

function alpha2(id: string | number | undefined): string | undefined {
  return id === undefined ? undefined : (iso31661NumericToAlpha2 as Record<string, string>)[String(id)];
}

/**
 * Areas Natural Earth draws without an ISO number that have a code all the same: Kosovo's XK, the user-assigned
 * code that CLDR (and so Intl.DisplayNames), the European Union and the IMF use.
 */
const USER_ASSIGNED: Record<string, string> = { Kosovo: 'XK' };

const codeOf = (shape: Shape): string | undefined => alpha2(shape.id) ?? USER_ASSIGNED[shape.properties.name];

function shapesOf(world: Countries, withAntarctica = false): Shape[] {
  const all = (feature(world, world.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>)
    .features;
  return withAntarctica ? all : all.filter((f) => f.id !== ANTARCTICA);
}

const polygonsOf = (shape: Shape): Polygon[] =>
  shape.geometry.type === 'Polygon'
    ? [shape.geometry]
    : shape.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));

const shapes50 = shapesOf(load('countries-50m.json'));

const frame = fitFrame({ type: 'FeatureCollection', features: shapes50 });
const project = (p: Position): Position => frame.projection(p as [number, number]) as Position;

// 2. Project (see the header), then 3. rebuild, filter and simplify a planar topology.
// No adaptive resampling: it could add different points to the two sides of a shared border.
const streamProjection = frame.projection.precision(0);

/** A shape's projected rings, each as its own polygon: the map fills them even-odd, so holes stay holes. */
function projectRings(shape: Shape): Position[][][] {
  const rings: Position[][][] = [];
  let ring: Position[] = [];
  geoStream(
    shape,
    streamProjection.stream({
      point: (x, y) => void ring.push([x, y]),
      lineStart: () => void (ring = []),
      // The stream leaves rings open; GeoJSON closes them.
      lineEnd: () => void (ring.length > 2 && rings.push([[...ring, ring[0]]])),
      polygonStart: () => undefined,
      polygonEnd: () => undefined,
    }),
  );
  return rings;
}
const projected: FeatureCollection<MultiPolygon> = {
  type: 'FeatureCollection',
  features: shapes50.map((shape, index) => ({
    type: 'Feature',
    id: String(index),
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: projectRings(shape) },
  })),
};
let planar = topology({ countries: projected }) as unknown as Topology<{
  countries: GeometryCollection;
}>;
planar = presimplify(planar);
planar = filter(planar, filterWeight(planar, MIN_RING_AREA)) as typeof planar;
planar = simplify(planar, MIN_TRIANGLE_AREA);

// 4. Keep the arcs still used, re-indexed, rounded and delta-encoded.
const arcIndex = new Map<number, number>();
const arcs: number[][] = [];
function encodeArc(source: number): number {
  const known = arcIndex.get(source);
  if (known !== undefined) return known;
  const flat: number[] = [];
  for (const point of planar.arcs[source]) {
    const [x, y] = [Math.round(point[0]), Math.round(point[1])];
    if (flat.length > 0 && x === flat.at(-2) && y === flat.at(-1)) continue;
    flat.push(x, y);
  }
  if (flat.length === 2) flat.push(flat[0], flat[1]); // an arc needs two points, even collapsed
  arcIndex.set(source, arcs.length);
  arcs.push(flat);
  return arcs.length - 1;
}
const ref = (i: number) => (i < 0 ? ~encodeArc(~i) : encodeArc(i));

const rings = new Map<string, number[][]>();
const unnamed: number[][][] = [];
for (const geometry of planar.objects.countries.geometries) {
  if (geometry.type !== 'MultiPolygon') continue; // every ring filtered away
  const shape = shapes50[Number(geometry.id)];
  const list = geometry.arcs.flat().map((ring) => ring.map(ref));
  const code = codeOf(shape);
  if (code) rings.set(code, [...(rings.get(code) ?? []), ...list]);
  else unnamed.push(list);
}

// 5. Anchors, from the 10m file.
const clamp = (n: number, max: number) => Math.round(Math.min(Math.max(n, 0), max));
const mainParts = new Map<string, { area: number; polygon: Polygon }>();
for (const shape of shapesOf(load('countries-10m.json'), true)) {
  const code = codeOf(shape);
  // Drawn countries take their anchor from their rings (below): only the others need a main part.
  if (!code || rings.has(code)) continue;
  for (const polygon of polygonsOf(shape)) {
    const area = geoArea(polygon);
    if (area > (mainParts.get(code)?.area ?? -1)) mainParts.set(code, { area, polygon });
  }
}

/** Rings as world.ts reads them: arc indices as differences, encoded, rings separated by spaces. */
const encodeRings = (list: number[][]) =>
  list.map((ring) => encodeValues(ring.map((ref, i) => ref - (ring[i - 1] ?? 0)))).join(' ');

const drawn: { code: string; rings: string }[] = [];
const marked: { code: string; at: [number, number] }[] = [];
const missing: string[] = [];
for (const code of COUNTRY_CODES) {
  const own = rings.get(code);
  // A drawn country's anchor and size come from its rings at run time (world.ts), not from this file.
  if (own) {
    drawn.push({ code, rings: encodeRings(own) });
    continue;
  }
  const main = mainParts.get(code)?.polygon;
  const lonLat = main ? geoCentroid(main) : EXTRA_POINTS[code];
  if (!lonLat) {
    missing.push(code);
    continue;
  }
  // Nothing drawn: the map always marks it with a callout, so it needs no size. Clamped into the frame:
  // Antarctica, cropped, is marked on the bottom edge.
  const [x, y] = project(lonLat);
  marked.push({ code, at: [clamp(x, frame.width), clamp(y, frame.height)] });
}

if (missing.length > 0) {
  console.error(`no shape nor point for: ${missing.join(', ')}`);
  process.exit(1);
}

const world: WorldTopology = {
  width: frame.width,
  height: frame.height,
  land: [0, 0, frame.width, frame.height],
  arcs: encodeArcs(arcs),
  drawn: drawn.map((c) => c.code).join(''),
  rings: [...drawn.map((c) => c.rings), ...unnamed.map(encodeRings)].join(','),
  marked: marked.map((c) => c.code).join(''),
  at: encodeValues(marked.flatMap((c) => c.at)),
};
// The land's box as the map decodes it (decodeWorld), so that its styles know the map's proportions.
world.land = decodeWorld(world).land;
const text = `${JSON.stringify(world)}\n`;

await writeOrCheck(
  OUT,
  text,
  `: ${frame.width}×${frame.height}, ${arcs.length} arcs, ${drawn.length} shapes, ${text.length} bytes`,
);
