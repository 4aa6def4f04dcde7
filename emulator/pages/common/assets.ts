import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';

const dir = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** Build output of the local pages' bundles (`npm run build`). */
export const BUILD_DIR = dir('../build');

/**
 * Static files of the local pages: SLDS, the softphone and simulator modules, and the
 * Lightning bundle. Unknown asset paths fall through to the JSON 404.
 */
export function assetRoutes(): Router {
  const router = Router();
  const options = { fallthrough: true, index: false, maxAge: '1h' } as const;
  router.use('/assets/slds', express.static(dir('../../../node_modules/@salesforce-ux/design-system/assets'), options));
  router.use('/assets', express.static(dir('client'), { ...options, maxAge: 0 }));
  router.use('/assets/build', express.static(BUILD_DIR, { ...options, maxAge: 0 }));
  return router;
}
