/**
 * The shipped geometry (world.json, written by scripts/build-topology.ts) and
 * its decoder. The file is a planar TopoJSON-like topology, already projected
 * into a `width` × `height` frame of user units, with integer coordinates;
 * each arc is a list of deltas, written as text with
 * `encodeValues` (a third of the size of a JSON number array, once gzipped). Shared borders are stored once, and decoding takes no d3 at
 * run time. Codes and rings are long strings rather than one object per
 * country: smaller once gzipped.
 */
import type { CountryCode } from '../dataset/schema.ts';

export interface WorldTopology {
  width: number;
  height: number;
  /**
   * The drawn land's bounding box [x0, y0, x1, y1] (World.land, written by the build so that the map's
   * proportions are known before anything is decoded).
   */
  land: [number, number, number, number];
  /** The arcs, written by `encodeArcs`. */
  arcs: string;
  /** The ISO 3166-1 alpha-2 codes drawn with rings, two letters each, in the order of `rings`. */
  drawn: string;
  /**
   * One entry per shape, separated by commas: each code of `drawn`, then areas Natural Earth draws without
   * one (Kosovo, Somaliland, N. Cyprus…). An entry's rings are separated by spaces; each lists its arcs'
   * indices (~i: arc i reversed), each written as its difference from the previous one with `encodeValues`.
   */
  rings: string;
  /** The codes too small to draw, two letters each: the map marks them at a point, with a callout. */
  marked: string;
  /** Their points (each main part's centroid), in user units: x and y for each code of `marked`, `encodeValues`. */
  at: string;
}

export interface CountryShape {
  code: CountryCode | null;
  /** SVG path data in user units; '' when not drawn. */
  d: string;
  /** Where to mark the country, in user units (absent for unnamed areas). */
  at?: [number, number];
  /** Its main part's width and height, in user units (0 × 0 when it is not drawn). */
  size?: [number, number];
}

export interface World {
  width: number;
  height: number;
  /** The drawn land's bounding box [x0, y0, x1, y1], without the rings that draw nothing (a single point). */
  land: [number, number, number, number];
  shapes: CountryShape[];
  /** Shapes with a code, by code. */
  byCode: Map<CountryCode, CountryShape>;
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Integers as text, like Google's polyline encoding but with base64 digits
 * (no quote nor backslash to escape in JSON): zigzag (0, -1, 1, -2… → 0, 1,
 * 2, 3…), then 5 bits per digit, low bits first, bit 6 set on all but the last.
 * Small deltas, the common case, take one character.
 */
export function encodeValues(values: readonly number[]): string {
  let out = '';
  for (const n of values) {
    let v = n < 0 ? -2 * n - 1 : 2 * n;
    while (v >= 32) {
      out += DIGITS[32 | (v & 31)];
      v = Math.floor(v / 32);
    }
    out += DIGITS[v];
  }
  return out;
}

/** Each digit's value, by character code (a table: indexOf per character is slow on a phone). */
const VALUE = new Uint8Array(128);
for (let i = 0; i < DIGITS.length; i += 1) VALUE[DIGITS.charCodeAt(i)] = i;

export function decodeValues(text: string): number[] {
  const out: number[] = [];
  // Plain assignments, no destructuring: this runs once, interpreted, for every value of the map.
  let v = 0;
  let shift = 1;
  for (let i = 0; i < text.length; i += 1) {
    const digit = VALUE[text.charCodeAt(i)]!;
    v += (digit & 31) * shift;
    shift *= 32;
    if (digit < 32) {
      out.push(v % 2 ? -(v + 1) / 2 : v / 2);
      v = 0;
      shift = 1;
    }
  }
  return out;
}

/**
 * Arcs, each a flat list of absolute coordinates [x0, y0, x1, y1, …], as
 * text: each arc's deltas with `encodeValues`, separated by spaces. An arc's
 * first point is written relative to the previous arc's last point, where it
 * usually starts (0.7 KB less once gzipped than from the origin).
 */
export function encodeArcs(arcs: readonly (readonly number[])[]): string {
  let [x, y] = [0, 0];
  return arcs
    .map((arc) =>
      encodeValues(
        arc.map((v, i) => {
          const delta = v - (i % 2 ? y : x);
          if (i % 2) y = v;
          else x = v;
          return delta;
        }),
      ),
    )
    .join(' ');
}

/**
 * Decodes the shipped topology into SVG path strings (even-odd rings: holes
 * need no winding order). A drawn country's anchor and size are those of its
 * largest ring's bounding box, which is its main part (mainland France, not
 * French Guiana).
 */
export function decodeWorld(topology: Omit<WorldTopology, 'land'>): World {
  // Each arc as absolute coordinates, flat: [x0, y0, x1, y1, …] (see encodeArcs).
  let x = 0;
  let y = 0;
  const arcs = topology.arcs.split(' ').map((text) => {
    const flat = decodeValues(text);
    for (let i = 0; i < flat.length; i += 2) {
      flat[i] = x += flat[i]!;
      flat[i + 1] = y += flat[i + 1]!;
    }
    return flat;
  });
  const code = (codes: string, i: number) => codes.slice(2 * i, 2 * i + 2) as CountryCode;
  const land: World['land'] = [Infinity, Infinity, -Infinity, -Infinity];
  const shapes = (topology.rings ? topology.rings.split(',') : []).map((rings, i): CountryShape => {
    let d = '';
    let main = -1;
    let at: [number, number] = [0, 0];
    let size: [number, number] = [0, 0];
    for (const text of rings.split(' ')) {
      // Plain variables, no destructuring: these loops run once, interpreted, for every point.
      let ref = 0;
      let path = '';
      // Relative after the first point ("M x,y l dx,dy dx,dy…"): small deltas make a prerendered page smaller.
      let lastX = 0;
      let lastY = 0;
      let x0 = Infinity;
      let y0 = Infinity;
      let x1 = -Infinity;
      let y1 = -Infinity;
      for (const delta of decodeValues(text)) {
        ref += delta;
        const arc = arcs[ref < 0 ? ~ref : ref]!;
        const n = arc.length / 2;
        // Each arc starts where the previous one ended: skip its first point.
        for (let k = path ? 1 : 0; k < n; k += 1) {
          const j = 2 * (ref < 0 ? n - 1 - k : k);
          const px = arc[j]!;
          const py = arc[j + 1]!;
          if (!path) path = 'M' + px + ',' + py + 'l';
          else path += (path.endsWith('l') ? '' : ' ') + (px - lastX) + ',' + (py - lastY);
          lastX = px;
          lastY = py;
          if (px < x0) x0 = px;
          if (px > x1) x1 = px;
          if (py < y0) y0 = py;
          if (py > y1) y1 = py;
        }
      }
      d += (path.endsWith('l') ? path.slice(0, -1) : path) + 'Z';
      if (x1 > x0 || y1 > y0) {
        if (x0 < land[0]) land[0] = x0;
        if (y0 < land[1]) land[1] = y0;
        if (x1 > land[2]) land[2] = x1;
        if (y1 > land[3]) land[3] = y1;
      }
      if ((x1 - x0) * (y1 - y0) > main) {
        main = (x1 - x0) * (y1 - y0);
        at = [(x0 + x1) / 2, (y0 + y1) / 2];
        size = [x1 - x0, y1 - y0];
      }
    }
    // Unnamed areas are only land: no anchor.
    return i < topology.drawn.length / 2 ? { code: code(topology.drawn, i), d, at, size } : { code: null, d };
  });
  // Not drawn: a point, which always needs a callout.
  const points = decodeValues(topology.at);
  for (let i = 0; i < topology.marked.length / 2; i += 1)
    shapes.push({ code: code(topology.marked, i), d: '', at: [points[2 * i]!, points[2 * i + 1]!], size: [0, 0] });
  const byCode = new Map<CountryCode, CountryShape>();
  for (const shape of shapes) if (shape.code) byCode.set(shape.code, shape);
  if (land[0] > land[2]) land.splice(0, 4, 0, 0, topology.width, topology.height);
  return { width: topology.width, height: topology.height, land, shapes, byCode };
}
