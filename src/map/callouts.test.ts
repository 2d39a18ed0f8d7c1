import { describe, expect, it } from 'vitest';
import { labelWidth, needsCallout, pinOf, placeCallouts, segmentHitsBox, type Callout } from './callouts.ts';

const overlap = (a: Callout, b: Callout) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('needsCallout', () => {
  it('needsCallout([20, 40], 1) is true: 20 px is under 24', () => {
    expect(needsCallout([20, 40], 1)).toBe(true);
  });
  it('needsCallout([100, 80], 0.32) is false: 32 × 25.6 px holds a 24 px square', () => {
    expect(needsCallout([100, 80], 0.32)).toBe(false);
  });
  it('needsCallout([100, 70], 0.32) is true: 22.4 px high', () => {
    expect(needsCallout([100, 70], 0.32)).toBe(true);
  });
  it('needsCallout([0, 0], 10) is true for a point', () => {
    expect(needsCallout([0, 0], 10)).toBe(true);
  });
});

describe('labelWidth', () => {
  it('labelWidth grows with the text and includes the padding', () => {
    expect(labelWidth('', 13, 6)).toBe(12);
    expect(labelWidth('Bahreïn', 13, 6)).toBeGreaterThan(labelWidth('Oman', 13, 6));
  });
});

describe('placeCallouts', () => {
  const frame = { frameWidth: 1000, frameHeight: 450 };
  const gulf = [
    { code: 'BH', at: [630, 190] as const, width: 67 },
    { code: 'AE', at: [645, 196] as const, width: 160 },
  ];

  it('placeCallouts keeps labels inside a frame that does not start at the origin', () => {
    const [near] = placeCallouts([{ code: 'BH', at: [215, 105], width: 60 }], {
      frameX: 200,
      frameY: 100,
      frameWidth: 200,
      frameHeight: 100,
      scale: 1,
    });
    expect(near.side).toBe('right');
    expect(near.x).toBeGreaterThanOrEqual(200);
    expect(near.x + near.width).toBeLessThanOrEqual(400);
    expect(near.y).toBeGreaterThanOrEqual(100);
  });

  it('placeCallouts puts labels at the right of their point when they fit', () => {
    const [bh] = placeCallouts(gulf, { ...frame, scale: 1 });
    expect(bh.side).toBe('right');
    expect(bh.x).toBeGreaterThan(630);
  });

  it('placeCallouts puts a cluster at the left when one of its labels has no room at the right (320 px)', () => {
    const callouts = placeCallouts(gulf, { ...frame, scale: 0.32 });
    expect(callouts.map((c) => c.side)).toEqual(['left', 'left']);
    for (const c of callouts) expect(c.x + c.width).toBeLessThan(c.at[0]);
  });

  it('placeCallouts keeps labels of close points apart and inside the frame, at 320 to 1400 px', () => {
    for (const scale of [0.32, 0.36, 0.768, 1.28, 1.4]) {
      const callouts = placeCallouts(gulf, { ...frame, scale });
      expect(overlap(callouts[0], callouts[1])).toBe(false);
      for (const c of callouts) {
        expect(c.x).toBeGreaterThanOrEqual(0);
        expect(c.y).toBeGreaterThanOrEqual(0);
        expect(c.x + c.width).toBeLessThanOrEqual(1000);
        expect(c.y + c.height).toBeLessThanOrEqual(450);
      }
    }
  });

  it('placeCallouts makes each label at least 24 × 24 CSS px', () => {
    for (const scale of [0.32, 1.4]) {
      for (const c of placeCallouts(gulf, { ...frame, scale, labelHeight: 10 })) {
        expect(c.height * scale).toBeGreaterThanOrEqual(24 - 1e-9);
        expect(c.width * scale).toBeGreaterThanOrEqual(24);
      }
    }
  });

  it('placeCallouts pushes labels up from the bottom edge', () => {
    const low = [
      { code: 'A', at: [500, 449] as const, width: 60 },
      { code: 'B', at: [500, 448] as const, width: 60 },
    ];
    const [a, b] = placeCallouts(low, { ...frame, scale: 1 });
    expect(Math.max(a.y + a.height, b.y + b.height)).toBeLessThanOrEqual(450);
    expect(overlap(a, b)).toBe(false);
  });

  it('placeCallouts draws the leader line from the point to the label edge', () => {
    const [bh] = placeCallouts(gulf.slice(0, 1), { ...frame, scale: 1 });
    expect(bh.line).toEqual([630, 190, bh.x, bh.y + bh.height / 2]);
  });
});

describe('placeCallouts across clusters', () => {
  it('placeCallouts separates labels of distant points that land on the same spot (Mexico and the Gulf at 320 px)', () => {
    const requests = [
      { code: 'MX', at: [180, 200] as const, width: 75 },
      { code: 'BH', at: [630, 190] as const, width: 67 },
      { code: 'AE', at: [645, 196] as const, width: 160 },
    ];
    const callouts = placeCallouts(requests, { frameWidth: 1000, frameHeight: 450, scale: 0.304 });
    for (const a of callouts) for (const b of callouts) if (a !== b) expect(overlap(a, b)).toBe(false);
  });
});

describe('segmentHitsBox', () => {
  it('segmentHitsBox is true for a line through the box and false for one beside it', () => {
    expect(segmentHitsBox([0, 5, 20, 5], [5, 0, 5, 10])).toBe(true);
    expect(segmentHitsBox([0, 20, 20, 20], [5, 0, 5, 10])).toBe(false);
  });
});

describe('placeCallouts leader lines', () => {
  it('placeCallouts keeps every leader line off the other labels (Mexico and the Gulf at 320 px)', () => {
    const requests = [
      { code: 'MX', at: [180, 215] as const, width: 75 },
      { code: 'BH', at: [630, 190] as const, width: 67 },
      { code: 'AE', at: [645, 196] as const, width: 160 },
    ];
    const callouts = placeCallouts(requests, { frameWidth: 1000, frameHeight: 450, scale: 0.304 });
    for (const a of callouts) {
      for (const b of callouts) if (a !== b) expect(segmentHitsBox(a.line, [b.x, b.y, b.width, b.height])).toBe(false);
    }
  });
});

describe('placeCallouts when labels run out of room', () => {
  // Twenty small islands in one sea, on a 360 px map (scale 0.36): their labels cannot all fit.
  const islands = Array.from({ length: 20 }, (_, i) => ({
    code: `I${i}`,
    at: [500 + 4 * i, 200 + 3 * i] as const,
    width: 90,
  }));

  it('placeCallouts leaves out the labels that find no room, and no two of the others overlap', () => {
    const callouts = placeCallouts(islands, { frameWidth: 1000, frameHeight: 450, scale: 0.36 });
    expect(callouts.length).toBeGreaterThan(0);
    expect(callouts.length).toBeLessThan(islands.length);
    for (const a of callouts) for (const b of callouts) if (a !== b) expect(overlap(a, b)).toBe(false);
  });

  it('placeCallouts moves no label more than 96 CSS px up or down from its point', () => {
    for (const scale of [0.36, 1.28]) {
      for (const c of placeCallouts(islands, { frameWidth: 1000, frameHeight: 450, scale })) {
        expect(Math.abs(c.y + c.height / 2 - c.at[1]) * scale).toBeLessThanOrEqual(96 + 1e-9);
      }
    }
  });

  it('placeCallouts keeps labels off the obstacles of other countries, never off their own', () => {
    const frame = { frameWidth: 1000, frameHeight: 450, scale: 1.28 };
    const bh = { code: 'BH', at: [630, 190] as const, width: 67 };
    // Where Bahrain's label goes with nothing in the way: right of its point, centred on it.
    const [free] = placeCallouts([bh], frame);
    const box = [free.x, free.y, free.width, free.height] as const;
    const [own] = placeCallouts([bh], { ...frame, obstacles: [{ code: 'BH', box }] });
    expect(own.y).toBe(free.y);
    const [moved] = placeCallouts([bh], { ...frame, obstacles: [{ code: 'AE', box }] });
    expect(moved.y).not.toBe(free.y);
    expect(moved.y + moved.height <= box[1] || moved.y >= box[1] + box[3]).toBe(true);
    // Nowhere to go within reach: left out.
    expect(placeCallouts([bh], { ...frame, obstacles: [{ code: 'AE', box: [0, 0, 1000, 450] }] })).toEqual([]);
  });
});

describe('pinOf', () => {
  it('pinOf writes a callout in CSS px from its point, to a tenth of a pixel', () => {
    const callout = {
      code: 'BH',
      at: [100, 50] as [number, number],
      side: 'right' as const,
      x: 104,
      y: 43,
      width: 30,
      height: 14,
      line: [100, 50, 104, 50.03] as [number, number, number, number],
    };
    expect(pinOf(callout, 2)).toEqual({ x: 8, y: -14, width: 60, height: 28, end: [8, 0.1] });
  });
});
