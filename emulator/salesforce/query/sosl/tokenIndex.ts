import type { FieldSchema, QuerySource, SObjectSchema } from '../../model/types';
import type { SearchGroup } from './parse';
import { tokenize } from './tokens';

const allTypes = new Set(['string', 'textarea', 'email', 'phone', 'url', 'picklist', 'combobox']);

/** Fields a search group covers; phone numbers are matched through the phone-digits index instead. */
export function fieldsOf(schema: SObjectSchema, group: SearchGroup): FieldSchema[] {
  switch (group) {
    case 'NAME': return schema.fields.filter((f) => f.searchGroup === 'NAME' || f.nameField);
    case 'EMAIL': return schema.fields.filter((f) => f.searchGroup === 'EMAIL' || f.type === 'email');
    case 'PHONE': return [];
    case 'ALL': return schema.fields.filter((f) => allTypes.has(f.type) && f.type !== 'phone');
  }
}

interface Entry {
  stamp: string;
  tokens: Map<string, Set<string>>;
}

/**
 * Inverted token indexes per object and search group, built on first use and rebuilt
 * when the source reports a change.
 */
export class TokenIndexes {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly source: QuerySource) {}

  tokens(schema: SObjectSchema, group: SearchGroup): Map<string, Set<string>> {
    const key = `${schema.name}/${group}`;
    const stamp = this.stamp(schema.name);
    const cached = this.entries.get(key);
    if (cached && cached.stamp === stamp) return cached.tokens;
    const tokens = new Map<string, Set<string>>();
    const fields = fieldsOf(schema, group);
    for (const record of this.source.records(schema.name)) {
      for (const field of fields) {
        const value = record[field.name];
        if (typeof value !== 'string' || !value) continue;
        for (const token of tokenize(value)) {
          const ids = tokens.get(token);
          if (ids) ids.add(record.Id);
          else tokens.set(token, new Set([record.Id]));
        }
      }
    }
    this.entries.set(key, { stamp, tokens });
    return tokens;
  }

  /** The source's write counter for the object; a source without one falls back to the record count. */
  private stamp(objectName: string): string {
    if (this.source.version) return String(this.source.version(objectName));
    let count = 0;
    for (const _record of this.source.records(objectName)) count++;
    return String(count);
  }
}
