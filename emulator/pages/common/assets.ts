import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';
import { iconSymbol } from './iconSymbol';

const dir = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** Build output of the local pages' bundles (`npm run build`). */
export const BUILD_DIR = dir('../build');

/** The softphone's stylesheet, which every local page with a softphone links. */
export const SOFTPHONE_STYLESHEET = '/assets/softphone.css';

/**
 * A chunk's name carries its content's hash (`chunks/[name]-[hash].js`): a new build gives a new
 * name, so the browser may keep it for good and never ask again. The entries (`record.js`,
 * `slds.css`) keep their names across builds and are revalidated on every load.
 */
export const cacheChunksForGood = (res: ServerResponse, path: string) => {
  if (/[\\/]chunks[\\/][^\\/]+-[\w-]{8}\.js$/.test(path)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
};

/**
 * Static files of the local pages: SLDS (and its icons one by one), the softphone's stylesheet, and the bundles (the
 * Lightning page, the workspace, the pages' own scripts). The scripts in `client/` import
 * `shared/` and are served only bundled. Unknown asset paths fall through to the JSON 404.
 */
export function assetRoutes(): Router {
  const router = Router();
  const options = { fallthrough: true, index: false, maxAge: '1h' } as const;
  router.use('/assets/slds', express.static(dir('../../../node_modules/@salesforce-ux/design-system/assets'), options));
  // One SLDS icon per file (`iconHref` in client/iconHref.js names them), cached like SLDS's own files.
  router.get('/assets/icons/:category/:file', (req, res, next) => {
    const svg = req.params.file.endsWith('.svg') ? iconSymbol(req.params.category, req.params.file.slice(0, -'.svg'.length)) : undefined;
    if (!svg) return next();
    res.type('image/svg+xml').set('Cache-Control', 'public, max-age=3600').send(svg);
  });
  router.get(SOFTPHONE_STYLESHEET, (_req, res) => res.sendFile(dir('client/softphone.css')));
  router.get('/assets/servicenow-boot.js', (_req, res) => res.type('text/javascript').sendFile(dir('../servicenow/client/boot.js')));
  router.use('/assets/build', express.static(BUILD_DIR, { ...options, maxAge: 0, setHeaders: cacheChunksForGood }));
  return router;
}
