/**
 * Which countries are too small to point at, and where their labels go.
 * Units: positions are the map's user units (its viewBox); sizes meant for
 * readers (target size, label height, gaps) are CSS px, divided by `scale`
 * (CSS px per user unit) so they stay the same on a phone and a desktop.
 */

/** WCAG 2.2 SC 2.5.8 (Target Size, Minimum): 24 × 24 CSS px. */
export const MIN_TARGET = 24;

/** CSS px: points closer than this form one cluster, whose labels go on the same side. */
const CLUSTER = 80;

/** True when a country's main part cannot hold a MIN_TARGET square at this scale. */
export function needsCallout(size: readonly [number, number], scale: number): boolean {
  return size[0] * scale < MIN_TARGET || size[1] * scale < MIN_TARGET;
}

/** A label's width in CSS px, estimated from its length (~0.6 em per character, plus padding). */
export function labelWidth(text: string, fontPx: number, paddingPx: number): number {
  return Math.ceil(text.length * fontPx * 0.6 + 2 * paddingPx);
}

export interface CalloutRequest {
  code: string;
  /** The point marked on the map, in user units. */
  at: readonly [number, number];
  /** The label's width in CSS px. */
  width: number;
}

export interface CalloutOptions {
  /** The frame, in user units: its top left corner (default 0, 0), width and height. */
  frameX?: number;
  frameY?: number;
  frameWidth: number;
  frameHeight: number;
  /** CSS px per user unit. */
  scale: number;
  /** CSS px: the label's height (default 28; at least MIN_TARGET, it is the target). */
  labelHeight?: number;
  /**
   * What no label may cover but its own country's: every reported country's main part, or its marker, as
   * boxes [x, y, width, height] in user units.
   */
  obstacles?: readonly Obstacle[];
}

export interface Obstacle {
  code: string;
  box: readonly [number, number, number, number];
}

/** CSS px: the space between two labels, the leader line's horizontal run, and the space kept along the frame's edges. */
const GAP = 4;
const LEADER = 18;
const EDGE = 2;
/** CSS px: how far a label may move up or down from its point; further, its leader line would cross the map. */
const MAX_SHIFT = 96;

export interface Callout {
  code: string;
  at: [number, number];
  side: 'left' | 'right';
  /** The label's box, in user units. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The leader line, from the marker to the label's near edge. */
  line: [number, number, number, number];
}

/**
 * Places one label per request beside its point, on the side where it fits
 * (right first, the same side for a cluster of close points), then moves up
 * or down the labels that would overlap, keeping all inside the frame and,
 * where it can, every leader line off the other labels. Labels never overlap
 * one another nor cover another reported country (`obstacles`): one that
 * finds no free height is left out (many small countries on a phone), and the
 * map lists its country under the frame instead.
 */
export function placeCallouts(requests: readonly CalloutRequest[], options: CalloutOptions): Callout[] {
  const { frameX = 0, frameY = 0, frameWidth, frameHeight, scale, obstacles = [] } = options;
  const right = frameX + frameWidth;
  const bottom = frameY + frameHeight;
  const h = Math.max(options.labelHeight ?? 28, MIN_TARGET) / scale;
  const gap = GAP / scale;
  const offset = LEADER / scale;
  const margin = EDGE / scale;
  const maxShift = MAX_SHIFT / scale;

  // Points closer than CLUSTER CSS px share a side, so their leader lines do not cross.
  const cluster = new Map<string, number>();
  let group = 0;
  let previous: CalloutRequest | undefined;
  for (const r of [...requests].sort((a, b) => a.at[0] - b.at[0])) {
    if (previous && Math.hypot(r.at[0] - previous.at[0], r.at[1] - previous.at[1]) * scale > CLUSTER) group -= 1;
    cluster.set(r.code, group);
    previous = r;
  }
  const fitsRight = new Map<number, boolean>();
  for (const r of requests) {
    const fits = r.at[0] + offset + r.width / scale <= right - margin;
    const key = cluster.get(r.code) ?? 0;
    fitsRight.set(key, (fitsRight.get(key) ?? true) && fits);
  }

  const placed: Callout[] = requests.map(({ code, at, width }) => {
    const w = width / scale;
    const onRight = (fitsRight.get(cluster.get(code) ?? 0) ?? true) || at[0] - offset - w < frameX + margin;
    const x = Math.min(Math.max(onRight ? at[0] + offset : at[0] - offset - w, frameX + margin), right - margin - w);
    const line: Callout['line'] = [0, 0, 0, 0];
    return {
      code,
      at: [at[0], at[1]],
      side: onRight ? 'right' : 'left',
      x,
      y: at[1] - h / 2,
      width: w,
      height: h,
      line,
    };
  });

  // Greedy, label by label: each takes the free height nearest its point (where it wants to be, or
  // just above or below a label already placed that it would cover), or none. The order matters, so
  // every order is tried when there are few labels; the layout that places most labels, then whose
  // leader lines cross fewest labels, then whose labels sit nearest their points, wins.
  // Whether a label and something else share a column: their horizontal spans come within gap.
  const sameColumn = (c: Callout, x: number, width: number) => c.x < x + width + gap && x < c.x + c.width + gap;
  const inFrame = (y: number) => Math.min(Math.max(y, frameY + margin), bottom - margin - h);
  // Each label's obstacles: in its column and within maxShift of its point (only those can take a height that is
  // tried). Found once, whatever the order of the labels.
  const nearBy = new Map<Callout, Obstacle[]>();
  for (const c of placed) {
    const near: Obstacle[] = [];
    const wanted = c.at[1] - h / 2;
    for (const o of obstacles) {
      const box = o.box;
      if (box[1] < wanted + maxShift + h + gap && box[1] + box[3] > wanted - maxShift - gap && o.code !== c.code)
        if (sameColumn(c, box[0], box[2])) near.push(o);
    }
    nearBy.set(c, near);
  }
  const layout = (order: readonly Callout[]) => {
    const ys = new Map<Callout, number>();
    for (const c of order) {
      const wanted = c.at[1] - h / 2;
      // The heights taken, as open intervals: a label at y would come within gap of a label placed in the same
      // column (lo, hi around its y) or of an obstacle in reach (lo, hi around its box) when lo < y < hi.
      const los: number[] = [];
      const his: number[] = [];
      for (const [d, y] of ys)
        if (sameColumn(c, d.x, d.width)) {
          los.push(y - h - gap);
          his.push(y + h + gap);
        }
      for (const { box } of nearBy.get(c)!) {
        los.push(box[1] - h - gap);
        his.push(box[1] + box[3] + gap);
      }
      // The free height nearest where it wants to be (above on a tie), within maxShift, in the frame: from there,
      // step up (or down) to the edge of whatever takes the height, until one is free or the frame's edge stops
      // the search: trying every edge against every interval is quadratic, and a map with every country reported
      // tries hundreds of labels among hundreds of obstacles.
      const nearest = (up: boolean) => {
        for (let y = inFrame(wanted); Math.abs(y - wanted) <= maxShift;) {
          let i = 0;
          while (i < los.length && !(los[i]! + 1e-9 < y && y < his[i]! - 1e-9)) i++;
          if (i === los.length) return y;
          const next = inFrame(up ? los[i]! : his[i]!);
          if (next === y) return undefined;
          y = next;
        }
        return undefined;
      };
      const above = nearest(true);
      const below = nearest(false);
      const y =
        above === undefined || (below !== undefined && Math.abs(below - wanted) < Math.abs(above - wanted))
          ? below
          : above;
      if (y !== undefined) ys.set(c, y);
    }
    return ys;
  };
  // Labels left out, leader lines crossing labels, then distance from the points: the score of an order
  // (lower is better).
  const cost = (ys: Map<Callout, number>) => {
    let cost = (placed.length - ys.size) * 1e9;
    for (const [c, y] of ys) {
      cost += Math.abs(y - (c.at[1] - h / 2));
      const edge = c.side === 'right' ? c.x : c.x + c.width;
      for (const [d, dy] of ys)
        if (d !== c && segmentHitsBox([c.at[0], c.at[1], edge, y + h / 2], [d.x, dy, d.width, h])) cost += 1e6;
    }
    return cost;
  };
  // Beyond five labels, one order (top to bottom) and nothing to score: a map with every country reported asks for a hundred or more.
  const best =
    placed.length <= 5
      ? permutations(placed)
          .map((order) => {
            const ys = layout(order);
            return { ys, cost: cost(ys) };
          })
          .reduce((a, b) => (b.cost < a.cost ? b : a)).ys
      : layout([...placed].sort((a, b) => a.at[1] - b.at[1]));
  return placed.flatMap((c) => {
    const y = best.get(c);
    if (y === undefined) return [];
    c.y = y;
    c.line = [c.at[0], c.at[1], c.side === 'right' ? c.x : c.x + c.width, y + h / 2];
    return [c];
  });
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** Whether the segment [x1, y1, x2, y2] passes through the box [x, y, width, height] (Liang–Barsky clipping). */
export function segmentHitsBox([x1, y1, x2, y2]: readonly number[], [x, y, width, height]: readonly number[]): boolean {
  const [dx, dy] = [x2 - x1, y2 - y1];
  let [t0, t1] = [0, 1];
  for (const [p, q] of [
    [-dx, x1 - x],
    [dx, x + width - x1],
    [-dy, y1 - y],
    [dy, y + height - y1],
  ]) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
  }
  return t0 < t1;
}

/** A callout as drawn beside its point: the label's box and the leader line's far end, in CSS px from the point. */
export interface Pin {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the leader line meets the label (it starts at the point). */
  end: [number, number];
}

/**
 * A callout in CSS px relative to its point, at the scale it was placed for. The map draws labels so, in a
 * coordinate system of their own pinned to the point: they keep their size at any width, as when a prerendered
 * map paints in a frame wider or narrower than the one its callouts were placed for.
 */
export function pinOf(c: Callout, scale: number): Pin {
  const px = (v: number) => Math.round(v * scale * 10) / 10;
  return {
    x: px(c.x - c.at[0]),
    y: px(c.y - c.at[1]),
    width: px(c.width),
    height: px(c.height),
    end: [px(c.line[2] - c.at[0]), px(c.line[3] - c.at[1])],
  };
}
