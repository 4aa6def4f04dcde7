import { diffConfig, parseConfig, type Config } from '../../../shared';
import type { AgentRecord, ConfigAuditRecord, ConfigHistory, ConfigVersionRecord, ContactCenterData, RoutingSetupSnapshot } from '../data';
import { currentConfig } from './currentConfig';
import type { ContactCenterStore } from '../data';
import { applySetup, setupChanges, setupSnapshot } from './routingSetup';

const authorOf = (agent: AgentRecord) => ({ id: agent.id, name: agent.name });

/**
 * The configuration's history. The configuration that was there before anyone saved through
 * versions (the seed, or an older data file) becomes version 1, so a rollback can always reach it.
 */
export function configHistory(data: ContactCenterData, now: string): ConfigHistory {
  data.configHistory ??= {
    versions: [{ version: 1, author: { id: 'system', name: 'Initial configuration' }, at: now, action: 'initial', changes: [], config: data.config ?? {}, setup: setupSnapshot(data) }],
    audit: [],
  };
  return data.configHistory;
}

export const currentVersion = (history: ConfigHistory) => history.versions[history.versions.length - 1];

/** The configuration a console test runs against: the published one, or the draft (null when there is none). */
export function testedConfig(cc: ContactCenterStore, draft: boolean, now: string): Config | null {
  if (!draft) return currentConfig(cc);
  const stored = configHistory(cc.data, now).draft;
  const parsed = stored && parseConfig(stored.config);
  return parsed && parsed.ok ? parsed.config : null;
}

function audit(history: ConfigHistory, entry: Omit<ConfigAuditRecord, 'actor'>, agent: AgentRecord) {
  history.audit.push({ ...entry, actor: { ...authorOf(agent), role: agent.role } });
}

/** What a version changes: the configuration, and the routing setup when given (else it stays). */
export interface VersionChange {
  config: Config;
  setup?: RoutingSetupSnapshot;
}

/**
 * Every save is a new version with its author, time and changes from the version before,
 * and an audit entry; calls run with the changes at once. A version holds the configuration and
 * the routing setup together, so a rollback brings back queues and skills its rules named.
 */
export async function saveVersion(
  cc: ContactCenterStore,
  change: VersionChange,
  agent: AgentRecord,
  at: string,
  action: ConfigVersionRecord['action'] & ConfigAuditRecord['action'],
  rollbackOf?: number,
): Promise<ConfigVersionRecord> {
  const history = configHistory(cc.data, at);
  const setupBefore = setupSnapshot(cc.data);
  if (change.setup) applySetup(cc.data, change.setup);
  const setup = setupSnapshot(cc.data);
  const changes = [...diffConfig(currentConfig(cc), change.config), ...setupChanges(setupBefore, setup)];
  const version: ConfigVersionRecord = {
    version: currentVersion(history).version + 1,
    author: authorOf(agent),
    at,
    action,
    ...(rollbackOf ? { rollbackOf } : {}),
    changes,
    config: change.config,
    setup,
  };
  history.versions.push(version);
  audit(history, { at, action, version: version.version, changes }, agent);
  cc.data.config = change.config;
  await cc.save();
  return version;
}

export async function saveDraft(cc: ContactCenterStore, config: Config, agent: AgentRecord, at: string): Promise<ConfigHistory['draft']> {
  const history = configHistory(cc.data, at);
  const previous = history.draft?.config ?? currentConfig(cc);
  history.draft = { author: authorOf(agent), at, basedOn: currentVersion(history).version, config };
  audit(history, { at, action: 'draft', changes: diffConfig(previous, config) }, agent);
  await cc.save();
  return history.draft;
}

export async function discardDraft(cc: ContactCenterStore, agent: AgentRecord, at: string): Promise<boolean> {
  const history = configHistory(cc.data, at);
  if (!history.draft) return false;
  history.draft = undefined;
  audit(history, { at, action: 'discard-draft', changes: [] }, agent);
  await cc.save();
  return true;
}

/** What a version or the draft looks like to an admin: its changes are already free of secrets. */
export const versionSummary = ({ config: _config, setup: _setup, ...summary }: ConfigVersionRecord) => summary;
