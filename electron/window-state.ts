/**
 * The main window's size and position, kept in `<userData>/window-state.json` and restored on the next start —
 * clamped to a display that still exists (a laptop undocked from its second monitor must not open off-screen).
 */
import { z } from 'zod';

export const WindowState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

export type Rect = { x: number; y: number; width: number; height: number };

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;

/** How much of the window (its title bar region) must lie on a display for the saved position to be kept. */
const MIN_VISIBLE = { width: 120, height: 40 } as const;

function visibleOverlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Fits a saved state to the current displays (their work areas; the first one is the primary). The size shrinks to
 * the largest work area; a position whose title bar would not be visible on any display is dropped, so the window
 * opens centred on the primary display.
 */
export function clampToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const largest = workAreas.reduce<{ width: number; height: number }>(
    (acc, area) => ({ width: Math.max(acc.width, area.width), height: Math.max(acc.height, area.height) }),
    { width: 0, height: 0 },
  );
  const width = Math.max(MIN_WINDOW_SIZE.width, largest.width > 0 ? Math.min(state.width, largest.width) : state.width);
  const height = Math.max(
    MIN_WINDOW_SIZE.height,
    largest.height > 0 ? Math.min(state.height, largest.height) : state.height,
  );
  const sized: WindowState = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return sized;

  const titleBar: Rect = { x: state.x, y: state.y, width, height: MIN_VISIBLE.height };
  const onSomeDisplay = workAreas.some((area) => {
    const overlap = visibleOverlap(titleBar, area);
    return overlap.width >= MIN_VISIBLE.width && overlap.height >= MIN_VISIBLE.height;
  });
  return onSomeDisplay ? { ...sized, x: state.x, y: state.y } : sized;
}

/** Reads the saved state; anything missing, unreadable or malformed gives the default. */
export function parseWindowState(json: string | undefined): WindowState {
  if (json === undefined) return DEFAULT_WINDOW_STATE;
  try {
    const parsed = WindowState.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export type WindowStateFiles = {
  readText: (filePath: string) => string | undefined;
  writeText: (filePath: string, text: string) => void;
};

/** The saved state fitted to the current displays. */
export function loadWindowState(filePath: string, workAreas: readonly Rect[], files: WindowStateFiles): WindowState {
  return clampToDisplays(parseWindowState(files.readText(filePath)), workAreas);
}

/** What the window exposes to be tracked (a BrowserWindow satisfies it). */
export type TrackedWindow = {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  on(event: 'close', listener: () => void): unknown;
};

/** Saves the window's normal (un-maximized) bounds and maximized flag when it closes. */
export function trackWindowState(
  window: TrackedWindow,
  filePath: string,
  files: WindowStateFiles,
  log: (message: string) => void,
): void {
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    const state: WindowState = { ...bounds, maximized: window.isMaximized() };
    try {
      files.writeText(filePath, JSON.stringify(state));
    } catch (error) {
      log(`could not save the window state: ${String(error)}`);
    }
  });
}
