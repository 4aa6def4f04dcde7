/** An error answered as Salesforce's `[{message, errorCode}]` body with its HTTP status. */
export class SfQueryError extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }

  body(): { message: string; errorCode: string }[] {
    return [{ message: this.message, errorCode: this.errorCode }];
  }
}

/**
 * Salesforce prefixes query errors with the statement, a caret under the offending token and
 * its position ("ERROR at Row:1:Column:8"), then the reason.
 */
export function positioned(errorCode: string, statement: string, column: number, reason: string): SfQueryError {
  const line = statement.replace(/\s+/g, ' ');
  const caret = `${' '.repeat(Math.max(0, column - 1))}^`;
  return new SfQueryError(errorCode, `\n${line}\n${caret}\nERROR at Row:1:Column:${column}\n${reason}`);
}

/** 1-based column of the first whole-word occurrence of `token` in `statement` (1 when absent). */
export function columnOf(statement: string, token: string): number {
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(^|[^A-Za-z0-9_.])${escaped}(?![A-Za-z0-9_])`, 'i').exec(statement.replace(/\s+/g, ' '));
  return match ? match.index + match[1].length + 1 : 1;
}

export function noSuchColumn(statement: string, field: string, objectName: string, at = field): SfQueryError {
  return positioned(
    'INVALID_FIELD',
    statement,
    columnOf(statement, at),
    `No such column '${field}' on entity '${objectName}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
  );
}

export function unsupportedType(statement: string, objectName: string): SfQueryError {
  return positioned(
    'INVALID_TYPE',
    statement,
    columnOf(statement, objectName),
    `sObject type '${objectName}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`,
  );
}

export function malformed(statement: string, token: string | undefined, errorCode = 'MALFORMED_QUERY'): SfQueryError {
  if (token === undefined) return positioned(errorCode, statement, statement.replace(/\s+/g, ' ').length + 1, "unexpected token: '<EOF>'");
  return positioned(errorCode, statement, columnOf(statement, token), `unexpected token: '${token}'`);
}
