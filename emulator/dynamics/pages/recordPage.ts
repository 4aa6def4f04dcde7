import { Router, type Response } from 'express';
import type { Database } from '../data/database';
import { formattedValue } from '../records/format';
import type { Registry } from '../schema/registry';
import { isLookupValue, type Entity, type Row } from '../schema/types';

/**
 * The model-driven app's record form URL, `main.aspx?pagetype=entityrecord&etn=contact&id=…`,
 * served as a plain, accessible record view so a screen pop has somewhere to land.
 * https://learn.microsoft.com/power-apps/developer/model-driven-apps/open-forms-views-dialogs-reports-url
 */
export function recordPageRouter(db: Database, registry: Registry): Router {
  const router = Router();
  router.get('/main.aspx', (req, res) => {
    const param = (name: string) => (typeof req.query[name] === 'string' ? (req.query[name] as string) : '');
    if (param('pagetype') !== 'entityrecord' || !param('etn') || !param('id')) {
      return page(res, 400, 'Invalid page', '<p>This page opens one record: it needs <code>pagetype=entityrecord</code>, <code>etn</code> and <code>id</code>.</p>');
    }
    const entity = registry.byLogicalName(param('etn'));
    const id = param('id').replace(/[{}]/g, '').toLowerCase();
    const row = entity && db.get(entity.logicalName, id);
    if (!entity || !row) {
      return page(res, 404, 'Record Is Unavailable', '<p>The requested record was not found or you do not have sufficient permissions to view it.</p>');
    }
    const name = row[entity.primaryNameAttribute];
    const title = typeof name === 'string' && name ? name : `${entity.displayName} record`;
    page(res, 200, `${title} - ${entity.displayName}`, `<p class="type">${escapeHtml(entity.displayName)}</p>\n${fields(db, registry, entity, row)}`, title);
  });
  return router;
}

function fields(db: Database, registry: Registry, entity: Entity, row: Row): string {
  const items: string[] = [];
  for (const attribute of entity.attributes) {
    const value = row[attribute.logicalName];
    if (value === null || value === undefined || attribute.type === 'uniqueidentifier' || attribute.logicalName === 'versionnumber') continue;
    const shown = formattedValue(db, registry, attribute, value) ?? (isLookupValue(value) ? value.id : String(value));
    let html = escapeHtml(shown);
    if (isLookupValue(value)) html = `<a href="/main.aspx?pagetype=entityrecord&amp;etn=${encodeURIComponent(value.entity)}&amp;id=${encodeURIComponent(value.id)}">${html}</a>`;
    items.push(`  <div><dt>${escapeHtml(attribute.label)}</dt><dd>${html}</dd></div>`);
  }
  return `<dl>\n${items.join('\n')}\n</dl>`;
}

function page(res: Response, status: number, title: string, body: string, heading = title): void {
  res.status(status).type('html').send(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b}dl div{display:grid;grid-template-columns:14rem 1fr;padding:.25rem 0;border-bottom:1px solid #ddd}dt{font-weight:600}.type{color:#505050}</style>
</head>
<body>
<main>
<h1>${escapeHtml(heading)}</h1>
${body}
</main>
</body>
</html>
`);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
