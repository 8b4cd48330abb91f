/** electron/tools/install-electron.mjs (root postinstall) must never fail an install. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = path.resolve('electron/tools/install-electron.mjs');

describe('postinstall', () => {
  it('explains the skipped download and exits 0 when ELECTRON_SKIP_BINARY_DOWNLOAD is set (or reports an installed binary)', () => {
    const result = spawnSync(process.execPath, [SCRIPT], {
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /Electron's binary was not downloaded: ELECTRON_SKIP_BINARY_DOWNLOAD is set\.[\s\S]*npm start[\s\S]*node node_modules\/electron\/install\.js|Electron's binary is installed/,
    );
  });
});
