const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A CRM field value as an agent reads it, or undefined when there is nothing to show (never
 * `null`): references by their display value, multi-select picklists as a list, booleans as
 * Yes/No, numbers with separators, dates without the clock when they have none.
 */
export function formatFact(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return Number.isFinite(value) ? value.toLocaleString('en-US') : undefined;
  if (Array.isArray(value)) {
    const items = value.map(formatFact).filter((v): v is string => v !== undefined);
    return items.length ? items.join(', ') : undefined;
  }
  if (typeof value === 'object') {
    // ServiceNow answers `{ value, display_value }` for references and choices.
    const { display_value, value: raw, name } = value as { display_value?: unknown; value?: unknown; name?: unknown };
    return formatFact(display_value ?? name ?? raw);
  }
  const text = String(value).trim();
  if (!text) return undefined;
  if (ISO_DATE.test(text)) {
    const date = new Date(text.replace(' ', 'T'));
    if (!Number.isNaN(date.getTime())) return text.length <= 10 ? text : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  }
  // Salesforce multi-select picklists hold `A;B;C`.
  return text.includes(';') ? text.split(';').map((s) => s.trim()).filter(Boolean).join(', ') : text;
}
