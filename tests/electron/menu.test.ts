import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import ru from '../../shared/i18n/ru.json';
import kk from '../../shared/i18n/kk.json';
import { aboutDetail, buildMenuTemplate, windowTitle, type MenuActions } from '../../electron/menu';

function actions() {
  return {
    savePdf: vi.fn<() => void>(),
    print: vi.fn<() => void>(),
    chooseLanguage: vi.fn<MenuActions['chooseLanguage']>(),
    showAbout: vi.fn<() => void>(),
  } satisfies MenuActions;
}

/** The menu without its labels: what must be identical in both languages. */
function structure(items: MenuItemConstructorOptions[]): unknown[] {
  return items.map((item) => ({
    type: item.type ?? 'normal',
    role: item.role,
    accelerator: item.accelerator,
    hasClick: item.click !== undefined,
    submenu: Array.isArray(item.submenu) ? structure(item.submenu) : undefined,
  }));
}

function labels(items: MenuItemConstructorOptions[]): Array<string | undefined> {
  return items.flatMap((item) => [
    ...(item.type === 'separator' ? [] : [item.label]),
    ...(Array.isArray(item.submenu) ? labels(item.submenu) : []),
  ]);
}

const platforms = [
  { isMac: false, isPackaged: false },
  { isMac: false, isPackaged: true },
  { isMac: true, isPackaged: true },
];

describe('application menu', () => {
  it('ru.json and kk.json have the same "menu" keys', () => {
    expect(Object.keys(kk.menu).sort()).toEqual(Object.keys(ru.menu).sort());
  });

  it.each(platforms)('has the same structure in ru and kk, every label non-empty (%o)', (options) => {
    const ruMenu = buildMenuTemplate('ru', actions(), options);
    const kkMenu = buildMenuTemplate('kk', actions(), options);
    expect(structure(kkMenu)).toEqual(structure(ruMenu));
    for (const menu of [ruMenu, kkMenu]) {
      for (const label of labels(menu)) {
        expect(typeof label).toBe('string');
        expect(label?.trim()).not.toBe('');
      }
    }
  });

  it('is actually translated', () => {
    const ruTop = buildMenuTemplate('ru', actions(), platforms[0]!).map((item) => item.label);
    const kkTop = buildMenuTemplate('kk', actions(), platforms[0]!).map((item) => item.label);
    expect(ruTop).toContain(ru.menu.edit);
    expect(kkTop).toContain(kk.menu.edit);
    expect(kkTop).not.toEqual(ruTop);
  });

  it('offers each language in its own name, the current one checked, and reports a choice', () => {
    const menuActions = actions();
    const menu = buildMenuTemplate('kk', menuActions, platforms[0]!);
    const languageMenu = menu.find((item) => item.label === kk.menu.language);
    const items = languageMenu?.submenu as MenuItemConstructorOptions[];
    expect(items.map((item) => [item.label, item.checked])).toEqual([
      [ru.app.languageName, false],
      [kk.app.languageName, true],
    ]);
    items[0]?.click?.({} as never, undefined, {});
    expect(menuActions.chooseLanguage).toHaveBeenCalledWith('ru');
  });

  it('wires "save as PDF", "print" and "about"', () => {
    const menuActions = actions();
    const all = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? all(item.submenu) : [])]);
    const flat = all(buildMenuTemplate('ru', menuActions, platforms[0]!));
    for (const [label, action] of [
      [ru.menu.printToPdf, menuActions.savePdf],
      [ru.menu.print, menuActions.print],
      [ru.menu.about, menuActions.showAbout],
    ] as const) {
      flat.find((item) => item.label === label)?.click?.({} as never, undefined, {});
      expect(action).toHaveBeenCalledTimes(1);
    }
  });

  it('hides developer tools in installed builds', () => {
    const hasDevTools = (isPackaged: boolean): boolean =>
      JSON.stringify(buildMenuTemplate('ru', actions(), { isMac: false, isPackaged })).includes('toggleDevTools');
    expect(hasDevTools(false)).toBe(true);
    expect(hasDevTools(true)).toBe(false);
  });

  it('fills the about text and titles the window per language', () => {
    expect(aboutDetail('kk', { version: '0.1.0', dataFolder: '/data' })).toContain('0.1.0');
    expect(aboutDetail('ru', { version: '0.1.0', dataFolder: '/data' })).toContain('/data');
    expect(aboutDetail('ru', { version: '0.1.0', dataFolder: '/data' })).not.toContain('{{');
    expect(windowTitle('ru')).toBe(ru.app.title);
    expect(windowTitle('kk')).toBe(kk.app.title);
  });
});
