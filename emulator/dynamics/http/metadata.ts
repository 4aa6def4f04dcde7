import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import type { DynamicsData } from '../data/namespace';
import type { Entity } from '../schema/types';
import type { WebApiEnv } from './env';
import { queryParams, sendJson, serviceRoot } from './env';
import { ODataError } from './errors';

/**
 * A minimal EntityDefinitions (tables and their columns) and the WhoAmI function.
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query-metadata-web-api
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/whoami
 */
const ATTRIBUTE_TYPE: Record<string, string> = {
  uniqueidentifier: 'Uniqueidentifier', string: 'String', memo: 'Memo', integer: 'Integer', bigint: 'BigInt', decimal: 'Decimal', boolean: 'Boolean',
  datetime: 'DateTime', picklist: 'Picklist', state: 'State', status: 'Status', lookup: 'Lookup', customer: 'Customer',
};

/** Metadata ids are stable: derived from the name, so they survive restarts. */
function metadataId(name: string): string {
  const hex = createHash('sha1').update(`dynamics-metadata:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

const label = (text: string) => ({ LocalizedLabels: [{ Label: text, LanguageCode: 1033 }], UserLocalizedLabel: { Label: text, LanguageCode: 1033 } });

function describeEntity(entity: Entity): Record<string, unknown> {
  return {
    MetadataId: metadataId(entity.logicalName), LogicalName: entity.logicalName, SchemaName: entity.logicalName, EntitySetName: entity.entitySetName,
    PrimaryIdAttribute: entity.primaryIdAttribute, PrimaryNameAttribute: entity.primaryNameAttribute, DisplayName: label(entity.displayName),
    IsCustomEntity: entity.custom === true, IsOptimisticConcurrencyEnabled: true,
  };
}

function pick(record: Record<string, unknown>, select: string | undefined): Record<string, unknown> {
  if (!select) return record;
  const names = select.split(',').map((n) => n.trim());
  return Object.fromEntries(names.filter((n) => n in record).map((n) => [n, record[n]]).concat([['MetadataId', record.MetadataId]]));
}

/** `EntityDefinitions`, `EntityDefinitions(LogicalName='contact')`, `…(<MetadataId>)`, and `/Attributes`. */
export function entityDefinitions(env: WebApiEnv, req: Request, res: Response, key: string | undefined, rest: string): void {
  const root = serviceRoot(req);
  const select = queryParams(req).$select;
  if (key === undefined) {
    if (rest) throw ODataError.noSegment(rest);
    sendJson(res, 200, { '@odata.context': `${root}/$metadata#EntityDefinitions`, value: env.registry.entities.map((e) => pick(describeEntity(e), select)) });
    return;
  }
  const byName = /^LogicalName='([^']*)'$/.exec(key)?.[1];
  const entity = env.registry.entities.find((e) => e.logicalName === byName || metadataId(e.logicalName) === key.toLowerCase());
  if (!entity) throw new ODataError(404, '0x80040217', `Could not find entity with key ${key}`);
  if (rest === '') {
    sendJson(res, 200, { '@odata.context': `${root}/$metadata#EntityDefinitions/$entity`, ...pick(describeEntity(entity), select) });
  } else if (rest === 'Attributes') {
    const value = entity.attributes.map((a) => ({
      '@odata.type': `#Microsoft.Dynamics.CRM.${ATTRIBUTE_TYPE[a.type]}AttributeMetadata`,
      MetadataId: metadataId(`${entity.logicalName}.${a.logicalName}`), LogicalName: a.logicalName, SchemaName: a.logicalName, AttributeType: ATTRIBUTE_TYPE[a.type],
      DisplayName: label(a.label), IsCustomAttribute: a.custom === true, IsValidForCreate: !a.readOnly, IsValidForUpdate: !a.readOnly,
      ...(a.maxLength ? { MaxLength: a.maxLength } : {}), ...(a.targets ? { Targets: a.targets.map((t) => t.entity) } : {}),
    }));
    sendJson(res, 200, { '@odata.context': `${root}/$metadata#EntityDefinitions('${entity.logicalName}')/Attributes`, value: value.map((v) => pick(v, select)) });
  } else {
    throw ODataError.noSegment(rest);
  }
}

export function whoAmI(data: DynamicsData, req: Request, res: Response, appId: string): void {
  const app = data.apps[appId];
  sendJson(res, 200, {
    '@odata.context': `${serviceRoot(req)}/$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse`,
    BusinessUnitId: data.businessUnitId, UserId: app?.applicationUserId ?? null, OrganizationId: data.organizationId,
  });
}
