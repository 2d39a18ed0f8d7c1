import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_INTERVAL, RotationController } from './rotation.ts';

/** A minimal host: the controller only adds itself and asks for updates. */
function setup(reducedMotion = false) {
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost = {
    addController: (c) => controllers.push(c),
    removeController: () => undefined,
    requestUpdate: vi.fn(),
    updateComplete: Promise.resolve(true),
  };
  const onTick = vi.fn();
  const rotation = new RotationController(host, { onTick, prefersReducedMotion: () => reducedMotion });
  controllers.forEach((c) => c.hostConnected?.());
  return { rotation, onTick, host };
}

describe('RotationController', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('does not rotate unless enabled', () => {
    const { rotation, onTick } = setup();
    rotation.configure(false, 1000);
    vi.advanceTimersByTime(5000);
    expect(onTick).not.toHaveBeenCalled();
    expect(rotation.playing).toBe(false);
  });

  it('ticks every interval once enabled', () => {
    const { rotation, onTick } = setup();
    rotation.configure(true, 1000);
    expect(rotation.rotating).toBe(true);
    vi.advanceTimersByTime(3500);
    expect(onTick).toHaveBeenCalledTimes(3);
  });

  it('falls back to DEFAULT_INTERVAL for a missing or absurd interval', () => {
    const { rotation, onTick } = setup();
    rotation.configure(true, 0);
    vi.advanceTimersByTime(DEFAULT_INTERVAL - 1);
    expect(onTick).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onTick).toHaveBeenCalledTimes(1);
  });

  it('starts stopped under prefers-reduced-motion, and the reader may start it', () => {
    const { rotation, onTick } = setup(true);
    rotation.configure(true, 1000);
    vi.advanceTimersByTime(5000);
    expect(onTick).not.toHaveBeenCalled();
    expect(rotation.playing).toBe(false);
    rotation.toggle();
    vi.advanceTimersByTime(1000);
    expect(onTick).toHaveBeenCalledTimes(1);
  });

  it('hold() stops the slides but the control still offers Stop', () => {
    const { rotation, onTick } = setup();
    rotation.configure(true, 1000);
    rotation.hold('pointer');
    vi.advanceTimersByTime(5000);
    expect(onTick).not.toHaveBeenCalled();
    expect(rotation.playing).toBe(true);
    expect(rotation.rotating).toBe(false);
  });

  it('release() does not resume rotation: it stays stopped', () => {
    const { rotation, onTick } = setup();
    rotation.configure(true, 1000);
    rotation.hold('focus');
    rotation.release('focus');
    vi.advanceTimersByTime(5000);
    expect(onTick).not.toHaveBeenCalled();
    expect(rotation.playing).toBe(false);
  });

  it('stays held until both pointer and focus have left', () => {
    const { rotation } = setup();
    rotation.configure(true, 1000);
    rotation.hold('focus');
    rotation.hold('pointer');
    rotation.release('pointer');
    expect(rotation.playing).toBe(true);
    rotation.release('focus');
    expect(rotation.playing).toBe(false);
  });

  it('toggle() stops, then restarts even while the pointer is still over the carousel', () => {
    const { rotation, onTick } = setup();
    rotation.configure(true, 1000);
    rotation.hold('pointer');
    rotation.toggle();
    expect(rotation.playing).toBe(false);
    rotation.toggle();
    expect(rotation.rotating).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(onTick).toHaveBeenCalledTimes(1);
    rotation.release('pointer');
    expect(rotation.rotating).toBe(true);
  });

  it('stops its timer when the host disconnects', () => {
    const { rotation, onTick } = setup();
    rotation.configure(true, 1000);
    rotation.hostDisconnected();
    vi.advanceTimersByTime(5000);
    expect(onTick).not.toHaveBeenCalled();
  });

  it('restarts its timer at a new interval', () => {
    const { rotation, onTick } = setup();
    rotation.configure(true, 1000);
    rotation.configure(true, 3000);
    vi.advanceTimersByTime(2000);
    expect(onTick).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(onTick).toHaveBeenCalledTimes(1);
  });
});
