import type { SfRecord } from '../model/types';
import { sfDateTime } from './fieldValue';
import type { RecordStore } from './recordStore';

/**
 * Records the platform itself keeps: the org's Organization record (its id is the org id
 * login returns) and a RecordType record for each record type in metadata, so that
 * `SELECT Name FROM Organization` and `RecordType.DeveloperName` paths find them.
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_organization.htm
 */
export function ensurePlatformRecords(store: RecordStore, orgId: string): void {
  const now = sfDateTime(new Date());
  const audit = { IsDeleted: false, CreatedDate: now, CreatedById: null, LastModifiedDate: now, LastModifiedById: null, SystemModstamp: now };
  const ensure = (objectName: string, record: SfRecord) => {
    if (store.byId(record.Id)) return;
    const schema = store.schema(objectName);
    const blank = Object.fromEntries((schema?.fields ?? []).map((f) => [f.name, f.defaultValue ?? null]));
    store.put(objectName, { ...blank, ...audit, ...record });
  };
  ensure('Organization', {
    Id: orgId, Name: 'Customer Card Emulator', OrganizationType: 'Developer Edition', InstanceName: 'EMU1', IsSandbox: false, IsReadOnly: false,
    FiscalYearStartMonth: 1, UsesStartDateAsFiscalYearName: false, DefaultLocaleSidKey: 'en_US', LanguageLocaleKey: 'en_US', TimeZoneSidKey: 'America/Los_Angeles',
  });
  for (const schema of store.schemas()) {
    for (const rt of schema.recordTypes ?? []) {
      ensure('RecordType', {
        Id: rt.id, Name: rt.label, DeveloperName: rt.developerName, SobjectType: schema.name, IsActive: rt.active, Description: rt.description ?? null, IsPersonType: false,
      });
    }
  }
}
