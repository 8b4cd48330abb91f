/**
 * The application menu, in the UI language. Labels come from the "menu" section of shared/i18n/ru.json and kk.json;
 * main rebuilds the menu whenever the renderer reports a language change (IpcChannel.setLanguage).
 *
 * `buildMenuTemplate` is pure (tests/electron/menu.test.ts compares ru and kk); main turns it into a Menu.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { UiLanguage } from '../shared/ipc/contract';
import { LANGS, messages } from '../shared/i18n/languages';

/** What the menu's own items do; main supplies them. */
export type MenuActions = {
  savePdf: () => void;
  print: () => void;
  chooseLanguage: (language: UiLanguage) => void;
  showAbout: () => void;
};

export type MenuOptions = {
  /** macOS wants the first menu to be the app menu. */
  isMac: boolean;
  /** Developer tools are offered only outside installed builds. */
  isPackaged: boolean;
};

export function buildMenuTemplate(
  language: UiLanguage,
  actions: MenuActions,
  options: MenuOptions,
): MenuItemConstructorOptions[] {
  const m = messages[language].menu;
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions[] = options.isMac
    ? [
        {
          role: 'appMenu',
          label: messages[language].app.shortTitle,
          submenu: [{ label: m.about, click: actions.showAbout }, separator, { role: 'quit', label: m.quit }],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: m.file,
    submenu: [
      { label: m.printToPdf, accelerator: 'CmdOrCtrl+Shift+S', click: actions.savePdf },
      { label: m.print, accelerator: 'CmdOrCtrl+P', click: actions.print },
      ...(options.isMac ? [] : [separator, { role: 'quit', label: m.quit } satisfies MenuItemConstructorOptions]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: m.edit,
    submenu: [
      { role: 'undo', label: m.undo },
      { role: 'redo', label: m.redo },
      separator,
      { role: 'cut', label: m.cut },
      { role: 'copy', label: m.copy },
      { role: 'paste', label: m.paste },
      { role: 'selectAll', label: m.selectAll },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: m.view,
    submenu: [
      { role: 'reload', label: m.reload },
      separator,
      { role: 'resetZoom', label: m.resetZoom },
      { role: 'zoomIn', label: m.zoomIn },
      { role: 'zoomOut', label: m.zoomOut },
      separator,
      { role: 'togglefullscreen', label: m.toggleFullScreen },
      ...(options.isPackaged
        ? []
        : [separator, { role: 'toggleDevTools', label: m.toggleDevTools } satisfies MenuItemConstructorOptions]),
    ],
  };

  // Each language is named in itself ("Русский", "Қазақша"), so a user who cannot read the current one finds theirs.
  const languageMenu: MenuItemConstructorOptions = {
    label: m.language,
    submenu: LANGS.map(
      (lang): MenuItemConstructorOptions => ({
        label: messages[lang].app.languageName,
        type: 'radio',
        checked: lang === language,
        click: () => actions.chooseLanguage(lang),
      }),
    ),
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: m.window,
    submenu: [
      { role: 'minimize', label: m.minimize },
      { role: 'close', label: m.close },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: m.help,
    submenu: [{ label: m.about, click: actions.showAbout }],
  };

  return [...appMenu, file, edit, view, languageMenu, windowMenu, help];
}

/** The About dialog's text, with `{{version}}` and `{{dataFolder}}` filled in. */
export function aboutDetail(language: UiLanguage, values: { version: string; dataFolder: string }): string {
  return messages[language].menu.aboutDetail
    .replace('{{version}}', values.version)
    .replace('{{dataFolder}}', values.dataFolder);
}

/** The window title for a language. */
export function windowTitle(language: UiLanguage): string {
  return messages[language].app.title;
}
