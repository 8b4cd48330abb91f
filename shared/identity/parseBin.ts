import { type IsoDate, partsOf } from '../calendar/IsoDate';
import { checkDigitOf } from './checkDigit';
import type { IdentityError } from './types';

export type BinErrorCode = 'format' | 'date' | 'future_date' | 'entity_type' | 'division' | 'checksum';

/** 5th digit. */
export type BinEntityType = 'resident_legal_entity' | 'non_resident_legal_entity' | 'joint_entrepreneurship';
/** 6th digit. */
export type BinDivision = 'head' | 'branch' | 'representative_office' | 'peasant_farm';

export type ParsedBin = {
  readonly ok: true;
  readonly bin: string;
  /** Year and month of state registration (the BIN carries no day). */
  readonly registered: { readonly year: number; readonly month: number };
  readonly entityType: BinEntityType;
  readonly division: BinDivision;
};

export type BinResult = ParsedBin | { readonly ok: false; readonly error: IdentityError<BinErrorCode> };

const ENTITY_TYPES: Readonly<Record<string, BinEntityType>> = {
  '4': 'resident_legal_entity',
  '5': 'non_resident_legal_entity',
  '6': 'joint_entrepreneurship', // ИП, осуществляющий деятельность в виде совместного предпринимательства
};

const DIVISIONS: Readonly<Record<string, BinDivision>> = {
  '0': 'head', // головное подразделение юридического лица или ИП(С)
  '1': 'branch', // филиал
  '2': 'representative_office', // представительство
  '3': 'peasant_farm', // крестьянское (фермерское) хозяйство на основе совместного предпринимательства
};

const messages: Record<BinErrorCode, IdentityError<BinErrorCode>['message']> = {
  format: { ru: 'БИН должен состоять ровно из 12 цифр', kk: 'БСН дәл 12 цифрдан тұруы керек' },
  date: {
    ru: 'Первые четыре цифры БИН (год и месяц регистрации) неверны',
    kk: 'БСН-нің алғашқы төрт цифры (тіркелген жылы мен айы) қате',
  },
  future_date: { ru: 'Месяц регистрации в БИН ещё не наступил', kk: 'БСН-дегі тіркелген ай әлі келген жоқ' },
  entity_type: {
    ru: 'Пятая цифра БИН (тип лица) должна быть 4, 5 или 6',
    kk: 'БСН-нің бесінші цифры (тұлға түрі) 4, 5 немесе 6 болуы керек',
  },
  division: {
    ru: 'Шестая цифра БИН (признак подразделения) должна быть от 0 до 3',
    kk: 'БСН-нің алтыншы цифры (бөлімше белгісі) 0-ден 3-ке дейін болуы керек',
  },
  checksum: {
    ru: 'Контрольная цифра БИН не сходится — проверьте, нет ли опечатки',
    kk: 'БСН-нің бақылау цифры сәйкес келмейді — қате терілмегенін тексеріңіз',
  },
};

const fail = (code: BinErrorCode): BinResult => ({ ok: false, error: { code, message: messages[code] } });

/**
 * Parses a business identification number (БИН / БСН): YYMM of registration, 5th digit entity type (4 resident
 * legal entity, 5 non-resident, 6 joint individual entrepreneurship), 6th digit division (0 head, 1 branch,
 * 2 representative office, 3 peasant farm), digits 7–11 serial, 12th the check digit (same rule as the IIN).
 * The two-digit year is read as 20YY unless that is after `today`'s year, then as 19YY: entities registered in
 * the 1990s kept their registration month in the BIN (e.g. 940140000385).
 */
export function parseBin(input: string, today: IsoDate): BinResult {
  const bin = input.trim();
  if (!/^\d{12}$/.test(bin)) return fail('format');
  const { year: thisYear, month: thisMonth } = partsOf(today);
  const yy = Number(bin.slice(0, 2));
  const year = 2000 + yy <= thisYear ? 2000 + yy : 1900 + yy;
  const month = Number(bin.slice(2, 4));
  if (month < 1 || month > 12) return fail('date');
  if (year === thisYear && month > thisMonth) return fail('future_date');
  const entityType = ENTITY_TYPES[bin.charAt(4)];
  if (!entityType) return fail('entity_type');
  const division = DIVISIONS[bin.charAt(5)];
  if (!division) return fail('division');
  if (checkDigitOf(bin.slice(0, 11)) !== Number(bin[11])) return fail('checksum');
  return { ok: true, bin, registered: { year, month }, entityType, division };
}
