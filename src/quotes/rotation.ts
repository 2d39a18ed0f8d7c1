/**
 * Automatic rotation of the quote carousel, as a ReactiveController that owns
 * its timer (pattern: shoelace `carousel/autoplay-controller.ts`).
 *
 * Behaviour (WAI-ARIA APG carousel pattern, w3c/aria-practices
 * content/patterns/carousel):
 * - rotation is off unless the host enables it (`autoplay`);
 * - under prefers-reduced-motion it starts stopped; the reader may still start it;
 * - hovering or focusing the carousel (`hold()`) stops the slides at once. The
 *   rotation control keeps saying "Stop" while held, as in the APG example, so
 *   a reader who reaches it gets what it says; but, as the pattern (stricter
 *   than the example) requires, rotation does not resume when the pointer or
 *   focus leaves (`release()`): only the rotation control (`toggle()`) restarts it;
 * - the rotation control restarts it even while held: the reader asked for it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { prefersReducedMotion } from '../shared/motion.ts';

/** Milliseconds between two slides when nothing else is set (WCAG 2.2.2 needs a stop for anything over 5 s). */
export const DEFAULT_INTERVAL = 7000;

/** Below this the attribute is taken as a mistake and the default is used. */
const MIN_INTERVAL = 50;

export interface RotationOptions {
  /** Called at every step of the rotation. */
  onTick: () => void;
  /** Whether the reader asked for reduced motion; read when rotation is enabled. */
  prefersReducedMotion?: () => boolean;
}

export class RotationController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: RotationOptions;
  private enabled = false;
  private interval = DEFAULT_INTERVAL;
  private connected = false;
  private timer?: ReturnType<typeof setInterval>;
  private runningInterval?: number;
  /** The rotation control's state: true means it offers "Stop". */
  private on = false;
  /** Pointer over or focus inside the carousel since the last start. */
  private held = { pointer: false, focus: false };

  constructor(host: ReactiveControllerHost, options: RotationOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** True when the rotation control offers "Stop" (it is on, possibly held). */
  get playing(): boolean {
    return this.on;
  }

  /** True when slides are actually moving on their own: the live region is then off. */
  get rotating(): boolean {
    return this.on && !this.held.pointer && !this.held.focus;
  }

  /** Applies the host's `autoplay` and interval; starting honours reduced motion. */
  configure(enabled: boolean, interval: number | undefined): void {
    this.interval =
      interval !== undefined && Number.isFinite(interval) && interval >= MIN_INTERVAL ? interval : DEFAULT_INTERVAL;
    if (enabled !== this.enabled) {
      this.enabled = enabled;
      this.on = enabled && !(this.options.prefersReducedMotion ?? prefersReducedMotion)();
      this.held = { pointer: false, focus: false };
    }
    this.sync();
  }

  /** The rotation control: stop, or (re)start even while held. */
  toggle(): void {
    if (!this.enabled) return;
    this.on = !this.on;
    this.held = { pointer: false, focus: false };
    this.changed();
  }

  /** Stops rotation for good (until the rotation control), e.g. after a filter or a highlight. */
  stop(): void {
    if (!this.on) return;
    this.on = false;
    this.changed();
  }

  /** The pointer entered or focus moved inside the carousel. */
  hold(by: 'pointer' | 'focus'): void {
    if (!this.on || this.held[by]) return;
    this.held = { ...this.held, [by]: true };
    this.changed();
  }

  /** The pointer or focus left: rotation stays stopped if it was held. */
  release(by: 'pointer' | 'focus'): void {
    if (!this.held[by]) return;
    this.held = { ...this.held, [by]: false };
    if (!this.held.pointer && !this.held.focus) this.on = false;
    this.changed();
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.sync();
  }

  private changed(): void {
    this.sync();
    this.host.requestUpdate();
  }

  /** Runs the timer exactly when slides should move, at the current interval. */
  private sync(): void {
    const run = this.connected && this.rotating;
    if (this.timer !== undefined && (!run || this.runningInterval !== this.interval)) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
    if (run && this.timer === undefined) {
      this.runningInterval = this.interval;
      this.timer = setInterval(() => this.options.onTick(), this.interval);
    }
  }
}
