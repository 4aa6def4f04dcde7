import { fileURLToPath } from 'node:url';
import { systemAttributes } from './attributes';
import { readCustomFiles } from './custom';
import { account, contact } from './customers';
import { incident, phonecall } from './service';
import type { AttributeDef, Entity, EntityDef } from './types';

export const CUSTOM_DIR = fileURLToPath(new URL('./custom', import.meta.url));

/** Every table of the environment, by logical name and by entity set name. */
export interface Registry {
  entities: Entity[];
  byLogicalName(name: string): Entity | undefined;
  bySetName(name: string): Entity | undefined;
}

export function buildRegistry(customDir = CUSTOM_DIR): Registry {
  const defs = new Map<string, EntityDef>([contact, account, incident, phonecall].map((def) => [def.logicalName, { ...def, attributes: [...def.attributes] }]));
  for (const custom of readCustomFiles(customDir)) {
    if (custom.kind === 'table') {
      if (defs.has(custom.table.logicalName)) throw new Error(`Dynamics custom metadata ${custom.file}: table ${custom.table.logicalName} exists`);
      defs.set(custom.table.logicalName, custom.table);
    } else {
      const base = defs.get(custom.entity);
      if (!base) throw new Error(`Dynamics custom metadata ${custom.file}: no table ${custom.entity} to extend`);
      base.attributes.push(...custom.attributes);
    }
  }
  const entities = [...defs.values()].map(toEntity);
  for (const entity of entities) checkTargets(entity, defs);
  const byLogical = new Map(entities.map((e) => [e.logicalName, e]));
  const bySet = new Map(entities.map((e) => [e.entitySetName, e]));
  return { entities, byLogicalName: (name) => byLogical.get(name), bySetName: (name) => bySet.get(name) };
}

function toEntity(def: EntityDef): Entity {
  const primaryId: AttributeDef = { logicalName: def.primaryIdAttribute, label: def.displayName, type: 'uniqueidentifier', readOnly: false };
  const attributes = [primaryId, ...def.attributes, ...systemAttributes()];
  const byName = new Map<string, AttributeDef>();
  for (const attribute of attributes) {
    if (byName.has(attribute.logicalName)) throw new Error(`Dynamics table ${def.logicalName}: column ${attribute.logicalName} defined twice`);
    byName.set(attribute.logicalName, attribute);
  }
  const navigation: Entity['navigation'] = new Map();
  for (const attribute of attributes) for (const target of attribute.targets ?? []) navigation.set(target.navigation, { attribute, target });
  return { ...def, attributes, byName, navigation };
}

function checkTargets(entity: Entity, defs: Map<string, EntityDef>): void {
  for (const { target } of entity.navigation.values()) {
    if (!defs.has(target.entity)) throw new Error(`Dynamics table ${entity.logicalName}: lookup to unknown table ${target.entity}`);
  }
}
