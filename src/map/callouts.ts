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
  // Whether a label and something else share a column: their horizontal spans come within gap.
  const sameColumn = (c: Callout, x: number, width: number) => c.x < x + width + gap && x < c.x + c.width + gap;
  const inFrame = (y: number) => Math.min(Math.max(y, margin), frameHeight - margin - h);
  // A plain loop, not a filter's callback per pair (~170 × 249 in the scale run): this runs once, interpreted.
  const blockedBy = new Map<Callout, Obstacle[]>();
  for (const c of placed) {
    const blocked: Obstacle[] = [];
    for (const o of obstacles) if (o.code !== c.code && sameColumn(c, o.box[0], o.box[2])) blocked.push(o);
    blockedBy.set(c, blocked);
  }
  const layout = (order: readonly Callout[]) => {
    const ys = new Map<Callout, number>();
    for (const c of order) {
      const wanted = c.at[1] - h / 2;
      const others = [...ys]
        .filter(([d]) => sameColumn(c, d.x, d.width))
        .map(([, y]) => y)
        .sort((a, b) => a - b);
      const blocked = blockedBy.get(c)!;
      // Only obstacles within maxShift of the point can take a height that is tried.
      const near = blocked.filter(
        ({ box }) => box[1] < wanted + maxShift + h + gap && box[1] + box[3] > wanted - maxShift - gap,
      );
      // Free when no label in the same column starts within h + gap of y (a binary search in the sorted
      // others), and no obstacle in that column comes within gap of the label.
      const free = (y: number) => {
        let lo = 0;
        let hi = others.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (others[mid]! > y - h - gap + 1e-9) hi = mid;
          else lo = mid + 1;
        }
        if (lo < others.length && others[lo]! < y + h + gap - 1e-9) return false;
        for (const { box } of near) if (box[1] < y + h + gap - 1e-9 && box[1] + box[3] > y - gap + 1e-9) return false;
        return true;
      };
      // Beside each label and each obstacle within reach; one beyond reach offers a height only at an edge.
      const candidates = [
        wanted,
        ...others.flatMap((o) => [o - h - gap, o + h + gap]),
        ...near.flatMap(({ box }) => [box[1] - h - gap, box[1] + box[3] + gap]),
        margin,
        frameHeight,
      ]
        .map(inFrame)
        .filter((y) => Math.abs(y - wanted) <= maxShift);
      // The nearest free one, the first on a tie: one scan, testing only those nearer than the best so far
      // (sorting them all, then testing in order, took most of ~80 ms at 4× CPU in the scale run, issue 9).
      let y: number | undefined;
      for (const candidate of candidates)
        if ((y === undefined || Math.abs(candidate - wanted) < Math.abs(y - wanted)) && free(candidate)) y = candidate;
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
