/**
 * Where the map's floating card goes (NsoMap.placeCard): a corner of the
 * frame that never covers the open country (WCAG 2.4.11: the focused control
 * stays visible), hides no more than half of any other reported one, and
 * covers as little of them as it can; among equals, the first in order of
 * preference. Else it goes below the map, as on a narrow one. Boxes share one
 * coordinate system (CSS px in the viewport).
 */
export const CORNERS = ['top-right', 'top-left', 'bottom-right', 'bottom-left'] as const;
export type Corner = (typeof CORNERS)[number] | 'below';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The area two boxes share (0 when they only touch). */
function overlap(a: Box, b: Box): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/** The card's corner, or 'below' when none will do (a card as tall as the map, its source open, beside Mexico). */
export function cardCorner(
  frame: Box,
  card: { width: number; height: number },
  open: Box,
  others: readonly Box[],
): Corner {
  let best: { corner: Corner; covered: number } | undefined;
  for (const corner of CORNERS) {
    const left = corner.endsWith('left') ? frame.left : frame.right - card.width;
    const top = corner.startsWith('top') ? frame.top : frame.bottom - card.height;
    const box = { left, top, right: left + card.width, bottom: top + card.height };
    if (overlap(box, open) > 0 || others.some((other) => 2 * overlap(box, other) > overlap(other, other))) continue;
    const covered = others.reduce((sum, other) => sum + overlap(box, other), 0);
    if (!best || covered < best.covered) best = { corner, covered };
  }
  return best?.corner ?? 'below';
}
