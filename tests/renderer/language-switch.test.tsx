import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../renderer/app/App';
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
    await act(async () => {
      fireEvent.click(screen.getByTestId('lang-kk'));
      await Promise.resolve();
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Мемлекеттік қызметтер — аудандық бөлімнің жұмыс орны');
    expect(document.documentElement.lang).toBe('kk');
    expect(window.localStorage.getItem('ui.language')).toBe('kk');
  });

  it('the catalogue search finds a service by a Kazakh fragment', async () => {
    render(<App />);
    await act(async () => {
      fireEvent.change(screen.getByTestId('catalogue-search'), { target: { value: 'шекаралық' } });
      await Promise.resolve();
    });
    const list = screen.getByTestId('catalogue-list');
    expect(list.textContent).toMatch(/пограничн/i);
  });
});
