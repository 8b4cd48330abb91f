import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  decideNavigation,
  decidePermission,
  decideRedirect,
  decideWindowOpen,
  hardenSession,
  hardenWebContents,
  isAppUrl,
  isSafeExternalUrl,
  secureWebPreferences,
} from '../../electron/security';

describe('webPreferences', () => {
  it('isolates and sandboxes the renderer, with no Node, no webview and web security on', () => {
    const prefs = secureWebPreferences({ preload: '/app/preload.cjs' });
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
  });
  it('print windows get no preload and may have JavaScript off', () => {
    const prefs = secureWebPreferences({ javascript: false });
    expect(prefs.preload).toBeUndefined();
    expect(prefs.javascript).toBe(false);
    expect(prefs.sandbox).toBe(true);
  });
});

describe('app URLs', () => {
  it.each([APP_ENTRY_URL, 'app://local/', 'app://local/cases/123', 'APP://LOCAL/index.html'])('%s is the app', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });
  it.each([
    'app://evil/index.html',
    'app://local.evil.com/',
    'https://local/',
    'file:///work/main/dist/renderer/index.html',
    'http://127.0.0.1:47615/',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('%s is not the app', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('navigation', () => {
  it('stays inside the app', () => {
    expect(decideNavigation('app://local/index.html#/cases')).toEqual({ allow: true });
  });
  it('sends web links to the OS browser instead of navigating', () => {
    expect(decideNavigation('https://egov.kz/')).toEqual({ allow: false, openExternally: true });
    expect(decideNavigation('http://adilet.zan.kz/rus/docs/V14R0010480')).toEqual({ allow: false, openExternally: true });
  });
  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<script>1</script>', 'app://evil/'])(
    'blocks %s without opening anything',
    (url) => {
      expect(decideNavigation(url)).toEqual({ allow: false, openExternally: false });
    },
  );
  it('follows redirects only inside the app and never opens them externally', () => {
    expect(decideRedirect('app://local/index.html')).toEqual({ allow: true });
    expect(decideRedirect('https://egov.kz/')).toEqual({ allow: false, openExternally: false });
  });
});

describe('window.open', () => {
  it('is always denied; http/https go to the OS browser', () => {
    expect(decideWindowOpen('https://egov.kz/')).toEqual({ action: 'deny', openExternally: true });
    expect(decideWindowOpen('app://local/index.html')).toEqual({ action: 'deny', openExternally: false });
    expect(decideWindowOpen('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny', openExternally: false });
    expect(decideWindowOpen('about:blank')).toEqual({ action: 'deny', openExternally: false });
  });
});

describe('external links', () => {
  it.each(['https://egov.kz/', 'http://example.kz/path?q=1#x', 'HTTPS://EGOV.KZ'])('%s may open', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
  it.each([
    'file:///etc/passwd',
    'smb://server/share',
    'javascript:alert(1)',
    'mailto:a@b.kz',
    'ms-settings:',
    'app://local/index.html',
    'https://user:secret@example.com/',
    'https://',
    'not a url',
  ])('%s may not', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    '%s is denied',
    (permission) => {
      expect(decidePermission(permission)).toBe(false);
    },
  );
});

describe('Content-Security-Policy', () => {
  it('allows only the app itself, inline styles for MUI, and nothing evaluated; only sync may connect out', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self' https: http://127.0.0.1:* http://localhost:*; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; " +
        "form-action 'none'",
    );
    // Other origins appear in connect-src only (the sync service: TLS, or a service on this machine), never for code.
    const directives = CONTENT_SECURITY_POLICY.split('; ');
    for (const directive of directives.filter((d) => !d.startsWith('connect-src'))) expect(directive).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
  });
});

/** A webContents as far as hardenWebContents touches it. */
class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

function navigationEvent(): { preventDefault: ReturnType<typeof vi.fn> } {
  return { preventDefault: vi.fn() };
}

describe('hardenWebContents wiring', () => {
  function setup(): { contents: FakeWebContents; openExternal: ReturnType<typeof vi.fn> } {
    const contents = new FakeWebContents();
    const openExternal = vi.fn(async () => {});
    hardenWebContents(contents as unknown as WebContents, { openExternal, log: () => {} });
    return { contents, openExternal };
  }

  it('denies window.open and hands web links to the OS browser', () => {
    const { contents, openExternal } = setup();
    expect(contents.windowOpenHandler?.({ url: 'https://egov.kz/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://egov.kz/');
  });

  it('prevents navigation away from the app, lets in-app navigation through', () => {
    const { contents, openExternal } = setup();
    const away = navigationEvent();
    contents.emit('will-navigate', away, 'https://egov.kz/');
    expect(away.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://egov.kz/');

    const inside = navigationEvent();
    contents.emit('will-navigate', inside, 'app://local/index.html');
    expect(inside.preventDefault).not.toHaveBeenCalled();

    const file = navigationEvent();
    contents.emit('will-navigate', file, 'file:///etc/passwd');
    expect(file.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('blocks redirects out of the app and every <webview>', () => {
    const { contents, openExternal } = setup();
    const redirect = navigationEvent();
    contents.emit('will-redirect', redirect, 'https://evil.example/');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = navigationEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('hardenSession wiring', () => {
  it('answers every permission request and check with "no" and blocks downloads', () => {
    let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let checkHandler: ((c: unknown, p: string) => boolean) | undefined;
    let deviceHandler: (() => boolean) | undefined;
    const emitter = new EventEmitter();
    const session = Object.assign(emitter, {
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
      setDevicePermissionHandler: (h: typeof deviceHandler) => (deviceHandler = h),
    });
    hardenSession(session as unknown as Session, { log: () => {} });

    const callback = vi.fn();
    requestHandler?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(checkHandler?.({}, 'clipboard-read')).toBe(false);
    expect(deviceHandler?.()).toBe(false);

    const download = navigationEvent();
    emitter.emit('will-download', download, { getURL: () => 'blob:app://local/x' });
    expect(download.preventDefault).toHaveBeenCalled();
  });
});
