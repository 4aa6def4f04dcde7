/**
 * A value placed inside an encoded query. `^` separates conditions and cannot be escaped in a
 * value, so a value holding one (or a line break) is refused rather than allowed to change the query.
 */
export function queryValue(value: string): string | null {
  return /[\^\r\n]/.test(value) || value === '' ? null : value;
}

/** `a=x^ORa=y^ORb=x...`: any of the fields compared by `operator` to any of the values. */
export function anyFieldMatches(fields: string[], values: string[], operator: '=' | 'STARTSWITH' = '='): string | null {
  const safe = values.map(queryValue).filter((v): v is string => v !== null);
  if (safe.length === 0) return null;
  return fields.flatMap((field) => safe.map((value) => `${field}${operator}${value}`)).join('^OR');
}
