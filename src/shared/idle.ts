/**
 * Runs work the reader does not wait for when the browser is idle, or after
 * `timeout` ms at the latest; where requestIdleCallback is missing (Safari),
 * after the next frame.
 */
export function whenIdle(work: () => void, timeout: number): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout });
  else requestAnimationFrame(() => setTimeout(work));
}
