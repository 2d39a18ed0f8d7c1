/**
 * The shipped geometry (world.json, written by scripts/build-topology.ts) and
 * its decoder. The file is a planar TopoJSON-like topology, already projected
 * into a `width` × `height` frame of user units, with integer coordinates in
 * 1/`quantum` units; each arc is a flat list [x0, y0, dx1, dy1, …], written
 * as text with `encodeValues` (a third of the size of a JSON number array,
 * once gzipped). Shared borders are stored once, and decoding takes no d3 at
 * run time.
 */
import type { CountryCode } from '../dataset/schema.ts';

export interface WorldShape {
  /** ISO 3166-1 alpha-2, or null for areas Natural Earth draws without one (Kosovo, Somaliland, N. Cyprus…). */
  id: string | null;
  /** For a country without rings: where to mark it (its main part's centroid), in user units. */
  at?: [number, number];
  /**
   * Rings, separated by spaces; each lists its arcs' indices (~i: arc i reversed), each index written
   * as its difference from the previous one with `encodeValues`. Absent when too small to draw.
   */
  rings?: string;
}

export interface WorldTopology {
  width: number;
  height: number;
  quantum: number;
  /** The arcs, each encoded with `encodeValues`, separated by spaces. */
  arcs: string;
  countries: WorldShape[];
}

export interface CountryShape {
  code: CountryCode | null;
  /** SVG path data in 1/quantum units (draw it under a scale(1/quantum) transform); '' when not drawn. */
  d: string;
  /** Where to mark the country, in user units (absent for unnamed areas). */
  at?: [number, number];
  /** Its main part's width and height, in user units (0 × 0 when it is not drawn). */
  size?: [number, number];
}

export interface World {
  width: number;
  height: number;
  quantum: number;
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

export function decodeValues(text: string): number[] {
  const out: number[] = [];
  let [v, shift] = [0, 1];
  for (const char of text) {
    const digit = DIGITS.indexOf(char);
    v += (digit & 31) * shift;
    shift *= 32;
    if (digit < 32) {
      out.push(v % 2 ? -(v + 1) / 2 : v / 2);
      [v, shift] = [0, 1];
    }
  }
  return out;
}

/**
 * Decodes the shipped topology into SVG path strings (even-odd rings: holes
 * need no winding order). A drawn country's anchor and size are those of its
 * largest ring's bounding box, which is its main part (mainland France, not
 * French Guiana).
 */
export function decodeWorld(topology: WorldTopology): World {
  const q = topology.quantum;
  const arcs = topology.arcs.split(' ').map((text) => {
    const flat = decodeValues(text);
    const points: [number, number][] = [];
    let [x, y] = [0, 0];
    for (let i = 0; i < flat.length; i += 2) points.push([(x += flat[i]), (y += flat[i + 1])]);
    return points;
  });
  const shapes = topology.countries.map(({ id, at, rings }): CountryShape => {
    let d = '';
    // Not drawn: a point, which always needs a callout.
    let size: [number, number] | undefined = at && [0, 0];
    let main = -1;
    for (const text of rings ? rings.split(' ') : []) {
      let ref = 0;
      const refs = decodeValues(text).map((delta) => (ref += delta));
      // Each arc starts where the previous one ended: drop its first point.
      const ring = refs.flatMap((ref, i) => (ref < 0 ? [...arcs[~ref]].reverse() : arcs[ref]).slice(i && 1));
      d += `M${ring.join('L')}Z`;
      const xs = ring.map((p) => p[0]);
      const ys = ring.map((p) => p[1]);
      const [x0, y0, x1, y1] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
      if ((x1 - x0) * (y1 - y0) > main) {
        main = (x1 - x0) * (y1 - y0);
        at = [(x0 + x1) / 2 / q, (y0 + y1) / 2 / q];
        size = [(x1 - x0) / q, (y1 - y0) / q];
      }
    }
    return { code: id as CountryCode | null, d, at, size };
  });
  const byCode = new Map<CountryCode, CountryShape>();
  for (const shape of shapes) if (shape.code) byCode.set(shape.code, shape);
  return { width: topology.width, height: topology.height, quantum: q, shapes, byCode };
}
