import { useRef, useState, type FocusEvent, type Ref } from 'react';
import type { SxProps, Theme } from '@mui/material/styles';
import { DesktopDatePicker } from '@mui/x-date-pickers/DesktopDatePicker';
import { DesktopDateTimePicker } from '@mui/x-date-pickers/DesktopDateTimePicker';
import type { FieldRef } from '@mui/x-date-pickers/models';
import type { TFunction } from 'i18next';
import type { Dayjs } from 'dayjs';
import { formatIsoDate } from '../i18n/useLang';
import { useLang } from '../i18n/useLang';
import { EARLIEST_DATE, INVALID_DATE, dateProblem, fromPickerValue, toPickerValue, type DateKind, type DateProblem, type DateRules } from './isoDate';

/** The texts a form gives for each problem; whatever it leaves out is said by the picker's own catalogue section. */
export type DateMessages = { readonly required?: string; readonly tooEarly?: string; readonly tooLate?: string };

/** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm' as the UI writes it: ДД.ММ.ГГГГ, and ЧЧ:ММ after it. */
function shown(value: string): string {
  const time = value.slice(11, 16);
  return time ? `${formatIsoDate(value)} ${time}` : formatIsoDate(value);
}

/** The message shown next to a date field for a problem found by `dateProblem`. */
export function dateProblemMessage(t: TFunction, problem: DateProblem, rules: DateRules, messages: DateMessages = {}, kind: DateKind = 'date'): string {
  switch (problem) {
    case 'required':
      return messages.required ?? t('form.required');
    case 'invalid':
      return kind === 'date' ? t('datePicker.invalid') : t('datePicker.invalidDateTime');
    case 'tooEarly':
      return messages.tooEarly ?? t('datePicker.tooEarly', { date: shown(rules.min ?? EARLIEST_DATE) });
    case 'tooLate':
      return messages.tooLate ?? t('datePicker.tooLate', { date: shown(rules.max ?? '') });
  }
}

export type IsoDateFieldProps = {
  readonly label: string;
  /** 'YYYY-MM-DD', '' (empty) or INVALID_DATE (what this field reported for an impossible typed date). */
  readonly value: string | undefined;
  readonly onChange: (value: string) => void;
  readonly onBlur?: () => void;
  readonly name?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
  /**
   * The form's own verdict; when it has none, the field names its own problems: an impossible or out-of-range date,
   * and an empty field when `required`.
   */
  readonly error?: boolean;
  readonly helperText?: string;
  readonly min?: string;
  readonly max?: string;
  readonly messages?: DateMessages;
  readonly required?: boolean;
  readonly size?: 'small' | 'medium';
  readonly testId?: string;
  readonly sx?: SxProps<Theme>;
};

/**
 * The bridge state of one picker: what it shows and the form value that corresponds to it. A change of the form
 * value that did not come from the field (a reset, a date read from the IIN) replaces the picker — remounted, so
 * half-typed sections go too. A half-typed value (15.03.ГГГГ) is not published by MUI; on leaving the field it is
 * reported as INVALID_DATE, and clearing it again reports an empty field.
 */
function usePickerBridge(props: IsoDateFieldProps, kind: DateKind) {
  const { t } = useLang();
  const { value, onChange, onBlur, error, helperText, min = kind === 'date' ? EARLIEST_DATE : `${EARLIEST_DATE}T00:00`, max, messages, required } = props;
  const external = value ?? '';
  const [view, setView] = useState<{ reported: string; picker: Dayjs | null; generation: number }>(() => ({ reported: external, picker: toPickerValue(external, kind), generation: 0 }));
  let current = view;
  if (external !== view.reported) {
    current = { reported: external, picker: toPickerValue(external, kind), generation: view.generation + 1 };
    setView(current);
  }
  const fieldRef = useRef<FieldRef<Dayjs | null>>(null);

  const report = (next: string, picker: Dayjs | null) => {
    setView((previous) => ({ ...previous, reported: next, picker }));
    if (next !== current.reported) onChange(next);
  };

  const onFieldBlur = (event: FocusEvent<HTMLElement>) => {
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
    const sections = fieldRef.current?.getSections() ?? [];
    const filled = sections.filter((section) => section.value !== '').length;
    if (filled > 0 && filled < sections.length) report(INVALID_DATE, current.picker);
    else if (filled === 0 && current.reported === INVALID_DATE) report('', null);
    onBlur?.();
  };

  const rules: DateRules = { min, ...(max !== undefined ? { max } : {}), ...(required ? { required } : {}) };
  const ownProblem = current.reported === INVALID_DATE ? 'invalid' : dateProblem(current.reported, rules, kind);
  const ownMessage = ownProblem ? dateProblemMessage(t, ownProblem, rules, messages, kind) : undefined;
  return {
    key: current.generation,
    value: current.picker,
    onChange: (next: Dayjs | null) => report(fromPickerValue(next, kind), next),
    min: toPickerValue(min, kind) ?? undefined,
    max: max !== undefined ? (toPickerValue(max, kind) ?? undefined) : undefined,
    slotProps: {
      field: { fieldRef, onBlur: onFieldBlur },
      textField: {
        // The form's verdict first; without one, the field's own.
        error: Boolean(error) || ownMessage !== undefined,
        helperText: error ? helperText : (ownMessage ?? helperText),
        required,
        size: props.size,
        ...(props.testId ? { 'data-testid': props.testId } : {}),
      },
    },
  };
}

/** Two-letter weekday names (пн вт … / дй сй …): MUI's one letter is ambiguous in both languages (С С С, Д С С). */
const weekdayName = (day: Dayjs) => day.format('dd');

/**
 * A date field that follows the UI language (ДД.ММ.ГГГГ, month and day names in Russian or Kazakh) instead of the
 * browser's locale, typed with the keyboard (15.03.1985) or picked from a calendar, while the form keeps ISO strings.
 */
export function IsoDateField(props: IsoDateFieldProps) {
  const bridge = usePickerBridge(props, 'date');
  return (
    <DesktopDatePicker
      key={bridge.key}
      label={props.label}
      value={bridge.value}
      onChange={bridge.onChange}
      format="DD.MM.YYYY"
      dayOfWeekFormatter={weekdayName}
      minDate={bridge.min}
      maxDate={bridge.max}
      name={props.name}
      inputRef={props.inputRef}
      sx={props.sx}
      slotProps={bridge.slotProps}
    />
  );
}

/**
 * The same for a moment of the office's day: ДД.ММ.ГГГГ ЧЧ:ММ (24-hour clock in both languages), the form value
 * 'YYYY-MM-DDTHH:mm' as a native datetime-local input gives it; `min` / `max` are values of the same form.
 */
export function IsoDateTimeField(props: IsoDateFieldProps) {
  const bridge = usePickerBridge(props, 'dateTime');
  return (
    <DesktopDateTimePicker
      key={bridge.key}
      label={props.label}
      value={bridge.value}
      onChange={bridge.onChange}
      format="DD.MM.YYYY HH:mm"
      ampm={false}
      dayOfWeekFormatter={weekdayName}
      minDateTime={bridge.min}
      maxDateTime={bridge.max}
      name={props.name}
      inputRef={props.inputRef}
      sx={props.sx}
      slotProps={bridge.slotProps}
    />
  );
}
