/**
 * The map's projection, fitted to a reference frame. Equal Earth is an
 * equal-area projection made for thematic world maps (Šavrič, Patterson &
 * Jenny, 2018), so no country looks bigger than its area. The scale comes from
 * d3-geo's `fitExtent`, never from a hand-tuned number: the frame is
 * `width` wide, and its height follows from the shapes' aspect ratio.
 *
 * Used at build time (scripts/build-topology.ts); the runtime ships only the
 * projected output, so d3-geo stays out of the embed.
 */
import { geoEqualEarth, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

/** The reference frame's width, in SVG user units (CSS px when the map is 1000 px wide). */
export const REFERENCE_WIDTH = 1000;

export interface FittedFrame {
  projection: GeoProjection;
  /** The frame's size in user units: the SVG's viewBox is `0 0 width height`. */
  width: number;
  height: number;
}

/**
 * Fits Equal Earth so that `shapes` fill `width` (less `padding` on every side,
 * room for outlines), then sizes the frame's height to them.
 */
export function fitFrame(shapes: GeoPermissibleObjects, width = REFERENCE_WIDTH, padding = 2): FittedFrame {
  const inner = width - 2 * padding;
  // A first fit gives the shapes' aspect ratio; the second fits both sides with the padding.
  const [[x0, y0], [x1, y1]] = geoPath(geoEqualEarth().precision(0.1).fitWidth(inner, shapes)).bounds(shapes);
  const innerHeight = Math.ceil((inner * (y1 - y0)) / (x1 - x0));
  const projection = geoEqualEarth()
    .precision(0.1)
    .fitExtent(
      [
        [padding, padding],
        [padding + inner, padding + innerHeight],
      ],
      shapes,
    );
  return { projection, width, height: innerHeight + 2 * padding };
}
