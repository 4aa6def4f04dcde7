import { to18 } from '../ids/salesforceId';
import { itemError, itemErrorOf, many, tag, textOf } from './envelope';

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
      return `${tag('id', id)}${itemErrorOf(error)}`;
    }
    return `${tag('id', id)}<success>true</success>`;
  });
}
