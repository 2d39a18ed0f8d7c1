import { describe, expect, it } from 'vitest';
import { cardCorner, type Box } from './card-corner.ts';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
/** The map at 1280 px (measured): its frame, the card, and the three reported countries with their callouts. */
const FRAME = box(12, 152, 1268, 717);
const CARD = { width: 340, height: 349 };
const MX = box(256, 312, 342, 393);
const BH = box(807, 327, 898, 355);
const AE = box(815, 341, 1011, 387);

describe('cardCorner', () => {
  it('cardCorner keeps the top right corner when it covers no country (Mexico open, Bahrain beside)', () => {
    expect(cardCorner(FRAME, CARD, MX, [BH])).toBe('top-right');
  });

  it('cardCorner prefers the corner hiding less of the others (Mexico open: bottom right, under the Emirates label)', () => {
    expect(cardCorner(FRAME, CARD, MX, [BH, AE])).toBe('bottom-right');
  });

  it('cardCorner never covers the open country (Emirates open: no right corner)', () => {
    expect(cardCorner(FRAME, CARD, AE, [MX, BH])).not.toMatch(/right/);
  });

  it('cardCorner covers as little of the others as it can (Emirates open: bottom left, over the tip of Mexico)', () => {
    expect(cardCorner(FRAME, CARD, AE, [MX, BH])).toBe('bottom-left');
  });

  it('cardCorner puts the card below the map when every corner covers the open country', () => {
    expect(cardCorner(box(0, 0, 300, 200), { width: 280, height: 190 }, box(100, 50, 200, 150), [])).toBe('below');
  });

  it('cardCorner puts the card below the map rather than hide most of another reported country', () => {
    // 1000 px, Bahrain open with its source shown: both left corners would hide Mexico, both right ones Bahrain.
    const frame = box(0, 32, 968, 452);
    expect(cardCorner(frame, { width: 340, height: 393 }, box(611, 144, 703, 172), [box(186, 152, 256, 218)])).toBe(
      'below',
    );
  });

  it('cardCorner accepts a corner over less than half of another reported country', () => {
    // The right corners cover the open country; the top left one a quarter of the other, the bottom left one half.
    expect(
      cardCorner(box(0, 0, 400, 300), { width: 300, height: 200 }, box(350, 120, 390, 180), [box(250, 150, 350, 250)]),
    ).toBe('top-left');
  });

  it('cardCorner counts nothing for a box level with a corner or in line with it, but apart from it', () => {
    const frame = box(0, 0, 1000, 500);
    const card = { width: 300, height: 200 };
    const open = box(450, 240, 550, 260);
    // Level with the top corners, between them: nearer the right one.
    expect(cardCorner(frame, card, open, [box(600, 50, 650, 100)])).toBe('top-right');
    // In line with the right corners, between them: nearer the top one.
    expect(cardCorner(frame, card, open, [box(750, 220, 800, 260)])).toBe('top-right');
  });

  it('cardCorner does not count boxes that only touch the card', () => {
    expect(
      cardCorner(box(0, 0, 1000, 500), { width: 300, height: 200 }, box(0, 400, 10, 410), [box(650, 200, 700, 250)]),
    ).toBe('top-right');
  });
});
