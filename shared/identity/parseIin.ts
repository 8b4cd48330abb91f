import { type IsoDate, daysInMonth, isoDateOf } from '../calendar/IsoDate';
import { checkDigitOf } from './checkDigit';
import type { IdentityError } from './types';

export type IinErrorCode = 'format' | 'century' | 'date' | 'future_date' | 'checksum';

export type ParsedIin = {
  readonly ok: true;
  readonly iin: string;
  readonly birthDate: IsoDate;
  readonly sex: 'male' | 'female';
};

export type IinResult = ParsedIin | { readonly ok: false; readonly error: IdentityError<IinErrorCode> };

const messages: Record<IinErrorCode, IdentityError<IinErrorCode>['message']> = {
  format: { ru: 'ИИН должен состоять ровно из 12 цифр', kk: 'ЖСН дәл 12 цифрдан тұруы керек' },
  century: {
    ru: 'Седьмая цифра ИИН (век рождения и пол) должна быть от 1 до 6',
    kk: 'ЖСН-нің жетінші цифры (туған ғасыры мен жынысы) 1-ден 6-ға дейін болуы керек',
  },
  date: {
    ru: 'Первые шесть цифр ИИН не образуют существующую дату рождения',
    kk: 'ЖСН-нің алғашқы алты цифры нақты туған күнді құрамайды',
  },
  future_date: { ru: 'Дата рождения в ИИН ещё не наступила', kk: 'ЖСН-дегі туған күн әлі келген жоқ' },
  checksum: {
    ru: 'Контрольная цифра ИИН не сходится — проверьте, нет ли опечатки',
    kk: 'ЖСН-нің бақылау цифры сәйкес келмейді — қате терілмегенін тексеріңіз',
  },
};

const fail = (code: IinErrorCode): IinResult => ({ ok: false, error: { code, message: messages[code] } });

/**
 * Parses an individual identification number (ИИН / ЖСН): YYMMDD birth date; 7th digit century and sex
 * (1/2 = 1800s male/female, 3/4 = 1900s, 5/6 = 2000s); digits 8–11 serial; 12th the check digit.
 * Surrounding whitespace is ignored, nothing else is: a number with spaces or dashes inside is a format error,
 * so what is stored is exactly what was checked. `today` is the office's local date (birth dates after it are
 * rejected).
 */
export function parseIin(input: string, today: IsoDate): IinResult {
  const iin = input.trim();
  if (!/^\d{12}$/.test(iin)) return fail('format');
  const centuryDigit = Number(iin[6]);
  if (centuryDigit < 1 || centuryDigit > 6) return fail('century');
  const year = 1800 + 100 * Math.floor((centuryDigit - 1) / 2) + Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return fail('date');
  const birthDate = isoDateOf(year, month, day);
  if (birthDate > today) return fail('future_date');
  if (checkDigitOf(iin.slice(0, 11)) !== Number(iin[11])) return fail('checksum');
  return { ok: true, iin, birthDate, sex: centuryDigit % 2 === 1 ? 'male' : 'female' };
}
