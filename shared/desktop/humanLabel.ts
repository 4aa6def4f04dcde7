/** A word with no vowel (`nps`, `sms`) is read as an acronym. */
const ACRONYM = /^[^aeiouy]+$/i;

/**
 * A readable label for a CRM field name when the CRM's describe gives none: `NPS__c` ->
 * `NPS`, `u_preferred_language` -> `Preferred language`, `subscriptionLevel` -> `Subscription level`.
 */
export function humanLabel(field: string): string {
  const bare = field
    .replace(/__(c|r)$/i, '')
    .replace(/^u_/, '')
    .split('.')
    .pop()!;
  const words = bare
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[_\s]+/)
    .filter(Boolean);
  return words
    .map((word, i) => {
      if (ACRONYM.test(word) || (word.length > 1 && word === word.toUpperCase())) return word.toUpperCase();
      const lower = word.toLowerCase();
      return i === 0 ? lower[0].toUpperCase() + lower.slice(1) : lower;
    })
    .join(' ');
}
