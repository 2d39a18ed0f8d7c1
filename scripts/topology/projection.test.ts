import { geoPath } from 'd3-geo';
import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fitFrame } from './projection.ts';

const box = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [w, n],
      [e, n],
      [e, s],
      [w, s],
    ],
  ],
});
const world: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: {}, geometry: box(-170, -50, -30, 70) },
    { type: 'Feature', properties: {}, geometry: box(-10, -35, 170, 75) },
  ],
};

describe('fitFrame', () => {
  it('fitFrame(shapes, 1000, 2) spans the width less the padding', () => {
    const { projection, width } = fitFrame(world, 1000, 2);
    const [[x0], [x1]] = geoPath(projection).bounds(world);
    expect(width).toBe(1000);
    expect(x0).toBeCloseTo(2, 1);
    expect(x1).toBeCloseTo(998, 1);
  });

  it('fitFrame(shapes) sizes the height to the shapes, with the padding', () => {
    const { projection, height } = fitFrame(world, 1000, 2);
    const [[, y0], [, y1]] = geoPath(projection).bounds(world);
    expect(y0).toBeGreaterThanOrEqual(1.9);
    expect(y1).toBeLessThanOrEqual(height - 1.9);
    expect(height - (y1 - y0)).toBeLessThan(6);
  });

  it('fitFrame scales with the width instead of a fixed scale', () => {
    expect(fitFrame(world, 500, 0).projection.scale() * 2).toBeCloseTo(fitFrame(world, 1000, 0).projection.scale(), 6);
  });
});
