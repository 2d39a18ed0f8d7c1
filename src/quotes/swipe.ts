/**
 * Reading a swipe. A horizontal gesture longer than SWIPE_MIN_DISTANCE, and
 * clearly more horizontal than vertical, changes slide; anything else is left
 * to the browser (the slides have `touch-action: pan-y`, so vertical scrolling
 * still works). In right-to-left layouts the next slide comes from the left, so
 * the directions are mirrored.
 */

/** CSS pixels a finger must travel sideways before a swipe counts. */
export const SWIPE_MIN_DISTANCE = 40;

/** How much more horizontal than vertical a swipe must be. */
const HORIZONTAL_RATIO = 1.5;

/** +1 (next slide), -1 (previous slide) or 0 (not a swipe) for a gesture of (dx, dy). */
export function swipeStep(dx: number, dy: number, dir: 'ltr' | 'rtl'): -1 | 0 | 1 {
  if (Math.abs(dx) < SWIPE_MIN_DISTANCE || Math.abs(dx) < Math.abs(dy) * HORIZONTAL_RATIO) return 0;
  const leftwards = dx < 0;
  return leftwards === (dir === 'ltr') ? 1 : -1;
}
