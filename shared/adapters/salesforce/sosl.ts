/**
 * SOSL's reserved characters, escaped with a backslash inside FIND {...}
 * (https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_sosl_find.htm).
 */
const SOSL_RESERVED = /[?&|!{}[\]()^~*:\\"'+-]/g;

export function escapeSosl(term: string): string {
  return term.replace(SOSL_RESERVED, (c) => `\\${c}`);
}

/** The objects and fields a phone search returns: the person-level records (§5.1, §7.1). */
export const PHONE_RETURNING = 'Contact(Id, Name, Phone, MobilePhone, AccountId, Email), Account(Id, Name, Phone), Lead(Id, Name, Phone, Company)';
export const EMAIL_RETURNING = 'Contact(Id, Name, Phone, MobilePhone, AccountId, Email), Lead(Id, Name, Phone, Company, Email)';

/**
 * Salesforce's phone search ignores formatting, so the digits are enough; both the national digits
 * and the ones with the country code are asked for because either may have been typed.
 */
export function phoneSearch(digitVariants: string[]): string {
  const terms = [...new Set(digitVariants.filter((d) => d.length >= 2))].map(escapeSosl);
  return `FIND {${terms.join(' OR ')}} IN PHONE FIELDS RETURNING ${PHONE_RETURNING}`;
}

export function emailSearch(email: string): string {
  return `FIND {${escapeSosl(email)}} IN EMAIL FIELDS RETURNING ${EMAIL_RETURNING}`;
}
