import type { ReactElement } from 'react';
import { act, cleanup, fireEvent, render as renderBare, screen, within } from '@testing-library/react';
import i18nextForPickers from 'i18next';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import 'dayjs/locale/ru';
import { pickerLocaleText } from '../../renderer/i18n/pickerLocale';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { almatyLocalOf, instantOfAlmatyLocal, SittingDialog, type SittingComposition } from '../../renderer/desks/commission/SittingDialog';
import { setupI18n } from '../../renderer/i18n/setup';
import { typeIntoSections } from './pickerKeys';

/** The dialog as the app shows it: under the app's one date-picker provider. */
const render = (ui: ReactElement) =>
  renderBare(
    <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale="ru" localeText={pickerLocaleText(i18nextForPickers.t, 'ru')}>
      {ui}
    </LocalizationProvider>,
  );

/** Types ДД.ММ.ГГГГ ЧЧ:ММ digits into the sitting's date-time field, section by section, as the keyboard does. */
function typeHeldAt(digits: string): Promise<void> {
  return typeIntoSections(within(screen.getByTestId('sitting-held-at')).getAllByRole('spinbutton')[0]!, digits);
}
import type { ActionInput } from '../../shared/store/perform';

const NOW = Date.parse('2026-11-18T05:00:00.000Z'); // 10:00 in Almaty
const composition: SittingComposition = {
  row: {
    id: 'row-1',
    officeId: 'ALM-AU',
    commissionId: 'district-commission',
    name: { ru: 'Участковая комиссия № 1', kk: '№ 1 учаскелік комиссия' },
    members: [
      { userId: 'chair-1', role: 'commission_chair' },
      { userId: 'member-1', role: 'commission_member' },
      { userId: 'member-2', role: 'commission_member' },
    ],
  },
  members: [
    { userId: 'chair-1', role: 'commission_chair', name: 'Иманова Сәуле' },
    { userId: 'member-1', role: 'commission_member', name: 'Қасымов Бауыржан' },
    { userId: 'member-2', role: 'commission_member', name: 'Омарова Гүлнар' },
  ],
};

describe('the chair\'s sitting form (jsdom)', () => {
  beforeAll(() => {
    setupI18n();
  });
  afterEach(async () => {
    cleanup();
    await i18next.changeLanguage('ru');
  });

  it('converts Almaty local time both ways, whatever the machine zone', () => {
    expect(almatyLocalOf(NOW)).toBe('2026-11-18T10:00');
    expect(instantOfAlmatyLocal('2026-11-18T10:00')).toBe('2026-11-18T05:00:00.000Z');
    // Before 1 March 2024 Almaty was UTC+6.
    expect(instantOfAlmatyLocal('2024-01-10T10:00')).toBe('2024-01-10T04:00:00.000Z');
    expect(instantOfAlmatyLocal('')).toBeUndefined();
  });

  it('starts with everyone present, shows the quorum as the chair unticks, and submits the attendance', async () => {
    const performed: ActionInput[] = [];
    let closed = false;
    render(
      <SittingDialog
        compositions={[composition]}
        now={() => NOW}
        onClose={() => {
          closed = true;
        }}
        onPerform={async (input) => {
          performed.push(input);
          return { ok: true };
        }}
      />,
    );
    const quorum = screen.getByTestId('sitting-quorum');
    expect(quorum.textContent).toContain('Кворум есть');
    expect(quorum.textContent).toContain('Присутствуют 3 из 3');
    await act(async () => {
      fireEvent.click(screen.getByRole('checkbox', { name: /Қасымов Бауыржан/ }));
      fireEvent.click(screen.getByRole('checkbox', { name: /Омарова Гүлнар/ }));
      await Promise.resolve();
    });
    expect(quorum.textContent).toContain('Кворума нет');
    expect(quorum.textContent).toContain('Присутствуют 1 из 3; кворум — не менее 2');
    await act(async () => {
      fireEvent.click(screen.getByRole('checkbox', { name: /Омарова Гүлнар/ }));
      await Promise.resolve();
    });
    expect(quorum.textContent).toContain('Кворум есть');

    // The place is required.
    await act(async () => {
      fireEvent.click(screen.getByTestId('action-submit'));
      await Promise.resolve();
    });
    expect(performed).toHaveLength(0);
    expect(screen.getByText('Заполните поле')).toBeTruthy();

    await act(async () => {
      fireEvent.change(screen.getByTestId('sitting-place'), { target: { value: '  Кабинет 12 ' } });
      fireEvent.click(screen.getByTestId('action-submit'));
      await Promise.resolve();
    });
    expect(performed).toHaveLength(1);
    expect(performed[0]).toMatchObject({
      type: 'commission.sitting',
      commissionId: 'district-commission',
      compositionId: 'row-1',
      heldAt: '2026-11-18T05:00:00.000Z',
      place: 'Кабинет 12',
      present: [composition.members[0], composition.members[2]],
      absent: [composition.members[1]],
    });
    expect(closed).toBe(true);
  });

  it('refuses a sitting in the future and shows the engine\'s refusal', async () => {
    const performed: ActionInput[] = [];
    render(
      <SittingDialog
        compositions={[composition]}
        now={() => NOW}
        onClose={() => undefined}
        onPerform={async (input) => {
          performed.push(input);
          return { ok: false, reason: { ru: 'Нет кворума: отказ движка', kk: 'Кворум жоқ' } };
        }}
      />,
    );
    await act(async () => {
      fireEvent.change(screen.getByTestId('sitting-place'), { target: { value: 'Кабинет 12' } });
      await Promise.resolve();
    });
    await typeHeldAt('181120261130');
    await act(async () => {
      fireEvent.click(screen.getByTestId('action-submit'));
      await Promise.resolve();
    });
    expect(performed).toHaveLength(0);
    expect(screen.getByText('Заседание не может быть позже текущего момента')).toBeTruthy();
    await typeHeldAt('181120260930');
    await act(async () => {
      fireEvent.click(screen.getByTestId('action-submit'));
      await Promise.resolve();
    });
    expect(performed).toHaveLength(1);
    expect((await screen.findByRole('alert')).textContent).toContain('Нет кворума: отказ движка');
  });

  it('without a composition of this service\'s commission it tells where the administrator creates one (in Kazakh too)', async () => {
    await i18next.changeLanguage('kk');
    render(<SittingDialog compositions={[]} now={() => NOW} onClose={() => undefined} onPerform={async () => ({ ok: true })} />);
    expect(screen.getByTestId('sitting-no-composition').textContent).toContain('Пайдаланушылар');
    expect(screen.getByTestId('action-submit')).toHaveProperty('disabled', true);
  });
});
