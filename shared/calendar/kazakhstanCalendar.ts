import { createCalendar } from './createCalendar';
import { kazakhstanHolidays } from './kazakhstanHolidays';
import { kazakhstanTransfers } from './kazakhstanTransfers';

/**
 * The default calendar of the offices: five-day week, the Law on holidays, Kurban ait by year and the known
 * day-transfers. The administrator derives an office calendar from the same data, e.g.
 * `createCalendar({ holidays: kazakhstanHolidays, transfers: [...kazakhstanTransfers, newDecree] })`.
 */
export const kazakhstanCalendar = createCalendar({ holidays: kazakhstanHolidays, transfers: kazakhstanTransfers });
