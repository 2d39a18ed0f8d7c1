/** Checks the committed build output, src/map/world.json (scripts/build-topology.ts). */
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../dataset/country-codes.ts';
import { decodeValues, decodeWorld, encodeArcs, encodeValues, type WorldTopology } from './world.ts';
import topology from './world.json';

const world = decodeWorld(topology as WorldTopology);

describe('world.json', () => {
  it('world.json draws Mexico and the United Arab Emirates as shapes', () => {
    for (const code of ['MX', 'AE'] as const) expect(world.byCode.get(code)?.d).toMatch(/^M\d/);
  });

  it('world.json draws Kosovo as XK, which Natural Earth draws without an ISO number', () => {
    const xk = world.byCode.get('XK');
    expect(xk?.d).toMatch(/^M\d/);
    // In the Balkans: between Bosnia and Herzegovina (west) and Bulgaria (east).
    expect(xk!.at![0]).toBeGreaterThan(world.byCode.get('BA')!.at![0]);
    expect(xk!.at![0]).toBeLessThan(world.byCode.get('BG')!.at![0]);
  });

  it('world.json marks Bahrain, too small to draw, with a point in the Gulf, near the UAE', () => {
    const bh = world.byCode.get('BH');
    const ae = world.byCode.get('AE');
    expect(bh?.at).toBeDefined();
    expect(Math.hypot(bh!.at![0] - ae!.at![0], bh!.at![1] - ae!.at![1])).toBeLessThan(20);
  });

  it('world.json gives every ISO 3166-1 code an anchor inside the frame', () => {
    const missing = COUNTRY_CODES.filter((code) => {
      const at = world.byCode.get(code)?.at;
      return !at || at[0] < 0 || at[0] > world.width || at[1] < 0 || at[1] > world.height;
    });
    expect(missing).toEqual([]);
  });

  it('world.json has no Antarctica shape (cropped) and a frame about twice as wide as high', () => {
    expect(world.byCode.get('AQ')?.d).toBe('');
    expect(world.width / world.height).toBeGreaterThan(2);
  });

  it('world.json places Mexico west of Bahrain and the UAE east of it', () => {
    const x = (code: 'MX' | 'BH' | 'AE') => world.byCode.get(code)!.at![0];
    expect(x('MX')).toBeLessThan(x('BH'));
    expect(x('AE')).toBeGreaterThan(x('BH'));
  });

  it('decodeWorld joins arcs into closed rings, reverses negative arcs and writes points after the first as relative moves', () => {
    const tiny = decodeWorld({
      width: 10,
      height: 10,
      arcs: encodeArcs([
        [0, 0, 4, 0, 4, 4],
        [0, 0, 0, 4, 4, 4],
      ]),
      drawn: 'FR',
      rings: encodeValues([0, ~1]),
      marked: '',
      at: '',
    });
    expect(tiny.byCode.get('FR')).toEqual({ code: 'FR', d: 'M0,0l4,0 0,4 -4,0 0,-4Z', at: [2, 2], size: [4, 4] });
  });

  it('decodeWorld reads unnamed areas as land without a code, and marked codes as points', () => {
    const tiny = decodeWorld({
      width: 10,
      height: 10,
      arcs: encodeArcs([[0, 0, 4, 0, 4, 4, 0, 0]]),
      drawn: '',
      rings: encodeValues([0]),
      marked: 'BHMC',
      at: encodeValues([5, 6, 7, 8]),
    });
    expect(tiny.shapes).toEqual([
      { code: null, d: 'M0,0l4,0 0,4 -4,-4Z' },
      { code: 'BH', d: '', at: [5, 6], size: [0, 0] },
      { code: 'MC', d: '', at: [7, 8], size: [0, 0] },
    ]);
  });

  it("decodeWorld's land box spans the rings that draw something, not a ring shrunk to a point", () => {
    const tiny = decodeWorld({
      width: 100,
      height: 50,
      arcs: encodeArcs([
        [10, 5, 40, 5, 40, 30, 10, 5],
        [90, 45, 90, 45],
      ]),
      drawn: 'FR',
      rings: encodeValues([0, 1]).replace(/^(.)(.)$/, '$1 $2'),
      marked: 'BH',
      at: encodeValues([95, 2]),
    });
    expect(tiny.land).toEqual([10, 5, 40, 30]);
  });

  it("world.json's land box is the one decodeWorld finds, and leaves out the projection's empty ocean at the sides", () => {
    expect(topology.land).toEqual(world.land);
    const [x0, , x1] = world.land;
    expect(x0).toBeGreaterThan(0.1 * world.width);
    expect(x1).toBeLessThan(0.97 * world.width);
  });
});

describe('encodeArcs', () => {
  it('encodeArcs writes an arc starting where the previous one ended with a zero first delta', () => {
    const text = encodeArcs([
      [3, 4, 10, 4],
      [10, 4, 10, 9],
    ]);
    expect(text.split(' ').map(decodeValues)).toEqual([
      [3, 4, 7, 0],
      [0, 0, 0, 5],
    ]);
  });
});

describe('encodeValues', () => {
  it('encodeValues writes small deltas in one character each and decodeValues reads them back', () => {
    const values = [0, -1, 1, 15, -16, 16, 1000, -123456, 0];
    expect(decodeValues(encodeValues(values))).toEqual(values);
    expect(encodeValues([0, -1, 1, 15, -16])).toHaveLength(5);
  });
});
