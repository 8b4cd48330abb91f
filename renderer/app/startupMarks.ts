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

/** Marks `point` after the next frame is painted (a rAF callback, then a task: the frame has been produced). */
export function markStartupAfterPaint(point: StartupPoint): void {
  if (marked.has(point) || typeof requestAnimationFrame !== 'function') return;
  requestAnimationFrame(() => setTimeout(() => markStartup(point), 0));
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
    let idle: number | undefined;
    const whenIdle = () => {
      if (idle !== undefined) return;
      idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(() => setPassed(true), { timeout: fallbackMs }) : window.setTimeout(() => setPassed(true), 0);
    };
    const listener = (reached: StartupPoint) => reached === point && whenIdle();
    if (marked.has(point)) whenIdle();
    else listeners.add(listener);
    const timer = window.setTimeout(() => setPassed(true), fallbackMs);
    return () => {
      listeners.delete(listener);
      window.clearTimeout(timer);
      if (idle !== undefined) {
        if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
        window.clearTimeout(idle);
      }
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
  let cancelled = false;
  let idle: number | undefined;
  let timer: number | undefined;
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => {
    timer = window.setTimeout(() => {
      if (cancelled) return;
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(() => !cancelled && work(), { timeout: timeoutMs });
      else work();
    }, 0);
  }) : undefined;
  if (frame === undefined) timer = window.setTimeout(() => !cancelled && work(), 0);
  return () => {
    cancelled = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    window.clearTimeout(timer);
    if (idle !== undefined && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
  };
}
