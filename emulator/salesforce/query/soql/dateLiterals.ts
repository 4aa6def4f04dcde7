/**
 * SOQL date literals as half-open ranges of epoch milliseconds, computed in UTC (the emulated
 * org's time zone). Weeks start on Sunday and fiscal periods follow the calendar, the defaults
 * of a new org.
 * https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_dateformats.htm
 */
export interface DateRange {
  start: number;
  end: number;
}

type Unit = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';

function startOf(unit: Unit, now: Date): Date {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const d = now.getUTCDate();
  switch (unit) {
    case 'DAY': return new Date(Date.UTC(y, m, d));
    case 'WEEK': return new Date(Date.UTC(y, m, d - now.getUTCDay()));
    case 'MONTH': return new Date(Date.UTC(y, m, 1));
    case 'QUARTER': return new Date(Date.UTC(y, m - (m % 3), 1));
    case 'YEAR': return new Date(Date.UTC(y, 0, 1));
  }
}

function shift(unit: Unit, from: Date, count: number): Date {
  const date = new Date(from);
  if (unit === 'DAY') date.setUTCDate(date.getUTCDate() + count);
  else if (unit === 'WEEK') date.setUTCDate(date.getUTCDate() + 7 * count);
  else date.setUTCMonth(date.getUTCMonth() + count * (unit === 'MONTH' ? 1 : unit === 'QUARTER' ? 3 : 12));
  return date;
}

function units(unit: Unit, now: Date, from: number, to: number): DateRange {
  const base = startOf(unit, now);
  return { start: shift(unit, base, from).getTime(), end: shift(unit, base, to).getTime() };
}

const fixed: Record<string, [Unit, number, number]> = {
  YESTERDAY: ['DAY', -1, 0], TODAY: ['DAY', 0, 1], TOMORROW: ['DAY', 1, 2],
  LAST_WEEK: ['WEEK', -1, 0], THIS_WEEK: ['WEEK', 0, 1], NEXT_WEEK: ['WEEK', 1, 2],
  LAST_MONTH: ['MONTH', -1, 0], THIS_MONTH: ['MONTH', 0, 1], NEXT_MONTH: ['MONTH', 1, 2],
  LAST_QUARTER: ['QUARTER', -1, 0], THIS_QUARTER: ['QUARTER', 0, 1], NEXT_QUARTER: ['QUARTER', 1, 2],
  LAST_YEAR: ['YEAR', -1, 0], THIS_YEAR: ['YEAR', 0, 1], NEXT_YEAR: ['YEAR', 1, 2],
  LAST_FISCAL_QUARTER: ['QUARTER', -1, 0], THIS_FISCAL_QUARTER: ['QUARTER', 0, 1], NEXT_FISCAL_QUARTER: ['QUARTER', 1, 2],
  LAST_FISCAL_YEAR: ['YEAR', -1, 0], THIS_FISCAL_YEAR: ['YEAR', 0, 1], NEXT_FISCAL_YEAR: ['YEAR', 1, 2],
  // LAST_90_DAYS counts today; NEXT_90_DAYS starts tomorrow.
  LAST_90_DAYS: ['DAY', -90, 1], NEXT_90_DAYS: ['DAY', 1, 91],
};

const unitOf: Record<string, Unit> = { DAYS: 'DAY', WEEKS: 'WEEK', MONTHS: 'MONTH', QUARTERS: 'QUARTER', YEARS: 'YEAR', FISCAL_QUARTERS: 'QUARTER', FISCAL_YEARS: 'YEAR' };

/** The range a literal such as `TODAY` or `LAST_N_DAYS:30` covers; undefined when unknown. */
export function dateLiteralRange(literal: string, now: Date): DateRange | undefined {
  const upper = literal.toUpperCase();
  const known = fixed[upper];
  if (known) return units(known[0], now, known[1], known[2]);
  const match = /^(LAST|NEXT)_N_([A-Z_]+):(\d+)$/.exec(upper) ?? /^N_([A-Z_]+)_AGO:(\d+)$/.exec(upper);
  if (!match) return undefined;
  if (match.length === 3) {
    const unit = unitOf[match[1]];
    const n = Number(match[2]);
    return unit && units(unit, now, -n, -n + 1);
  }
  const unit = unitOf[match[2]];
  const n = Number(match[3]);
  if (!unit) return undefined;
  // LAST_N_DAYS:n includes today; the other LAST_N_* stop before the current period.
  if (match[1] === 'LAST') return unit === 'DAY' ? units(unit, now, -n, 1) : units(unit, now, -n, 0);
  return units(unit, now, 1, n + 1);
}
