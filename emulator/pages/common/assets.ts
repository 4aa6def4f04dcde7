import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';

const dir = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** Build output of the local pages' bundles (`npm run build`). */
export const BUILD_DIR = dir('../build');

/**
 * Static files of the local pages: SLDS, the softphone's stylesheet, and the bundles (the
 * Lightning page, the workspace, the pages' own scripts). The scripts in `client/` import
 * `shared/` and are served only bundled. Unknown asset paths fall through to the JSON 404.
 */
export function assetRoutes(): Router {
  const router = Router();
  const options = { fallthrough: true, index: false, maxAge: '1h' } as const;
  router.use('/assets/slds', express.static(dir('../../../node_modules/@salesforce-ux/design-system/assets'), options));
  router.get('/assets/softphone.css', (_req, res) => res.sendFile(dir('client/softphone.css')));
  router.get('/assets/servicenow-boot.js', (_req, res) => res.type('text/javascript').sendFile(dir('../servicenow/client/boot.js')));
  router.use('/assets/build', express.static(BUILD_DIR, { ...options, maxAge: 0 }));
  return router;
}
