/** Checks the committed build output, src/map/world.json (scripts/build-topology.ts). */
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../dataset/country-codes.ts';
import { decodeValues, decodeWorld, encodeValues, type WorldTopology } from './world.ts';
import topology from './world.json';

const world = decodeWorld(topology as WorldTopology);

describe('world.json', () => {
  it('world.json draws Mexico and the United Arab Emirates as shapes', () => {
    for (const code of ['MX', 'AE'] as const) expect(world.byCode.get(code)?.d).toMatch(/^M\d/);
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

  it('decodeWorld joins arcs into closed rings and reverses negative arcs', () => {
    const tiny = decodeWorld({
      width: 10,
      height: 10,
      quantum: 1,
      arcs: [encodeValues([0, 0, 4, 0, 0, 4]), encodeValues([0, 0, 0, 4, 4, 0])].join(' '),
      countries: [{ id: 'FR', rings: encodeValues([0, ~1]) }],
    });
    expect(tiny.byCode.get('FR')).toEqual({ code: 'FR', d: 'M0,0L4,0L4,4L0,4L0,0Z', at: [2, 2], size: [4, 4] });
  });
});

describe('encodeValues', () => {
  it('encodeValues writes small deltas in one character each and decodeValues reads them back', () => {
    const values = [0, -1, 1, 15, -16, 16, 1000, -123456, 0];
    expect(decodeValues(encodeValues(values))).toEqual(values);
    expect(encodeValues([0, -1, 1, 15, -16])).toHaveLength(5);
  });
});
