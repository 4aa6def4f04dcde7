import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

/**
 * Fields deployed through the Metadata API are visible to no one until a permission set grants them
 * (https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_permissionset.htm).
 * Every custom field in force-app must be readable in each of the package's permission sets, on an
 * object the set can read; the integration user must also write what the write-back writes.
 */
const OBJECTS = 'force-app/main/default/objects';
const SETS = 'force-app/main/default/permissionsets';

/** What each set must be able to edit beyond reading (the write-back's idempotency key). */
const EDITS: Record<string, string[]> = {
  Customer_Card_Agent: [],
  Customer_Card_Integration: ['Task.Customer_Card_Key__c'],
};

/** Activity's custom fields are granted on the activity objects; the write-back writes Tasks. */
const grantedAs = (object: string) => (object === 'Activity' ? 'Task' : object);

type FieldPermission = { field: string; readable: boolean; editable: boolean };
type ObjectPermission = { object: string; allowRead: boolean };

const parser = new XMLParser({ isArray: (name) => name === 'fieldPermissions' || name === 'objectPermissions' });

async function customFields(): Promise<string[]> {
  const fields: string[] = [];
  for (const object of await readdir(OBJECTS)) {
    const files = await readdir(join(OBJECTS, object, 'fields')).catch(() => []);
    for (const file of files.filter((f) => f.endsWith('.field-meta.xml'))) {
      const { CustomField } = parser.parse(await readFile(join(OBJECTS, object, 'fields', file), 'utf8'));
      fields.push(`${grantedAs(object)}.${CustomField.fullName}`);
    }
  }
  return fields;
}

async function permissionSet(name: string) {
  const { PermissionSet } = parser.parse(await readFile(join(SETS, `${name}.permissionset-meta.xml`), 'utf8'));
  return {
    fields: (PermissionSet.fieldPermissions ?? []) as FieldPermission[],
    objects: (PermissionSet.objectPermissions ?? []) as ObjectPermission[],
  };
}

describe('permission sets', () => {
  it('ships exactly the agent and the integration set', async () => {
    const files = (await readdir(SETS)).map((f) => f.replace('.permissionset-meta.xml', '')).sort();
    expect(files).toEqual(Object.keys(EDITS).sort());
  });

  it('finds the custom fields (the check below cannot pass on an empty list)', async () => {
    expect(await customFields()).toEqual(expect.arrayContaining(['Contact.NPS__c', 'Task.Customer_Card_Key__c', 'Account.Subscription_Level__c']));
  });

  for (const [name, edits] of Object.entries(EDITS)) {
    it(`${name} can read every custom field, on an object it can read, and edit what it writes`, async () => {
      const set = await permissionSet(name);
      const missing: string[] = [];
      for (const field of await customFields()) {
        const grant = set.fields.find((f) => f.field === field);
        if (!grant?.readable) missing.push(`${field}: not readable`);
        if (edits.includes(field) && !grant?.editable) missing.push(`${field}: not editable`);
        const object = field.split('.')[0];
        if (!set.objects.some((o) => o.object === object && o.allowRead)) missing.push(`${object}: object not readable`);
      }
      expect(missing).toEqual([]);
    });
  }

  it('grants agents read access to Account, which Contact access needs', async () => {
    const { objects } = await permissionSet('Customer_Card_Agent');
    expect(objects.find((o) => o.object === 'Account')?.allowRead).toBe(true);
  });
});
