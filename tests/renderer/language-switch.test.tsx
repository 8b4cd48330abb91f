import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../renderer/app/App';
import { CatalogueBrowser } from '../../renderer/catalogue/CatalogueBrowser';
import { setupI18n } from '../../renderer/i18n/setup';

describe('App shell (jsdom)', () => {
  beforeAll(() => {
    setupI18n();
  });
  afterEach(async () => {
    cleanup();
    await i18next.changeLanguage('ru');
    window.localStorage.clear();
  });

  it('renders in Russian by default and switches to Kazakh instantly, remembering the choice', async () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Государственные услуги — рабочее место районного отдела');
    // A new workstation (empty IndexedDB) asks to set up its office first.
    expect(await screen.findByRole('heading', { level: 2, name: 'Первый запуск: настройка офиса' })).toBeTruthy();
    // … or to restore it from a backup (a new computer of an existing office).
    expect(screen.getByRole('heading', { level: 2, name: 'Или восстановить базу из резервной копии' })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByTestId('lang-kk'));
      await Promise.resolve();
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Мемлекеттік қызметтер — аудандық бөлімнің жұмыс орны');
    expect(screen.getByRole('heading', { level: 2, name: 'Алғашқы іске қосу: кеңсені баптау' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Немесе базаны сақтық көшірмеден қалпына келтіру' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('kk');
    expect(window.localStorage.getItem('ui.language')).toBe('kk');
  });

  it('the catalogue search finds a service by a Kazakh fragment', async () => {
    render(<CatalogueBrowser />);
    await act(async () => {
      fireEvent.change(screen.getByTestId('catalogue-search'), { target: { value: 'шекаралық' } });
      await Promise.resolve();
    });
    const list = screen.getByTestId('catalogue-list');
    expect(list.textContent).toMatch(/пограничн/i);
    expect(list.textContent).not.toMatch(/безработн/i);
  });
});
