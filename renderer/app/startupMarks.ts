import { useEffect, useState } from 'react';

/**
 * Named points of the cold start (entry evaluated → login screen → signed in → first worklist rows painted) as
 * `performance.mark()`s, so the benchmark (tests/bench/run-bench.mjs) and the DevTools timeline show where the time of
 * a start goes. Each point is marked once per window: the first login screen, the first worklist rows.
 */
export type StartupPoint =
  | 'entry-evaluated'
  | 'i18n-ready'
  | 'store-opened'
  | 'login-screen-rendered'
  | 'login-submitted'
  | 'login-verified'
  | 'store-bound'
  | 'workstation-chunk-loaded'
  | 'workstation-rendered'
  | 'worklist-query-resolved'
  | 'worklist-rows-painted';

const marked = new Set<StartupPoint>();
const listeners = new Set<(point: StartupPoint) => void>();

export function markStartup(point: StartupPoint): void {
  if (marked.has(point)) return;
  marked.add(point);
  for (const listener of listeners) listener(point);
  // performance.mark is missing in some test environments; a start without marks is still a start.
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(`app:${point}`);
}

/**
 * Runs `work` after the next frame is painted (a rAF callback, then a task: the frame has been produced); at once in a
 * task where there are no frames (tests). Returns a cancel function.
 */
function afterPaint(work: () => void): () => void {
  let timer: number | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = window.setTimeout(work, 0);
    return () => window.clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/** Runs `work` when the main thread is next idle, `timeoutMs` at the latest (a task where idle callbacks are missing). */
function whenIdle(work: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const idle = requestIdleCallback(work, { timeout: timeoutMs });
    return () => cancelIdleCallback(idle);
  }
  const timer = window.setTimeout(work, 0);
  return () => window.clearTimeout(timer);
}

/** Marks `point` after the next frame is painted. */
export function markStartupAfterPaint(point: StartupPoint): void {
  if (marked.has(point) || typeof requestAnimationFrame !== 'function') return;
  afterPaint(() => markStartup(point));
}

/**
 * True once `point` has passed in this window and the main thread is next idle, or `fallbackMs` after the component
 * mounted (a start that never reaches the point, e.g. a desk without a worklist, must not wait for it). For work that
 * should not compete with the first screen, e.g. the app bar's counters after the first worklist rows.
 */
export function useAfterStartupPoint(point: StartupPoint, fallbackMs: number): boolean {
  const [passed, setPassed] = useState(false);
  useEffect(() => {
    if (passed) return;
    let cancelIdle: (() => void) | undefined;
    const pass = () => setPassed(true);
    const listener = (reached: StartupPoint) => {
      if (reached === point) cancelIdle ??= whenIdle(pass, fallbackMs);
    };
    if (marked.has(point)) cancelIdle = whenIdle(pass, fallbackMs);
    else listeners.add(listener);
    const timer = window.setTimeout(pass, fallbackMs);
    return () => {
      listeners.delete(listener);
      window.clearTimeout(timer);
      cancelIdle?.();
    };
  }, [passed, point, fallbackMs]);
  return passed;
}

/**
 * Runs `work` after the next frame is painted, once the main thread is idle (or `timeoutMs` after the paint at the
 * latest): for loading what the first screen does not need (other chunks, component locales), so that it neither
 * delays that screen nor the first keystrokes in it. Returns a cancel function (for effect clean-ups).
 */
export function afterPaintWhenIdle(work: () => void, timeoutMs = 1000): () => void {
  let cancelIdle: (() => void) | undefined;
  const cancelPaint = afterPaint(() => {
    cancelIdle = whenIdle(work, timeoutMs);
  });
  return () => {
    cancelPaint();
    cancelIdle?.();
  };
}
