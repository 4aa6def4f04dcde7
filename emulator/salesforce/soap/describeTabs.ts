import type { RecordService } from '../records/recordService';
import { tag } from './envelope';

/**
 * `describeTabs()`: the apps the user can pick in the app launcher, each with its tabs.
 * https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_describetabs.htm
 */
const APPS = [
  { tabSetId: '02uDn000000CCrdAAA', label: 'Sales', description: 'Manage your sales process with accounts, contacts, leads and opportunities', selected: true, objects: ['Account', 'Contact', 'Lead', 'Opportunity', 'Campaign', 'Task'] },
  { tabSetId: '02uDn000000CCrdBAA', label: 'Service', description: 'Manage customer service with accounts, contacts and cases', selected: false, objects: ['Account', 'Contact', 'Case', 'Task'] },
];

/** Standard tabs' theme colours (Lightning's object colours). */
const COLORS: Record<string, string> = { Account: '7F8DE1', Contact: 'A094ED', Lead: 'F88962', Opportunity: 'FCB95B', Case: 'F2CF5B', Campaign: 'F49756', Task: '4BC076' };

export function describeTabs(records: RecordService, _call: unknown, _userId: string, origin: string): string[] {
  return APPS.map((app) => {
    const tabs = app.objects.map((name) => records.store.schema(name)).filter((s) => s !== undefined).map((schema) => {
      const icon = `${origin}/img/icon/t4v35/standard/${schema.name.toLowerCase()}_120.png`;
      return `<tabs><colors>${tag('color', COLORS[schema.name] ?? '1797C0')}${tag('context', 'primary')}${tag('theme', 'theme4')}</colors>${tag('custom', Boolean(schema.custom))}` +
        `${tag('iconUrl', `${origin}/img/icon/${schema.name.toLowerCase()}32.png`)}<icons>${tag('contentType', 'image/png')}${tag('height', 120)}${tag('theme', 'theme4')}${tag('url', icon)}${tag('width', 120)}</icons>` +
        `${tag('label', schema.labelPlural)}${tag('miniIconUrl', `${origin}/img/icon/${schema.name.toLowerCase()}16.png`)}${tag('name', `standard-${schema.name}`)}${tag('sobjectName', schema.name)}${tag('url', `${origin}/${schema.keyPrefix}/o`)}</tabs>`;
    });
    return `${tag('description', app.description)}${tag('label', app.label)}${tag('logoUrl', `${origin}/img/seasonLogos/2025_Winter_aloha.png`)}${tag('namespace', null)}${tag('selected', app.selected)}${tag('tabSetId', app.tabSetId)}${tabs.join('')}`;
  });
}
