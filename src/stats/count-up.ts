/**
 * Counts figures up from zero once, when the host first scrolls into view.
 *
 * - Never under prefers-reduced-motion (WCAG 2.3.3): the final values show at
 *   once, and a count under way ends as soon as the preference is set.
 * - Only what is drawn changes: the host keeps the final values for assistive
 *   technology and for layout (see nso-stats), and reads `value(final)` for
 *   the digits it draws.
 * - It plays once: scrolling back, re-rendering or changing language never
 *   replays it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle } from '../shared/idle.ts';
import { reducedMotionQuery } from '../shared/motion.ts';

export interface CountUpOptions {
  /** Read on every host update: the count-up may be switched on or off at any time. */
  enabled: () => boolean;
  /** Readies what the frames will need (formatters), called when the browser is idle once the count-up is armed. */
  prepare?: () => void;
}

/** Milliseconds from zero to the final value. */
const DURATION = 1200;

/** off: final values, not started; waiting: zero until in view; running; done: played once. */
type Phase = 'off' | 'waiting' | 'running' | 'done';

/** Fast, then settling on the value: the eye reads the last digits as they slow down. */
const easeOutCubic = (t: number): number => 1 - (1 - t) ** 3;

export class CountUpController implements ReactiveController {
  private phase: Phase = 'off';
  private progress = 1;
  private frame = 0;
  private observer?: IntersectionObserver;
  private motion?: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: CountUpOptions,
  ) {
    host.addController(this);
  }

  /** Whether drawn digits may differ from the final values right now. */
  get counting(): boolean {
    return this.phase === 'waiting' || this.phase === 'running';
  }

  /** The value to draw for a figure whose final value is `final`. */
  value(final: number): number {
    if (!this.counting) return final;
    const current = final * this.progress;
    return Number.isInteger(final) ? Math.round(current) : current;
  }

  hostConnected(): void {
    this.motion = reducedMotionQuery();
    this.motion.addEventListener('change', this.onMotionChange);
  }

  hostUpdate(): void {
    if (this.phase === 'off' && this.options.enabled() && !this.motion?.matches) this.arm();
    else if (this.counting && !this.options.enabled()) this.finish();
  }

  hostDisconnected(): void {
    this.motion?.removeEventListener('change', this.onMotionChange);
    this.stop();
    // Taken out of the page before it played: play when back in view.
    if (this.counting) {
      this.phase = 'off';
      this.progress = 1;
    }
  }

  private arm(): void {
    this.phase = 'waiting';
    this.progress = 0;
    // Start when the panel's top is well inside the viewport, not at its very edge.
    this.observer = new IntersectionObserver(this.onIntersect, { rootMargin: '0px 0px -15% 0px' });
    this.observer.observe(this.host);
    if (this.options.prepare) whenIdle(this.options.prepare, 1000);
  }

  private readonly onIntersect = (entries: IntersectionObserverEntry[]): void => {
    if (this.phase !== 'waiting' || !entries.some((entry) => entry.isIntersecting)) return;
    this.observer?.disconnect();
    this.phase = 'running';
    const start = performance.now();
    const tick = (now: number) => {
      const t = Math.min(1, (now - start) / DURATION);
      this.progress = easeOutCubic(t);
      if (t < 1) this.frame = requestAnimationFrame(tick);
      else this.phase = 'done';
      this.host.requestUpdate();
    };
    this.frame = requestAnimationFrame(tick);
  };

  private readonly onMotionChange = (): void => {
    if (this.motion?.matches && this.counting) this.finish();
  };

  private finish(): void {
    this.stop();
    this.phase = 'done';
    this.progress = 1;
    this.host.requestUpdate();
  }

  private stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }
}
