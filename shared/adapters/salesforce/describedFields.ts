import type { SalesforceApi } from './api';

interface DescribedField {
  name: string;
  type?: string;
  relationshipName?: string | null;
  referenceTo?: string[];
}

interface ObjectFields {
  byName: Set<string>;
  /** Field name (lower case) -> its type (`phone`, `string`, `reference`, ...). */
  types: Map<string, string>;
  /** Relationship name (`Account`) -> the object it points at, for dotted paths. */
  parents: Map<string, string>;
}

/** SOQL allows five levels of parent relationships (`Account.Owner.Manager...`). */
const MAX_DEPTH = 5;

/**
 * Which of the fields a caller asks for exist on an object, from one sObject Describe per
 * object (cached for the connection's life). An org may lack a custom field a routing rule
 * names; asking for it would fail the whole query with INVALID_FIELD
 * (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_describe.htm).
 * Describe lists only the fields the user may read, so field-level security is honoured too.
 */
export function describedFields(api: SalesforceApi) {
  const cache = new Map<string, Promise<ObjectFields>>();
  // Callers ask with the same list call after call (it changes with the configuration), so the answer is kept per list.
  const answers = new Map<string, WeakMap<readonly string[], Promise<string[]>>>();

  function fieldsOf(object: string): Promise<ObjectFields> {
    const key = object.toLowerCase();
    let found = cache.get(key);
    if (!found) {
      found = api.call<{ fields?: DescribedField[] }>(`/sobjects/${encodeURIComponent(object)}/describe`).then((body) => ({
        byName: new Set((body.fields ?? []).map((f) => f.name.toLowerCase())),
        types: new Map((body.fields ?? []).map((f) => [f.name.toLowerCase(), f.type ?? ''])),
        parents: new Map((body.fields ?? []).filter((f) => f.relationshipName && f.referenceTo?.length).map((f) => [f.relationshipName!.toLowerCase(), f.referenceTo![0]])),
      }));
      // A failed describe (the org was unreachable) is asked again next time rather than remembered.
      found.catch(() => cache.delete(key));
      cache.set(key, found);
    }
    return found;
  }

  async function exists(object: string, path: string[], depth: number): Promise<boolean> {
    const fields = await fieldsOf(object);
    const [head, ...rest] = path;
    if (rest.length === 0) return fields.byName.has(head.toLowerCase());
    const parent = fields.parents.get(head.toLowerCase());
    // A parent the user may not describe makes that path unknown, not the whole list.
    return parent !== undefined && depth < MAX_DEPTH && exists(parent, rest, depth + 1).catch(() => false);
  }

  return {
    /**
     * Which of `fields` are of type phone, the ones SOSL's `IN PHONE FIELDS` searches; all of
     * them while the describe fails (the search then still runs as it did).
     */
    async phoneTyped(object: string, fields: readonly string[]): Promise<string[]> {
      try {
        const { types } = await fieldsOf(object);
        return fields.filter((f) => (types.get(f.toLowerCase()) ?? 'phone') === 'phone');
      } catch {
        return [...fields];
      }
    },

    /** The paths (`NPS__c`, `Account.Tier__c`) that `object` has; none while its describe fails. */
    existing(object: string, paths: readonly string[]): Promise<string[]> {
      let perList = answers.get(object);
      if (!perList) answers.set(object, (perList = new WeakMap()));
      let answer = perList.get(paths);
      if (!answer) {
        answer = Promise.all(paths.map((path) => exists(object, path.split('.'), 1))).then((present) => paths.filter((_, i) => present[i]));
        // Not remembered when describe failed: the fields may exist after all.
        answer.catch(() => perList.delete(paths));
        perList.set(paths, answer);
      }
      return answer.catch(() => []);
    },
  };
}
