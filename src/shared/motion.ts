/**
 * The reader's motion preference (WCAG 2.3.3), read in one place by every
 * animation: the count-up, the carousel's rotation.
 */
const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** The live media query list, for code that follows changes. */
export const reducedMotionQuery = (): MediaQueryList => matchMedia(REDUCED_MOTION);

/** Whether the reader asked for reduced motion, now. False where there is no window (Node tests). */
export const prefersReducedMotion = (): boolean => typeof matchMedia === 'function' && reducedMotionQuery().matches;
