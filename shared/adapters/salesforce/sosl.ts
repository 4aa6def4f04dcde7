/**
 * SOSL's reserved characters, escaped with a backslash inside FIND {...}
 * (https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_sosl_find.htm).
 */
const SOSL_RESERVED = /[?&|!{}[\]()^~*:\\"'+-]/g;

export function escapeSosl(term: string): string {
  return term.replace(SOSL_RESERVED, (c) => `\\${c}`);
}

/** The fields each object of a search returns, per object in the order searched. */
export type Returning = Record<string, string[]>;

/** What a phone search returns of the person-level records: what the card shows and the IVR greets with (§5.1, §7.1). */
export const PHONE_RETURNING: Returning = {
  Contact: ['Id', 'Name', 'FirstName', 'Phone', 'MobilePhone', 'AccountId', 'Email'],
  Account: ['Id', 'Name', 'Phone'],
  Lead: ['Id', 'Name', 'FirstName', 'Phone', 'Company'],
};
export const EMAIL_RETURNING: Returning = {
  Contact: ['Id', 'Name', 'FirstName', 'Phone', 'MobilePhone', 'AccountId', 'Email'],
  Lead: ['Id', 'Name', 'FirstName', 'Phone', 'Company', 'Email'],
};

/**
 * `Contact(Id, Name, ...), Account(...)`: the RETURNING clause, so one search answers every
 * field the caller needs instead of a record read per field
 * (https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_sosl_returning.htm).
 */
export function returningClause(returning: Returning): string {
  return Object.entries(returning)
    .map(([object, fields]) => `${object}(${[...new Set(fields)].join(', ')})`)
    .join(', ');
}

/**
 * Salesforce's phone search ignores formatting, so the digits are enough; both the national digits
 * and the ones with the country code are asked for because either may have been typed.
 */
export function phoneSearch(digitVariants: string[], returning: Returning = PHONE_RETURNING): string {
  const terms = [...new Set(digitVariants.filter((d) => d.length >= 2))].map(escapeSosl);
  return `FIND {${terms.join(' OR ')}} IN PHONE FIELDS RETURNING ${returningClause(returning)}`;
}

export function emailSearch(email: string, returning: Returning = EMAIL_RETURNING): string {
  return `FIND {${escapeSosl(email)}} IN EMAIL FIELDS RETURNING ${returningClause(returning)}`;
}
