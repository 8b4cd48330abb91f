import type { TFunction } from 'i18next';
import type { PickersLocaleText } from '@mui/x-date-pickers/locales';
import { kzKZ, ruRU } from '@mui/x-date-pickers/locales';
import type { Lang } from '../../shared/regulations/types';

const BASE: Record<Lang, Partial<PickersLocaleText>> = {
  ru: ruRU.components.MuiLocalizationProvider.defaultProps.localeText,
  kk: kzKZ.components.MuiLocalizationProvider.defaultProps.localeText,
};

/**
 * The date pickers' texts. MUI X's Kazakh locale (kzKZ) leaves the field's section names, the clear label and the
 * view names in English and writes the month placeholder in Latin letters ("AA"), so every text a date (or date and
 * time) field shows or announces comes from our catalogues ("datePicker" section); the clock's own texts stay MUI's.
 */
export function pickerLocaleText(t: TFunction, lang: Lang): Partial<PickersLocaleText> {
  return {
    ...BASE[lang],
    previousMonth: t('datePicker.previousMonth'),
    nextMonth: t('datePicker.nextMonth'),
    openPreviousView: t('datePicker.openPreviousView'),
    openNextView: t('datePicker.openNextView'),
    calendarViewSwitchingButtonAriaLabel: (view) => (view === 'year' ? t('datePicker.yearViewOpen') : t('datePicker.dayViewOpen')),
    cancelButtonLabel: t('datePicker.cancel'),
    clearButtonLabel: t('datePicker.clear'),
    okButtonLabel: t('datePicker.ok'),
    todayButtonLabel: t('datePicker.today'),
    datePickerToolbarTitle: t('datePicker.toolbarTitle'),
    dateTimePickerToolbarTitle: t('datePicker.dateTimeToolbarTitle'),
    openDatePickerDialogue: (formatted) => (formatted ? t('datePicker.openPickerSelected', { date: formatted }) : t('datePicker.openPicker')),
    fieldClearLabel: t('datePicker.fieldClear'),
    dateTableLabel: t('datePicker.calendarTable'),
    fieldDayPlaceholder: () => t('datePicker.placeholderDay'),
    fieldMonthPlaceholder: () => t('datePicker.placeholderMonth'),
    fieldYearPlaceholder: ({ digitAmount }) => t('datePicker.placeholderYearLetter').repeat(digitAmount),
    fieldHoursPlaceholder: () => t('datePicker.placeholderHours'),
    fieldMinutesPlaceholder: () => t('datePicker.placeholderMinutes'),
    year: t('datePicker.year'),
    month: t('datePicker.month'),
    day: t('datePicker.day'),
    weekDay: t('datePicker.weekDay'),
    hours: t('datePicker.hours'),
    minutes: t('datePicker.minutes'),
    empty: t('datePicker.empty'),
  };
}
