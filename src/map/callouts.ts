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
  /** The frame, in user units. */
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
  const { frameWidth, frameHeight, scale, obstacles = [] } = options;
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
    const fits = r.at[0] + offset + r.width / scale <= frameWidth - margin;
    const key = cluster.get(r.code) ?? 0;
    fitsRight.set(key, (fitsRight.get(key) ?? true) && fits);
  }

  const placed: Callout[] = requests.map(({ code, at, width }) => {
    const w = width / scale;
    const right = (fitsRight.get(cluster.get(code) ?? 0) ?? true) || at[0] - offset - w < margin;
    const x = Math.min(Math.max(right ? at[0] + offset : at[0] - offset - w, margin), frameWidth - margin - w);
    const line: Callout['line'] = [0, 0, 0, 0];
    return { code, at: [at[0], at[1]], side: right ? 'right' : 'left', x, y: at[1] - h / 2, width: w, height: h, line };
  });

  // Greedy, label by label: each takes the free height nearest its point (where it wants to be, or
  // just above or below a label already placed that it would cover), or none. The order matters, so
  // every order is tried when there are few labels; the layout that places most labels, then whose
  // leader lines cross fewest labels, then whose labels sit nearest their points, wins.
  // Written with plain loops over numbers (no destructuring, no array per pair): it runs once per render,
  // before V8 optimises it, and the scale run's ~170 labels took ~80 ms at 4× CPU (issue 9).
  const lowest = margin;
  const highest = frameHeight - margin - h;
  const inFrame = (y: number) => Math.min(Math.max(y, lowest), highest);
  // Whether a label and something else share a column: their horizontal spans come within gap.
  const sameColumn = (c: Callout, x: number, width: number) => c.x < x + width + gap && x < c.x + c.width + gap;
  /** Per label, the tops and bottoms (interleaved) of the other countries' obstacles in its column. */
  const columns = new Map<Callout, number[]>();
  for (const c of placed) {
    const column: number[] = [];
    for (const o of obstacles)
      if (o.code !== c.code && sameColumn(c, o.box[0], o.box[2])) column.push(o.box[1], o.box[1] + o.box[3]);
    columns.set(c, column);
  }
  const layout = (order: readonly Callout[]) => {
    const ys = new Map<Callout, number>();
    // The same, as arrays: iterating a Map's entries makes an array per entry.
    const done: Callout[] = [];
    const heights: number[] = [];
    for (const c of order) {
      const wanted = c.at[1] - h / 2;
      const others: number[] = [];
      for (let k = 0; k < done.length; k += 1) if (sameColumn(c, done[k]!.x, done[k]!.width)) others.push(heights[k]!);
      // The heights to try, in this order (the nearest free one wins, the first on a tie): where it wants to
      // be, then beside each label, then beside each obstacle; only those within maxShift.
      const candidates: number[] = [];
      const consider = (y: number) => {
        const clamped = inFrame(y);
        if (Math.abs(clamped - wanted) <= maxShift) candidates.push(clamped);
      };
      // The heights taken: a label at y would come within gap of a label or an obstacle in its column.
      // Open intervals, as starts and ends.
      const starts: number[] = [];
      const ends: number[] = [];
      consider(wanted);
      for (const o of others) {
        consider(o - h - gap);
        consider(o + h + gap);
        starts.push(o - h - gap + 1e-9);
        ends.push(o + h + gap - 1e-9);
      }
      const column = columns.get(c)!;
      for (let k = 0; k < column.length; k += 2) {
        const top = column[k]!;
        const bottom = column[k + 1]!;
        const above = top - h - gap;
        const below = bottom + gap;
        // An obstacle beyond maxShift of the point takes no height that could be tried, and its candidates
        // are out of reach unless the frame's edge brings them back.
        if (top < wanted + maxShift + h + gap && bottom > wanted - maxShift - gap) {
          consider(above);
          consider(below);
          starts.push(above + 1e-9);
          ends.push(below - 1e-9);
        } else {
          if (above < lowest || above > highest) consider(above);
          if (below < lowest || below > highest) consider(below);
        }
      }
      // A height is free when no interval holds it: as many intervals start below it as end at or below it
      // (starts are below their ends). Typed arrays sort numbers natively, without a comparator.
      const from = Float64Array.from(starts).sort();
      const to = Float64Array.from(ends).sort();
      const count = (sorted: Float64Array, y: number, orEqual: boolean) => {
        let lo = 0;
        let hi = sorted.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (sorted[mid]! < y || (orEqual && sorted[mid] === y)) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      };
      // The nearest free candidate; on a tie, the first one tried.
      let y: number | undefined;
      let distance = Infinity;
      for (const candidate of candidates) {
        const d = Math.abs(candidate - wanted);
        if (d < distance && count(from, candidate, false) === count(to, candidate, true)) {
          y = candidate;
          distance = d;
        }
      }
      if (y !== undefined) {
        ys.set(c, y);
        done.push(c);
        heights.push(y);
      }
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
  // Beyond five labels, one order (top to bottom) and nothing to score: the scale run asks for ~170 (issue 9).
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
