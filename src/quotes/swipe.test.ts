import { describe, expect, it } from 'vitest';
import { SWIPE_MIN_DISTANCE, swipeStep } from './swipe.ts';

describe('swipeStep', () => {
  it('swipeStep(-60, 5, "ltr") goes to the next slide (finger moves left)', () => {
    expect(swipeStep(-60, 5, 'ltr')).toBe(1);
  });

  it('swipeStep(60, 5, "ltr") goes to the previous slide', () => {
    expect(swipeStep(60, 5, 'ltr')).toBe(-1);
  });

  it('swipeStep mirrors directions in right-to-left layouts', () => {
    expect(swipeStep(60, 0, 'rtl')).toBe(1);
    expect(swipeStep(-60, 0, 'rtl')).toBe(-1);
  });

  it('swipeStep ignores gestures shorter than SWIPE_MIN_DISTANCE', () => {
    expect(swipeStep(-(SWIPE_MIN_DISTANCE - 1), 0, 'ltr')).toBe(0);
    expect(swipeStep(-SWIPE_MIN_DISTANCE, 0, 'ltr')).toBe(1);
  });

  it('swipeStep ignores mostly vertical gestures (scrolling)', () => {
    expect(swipeStep(-60, 50, 'ltr')).toBe(0);
    expect(swipeStep(-60, -200, 'rtl')).toBe(0);
  });
});
