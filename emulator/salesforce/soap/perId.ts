import { to18 } from '../ids/salesforceId';
import { SalesforceError } from '../http/errors';
import { itemError, many, tag, textOf } from './envelope';

/**
 * A call on a list of ids (`undelete`, `emptyRecycleBin`): one result per id, in order; an id
 * that fails (malformed, or refused by `apply`) fails on its own without stopping the others.
 */
export function perId(ids: unknown, apply: (id: string) => void): string[] {
  return many(ids).map((value) => {
    const given = textOf(value) ?? '';
    const id = to18(given);
    if (!id) return `${tag('id', null)}${itemError('MALFORMED_ID', `bad id ${given}`)}`;
    try {
      apply(id);
    } catch (error) {
      if (!(error instanceof SalesforceError)) throw error;
      const [first] = error.errors;
      return `${tag('id', id)}${itemError(first.errorCode, first.message, first.fields)}`;
    }
    return `${tag('id', id)}<success>true</success>`;
  });
}
