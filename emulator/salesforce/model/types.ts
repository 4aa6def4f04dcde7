import type { Formula } from '../records/validateFormulaParse';

/**
 * The Salesforce emulation's data model, shared by its parts (records and SOQL/SOSL).
 * Field and object names are Salesforce API names; ids are the 18-character form.
 */

/** Field types as the describe call reports them. */
export type FieldType =
  | 'id' | 'string' | 'textarea' | 'email' | 'phone' | 'url' | 'picklist' | 'multipicklist'
  | 'boolean' | 'int' | 'double' | 'currency' | 'percent' | 'date' | 'datetime' | 'reference'
  | 'combobox' | 'time' | 'address' | 'base64';

export interface FieldSchema {
  name: string;
  label: string;
  type: FieldType;
  length?: number;
  precision?: number;
  scale?: number;
  nillable: boolean;
  createable: boolean;
  updateable: boolean;
  /** Required on create: not nillable, createable and without a default. */
  required?: boolean;
  defaultValue?: unknown;
  /** Object names a reference field points at; several for polymorphic fields (WhoId, WhatId). */
  referenceTo?: string[];
  /** The name used in SOQL to walk to the parent (`Account` for AccountId, `Who` for WhoId). */
  relationshipName?: string;
  picklistValues?: { value: string; label: string; active: boolean; defaultValue: boolean }[];
  restrictedPicklist?: boolean;
  /** Name field of the object (Name, or Subject for Task/Event, CaseNumber for Case). */
  nameField?: boolean;
  /** Formula-like fields computed from others (Contact.Name from FirstName and LastName). */
  calculated?: boolean;
  /** Included in SOSL's PHONE / EMAIL / NAME field groups. */
  searchGroup?: 'NAME' | 'EMAIL' | 'PHONE';
  custom?: boolean;
  /** An External ID field (indexed; usable to match records). */
  externalId?: boolean;
  /** Values must be unique across the object's records (case-insensitive). */
  unique?: boolean;
  /** For a reference field: the name of the parent's child relationship (`Contacts` for Contact.AccountId). */
  childRelationshipName?: string;
  /** For a component of a compound field: its name (`BillingAddress` for BillingState). */
  compoundFieldName?: string;
  /** Numbered by the platform on create (Case.CaseNumber). */
  autoNumber?: boolean;
  /** Usable to identify a record in upsert (Id, external ids, and standard fields such as User.Username). */
  idLookup?: boolean;
  htmlFormatted?: boolean;
}

export interface ChildRelationshipSchema {
  childSObject: string;
  field: string;
  relationshipName: string;
}

export interface SObjectSchema {
  name: string;
  label: string;
  labelPlural: string;
  keyPrefix: string;
  custom: boolean;
  /** False for objects the API cannot delete (User: deactivate instead). */
  deletable: boolean;
  fields: FieldSchema[];
  childRelationships: ChildRelationshipSchema[];
  /** Validation rules from metadata, checked on every save. */
  validationRules?: ValidationRuleSchema[];
  /** Record types from metadata; the object then has a RecordTypeId field. */
  recordTypes?: RecordTypeSchema[];
}

/** A validation rule: when `formula` is true the save fails with `errorMessage`. */
export interface ValidationRuleSchema {
  name: string;
  active: boolean;
  formula: Formula;
  errorMessage: string;
  /** The field the message is shown at; none means the top of the page. */
  errorDisplayField?: string;
}

export interface RecordTypeSchema {
  id: string;
  developerName: string;
  label: string;
  active: boolean;
  description?: string;
  /** The record type new records get when none is given (the profile's default). */
  isDefault: boolean;
  /** Picklist field name -> the values available with this record type. */
  picklistValues: Record<string, string[]>;
}

/** A stored record: `Id` and every field by API name, including system fields. */
export type SfRecord = { Id: string } & Record<string, unknown>;

/** What the SOQL and SOSL engines read; implemented by the records part over the store. */
export interface QuerySource {
  schema(objectName: string): SObjectSchema | undefined;
  schemas(): SObjectSchema[];
  /** Live (not deleted) records of one object; with `includeDeleted`, also the recycle bin. */
  records(objectName: string, options?: { includeDeleted?: boolean }): Iterable<SfRecord>;
  /** A record of any object by its 15 or 18 character id. */
  byId(id: string): SfRecord | undefined;
  /** The object a record id belongs to, from its key prefix. */
  objectOf(id: string): string | undefined;
  /** Ids of live records whose normalized phone fields equal `digits` (digits only). */
  byPhoneDigits(digits: string): Iterable<string>;
  /** Ids of live records of `objectName` whose `field` equals `value` (an indexed equality filter). */
  byFieldValue(objectName: string, field: string, value: unknown): Iterable<string> | undefined;
  /**
   * A counter that increases on every write (create, update, delete, undo) to `objectName`,
   * or to any object without one, so indexes the engines derive (SOSL's word index) notice
   * changes that leave the record count alone, and ignore writes to other objects.
   */
  version?(objectName?: string): number;
}
