import type { LookupStep } from '../ivr/lookupPlan';
import type { CrmRecord, CrmRecordRef } from '../vocabulary/crmRecord';
import type { CrmError } from './crmError';

export type FieldValues = Record<string, unknown>;

/** A write the CRM refused for the data's sake (required field, duplicate, bad value): shown next to the fields (§4.2). */
export type WriteOutcome = { written: CrmRecordRef } | { invalid: CrmError };

/** One child list to load under a record (§5.2): `object` rows whose `field` points at the parent. */
export interface RelatedListRequest {
  object: string;
  field: string;
  /** Fields to read besides the id and the display name. */
  fields?: string[];
  limit?: number;
}

export interface RelatedList {
  object: string;
  field: string;
  records: CrmRecord[];
}

/** Reading and writing CRM records: the card's lookups (§5, §7.1) and *Create new* (§4). */
export interface RecordsPort {
  /** The record with the asked fields, or null when it does not exist (or was deleted). */
  get(ref: CrmRecordRef, fields?: string[]): Promise<CrmRecord | null>;
  /** The record, or the CRM's own error (a CrmError: not found, malformed id, ...) when it cannot give it. */
  read(ref: CrmRecordRef, fields?: string[]): Promise<CrmRecord>;
  create(object: string, fields: FieldValues): Promise<WriteOutcome>;
  update(ref: CrmRecordRef, fields: FieldValues): Promise<WriteOutcome>;
  /** Person-level records (contacts, leads, accounts, consumers, ...) with this phone number, however it was typed in the CRM. */
  searchByPhone(phone: string): Promise<CrmRecord[]>;
  searchByEmail(email: string): Promise<CrmRecord[]>;
  /**
   * The IVR's data action (§7.1): what the caller gave (`value`: the ANI, an account or case
   * number, an email) searched in the step's targets, each object by the fields the step names
   * and returning the fields it names plus the adapter's lookup fields.
   */
  lookup(step: LookupStep, value: string): Promise<CrmRecord[]>;
  relatedRecords(parent: CrmRecordRef, lists: RelatedListRequest[]): Promise<RelatedList[]>;
}
