import { describe, expect, it, vi } from 'vitest';
import {
  clampToDisplays,
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  MIN_WINDOW_SIZE,
  parseWindowState,
  trackWindowState,
  type Rect,
} from '../../electron/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1366, height: 728 };
const monitorOnTheRight: Rect = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('window state', () => {
  it('keeps a position that is visible on a display', () => {
    const state = { x: 1500, y: 100, width: 1200, height: 800, maximized: false };
    expect(clampToDisplays(state, [laptop, monitorOnTheRight])).toEqual(state);
  });

  it('drops the position when the monitor it was on is gone (window opens centred)', () => {
    const state = { x: 1500, y: 100, width: 1200, height: 700, maximized: false };
    expect(clampToDisplays(state, [laptop])).toEqual({ width: 1200, height: 700, maximized: false });
  });

  it('drops a position whose title bar would be off-screen', () => {
    expect(clampToDisplays({ x: 100, y: -500, width: 1000, height: 700, maximized: false }, [laptop])).not.toHaveProperty('x');
    expect(clampToDisplays({ x: 1300, y: 10, width: 1000, height: 700, maximized: false }, [laptop])).not.toHaveProperty('x');
  });

  it('shrinks a window larger than every display, never below the minimum size', () => {
    expect(clampToDisplays({ width: 4000, height: 3000, maximized: true }, [laptop])).toEqual({
      width: 1366,
      height: 728,
      maximized: true,
    });
    expect(clampToDisplays({ width: 200, height: 100, maximized: false }, [laptop])).toEqual({
      ...MIN_WINDOW_SIZE,
      maximized: false,
    });
  });

  it.each([undefined, '', 'not json', '{"width":"big"}', '{"width":-5,"height":10,"maximized":false}', 'null'])(
    'falls back to the default for %j',
    (json) => {
      expect(parseWindowState(json)).toEqual(DEFAULT_WINDOW_STATE);
    },
  );

  it('saves the normal bounds when the window closes and reads them back', () => {
    const files = new Map<string, string>();
    const io = { readText: (p: string) => files.get(p), writeText: (p: string, t: string) => void files.set(p, t) };
    let onClose: (() => void) | undefined;
    const window = {
      getNormalBounds: () => ({ x: 40, y: 30, width: 1100, height: 700 }),
      isMaximized: () => true,
      on: (_event: 'close', listener: () => void) => (onClose = listener),
    };
    trackWindowState(window, '/data/window-state.json', io, () => {});
    onClose?.();
    expect(loadWindowState('/data/window-state.json', [laptop], io)).toEqual({
      x: 40,
      y: 30,
      width: 1100,
      height: 700,
      maximized: true,
    });
  });

  it('logs instead of throwing when the state cannot be saved', () => {
    const log = vi.fn();
    let onClose: (() => void) | undefined;
    trackWindowState(
      { getNormalBounds: () => laptop, isMaximized: () => false, on: (_e, l) => (onClose = l) },
      '/read-only/window-state.json',
      {
        readText: () => undefined,
        writeText: () => {
          throw new Error('EROFS');
        },
      },
      log,
    );
    expect(() => onClose?.()).not.toThrow();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('EROFS'));
  });
});
