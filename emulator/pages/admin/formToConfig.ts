import type { Config } from '../../../shared';
import { dotted, valueAt, withValueAt } from './configPaths';
import { flatFields, type FieldSpec } from './sectionForm';
import { keepMaskedSecrets } from './sections';

/**
 * The configuration with a submitted form's values in place. A secret left empty keeps the
 * stored one; an unticked `present` box removes its whole object (a CRM no longer connected),
 * whatever its fields say, so it is applied after them.
 */
export function withFormValues(config: Config, fields: readonly FieldSpec[], values: readonly [string[], unknown][]): Config {
  const presence = new Set(flatFields(fields).filter((f) => f.kind === 'present').map((f) => dotted(f.path)));
  let changed: unknown = config;
  for (const [path, value] of values) {
    if (presence.has(dotted(path))) continue;
    changed = withValueAt(changed, path, keepMaskedSecrets(value === null ? undefined : value, valueAt(config, path)));
  }
  for (const [path, present] of values) if (presence.has(dotted(path)) && !present) changed = withValueAt(changed, path, undefined);
  return changed as Config;
}
