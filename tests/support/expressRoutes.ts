import { Router } from 'express';

interface LayerLike {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: LayerLike[] };
  [MOUNT_PATH]?: string;
}

const MOUNT_PATH = Symbol('mountPath');

/**
 * The method and path of every route mounted in an Express router and the routers it uses at
 * its root (how the contact-center service composes its parts), read off Express's own stack.
 */
export function mountedRoutes(router: Router): { method: string; path: string }[] {
  const walk = (stack: LayerLike[]): { method: string; path: string }[] =>
    stack.flatMap((layer) => {
      if (layer.route) return routesOf(layer.route, '');
      return layer.handle?.stack ? walk(layer.handle.stack) : [];
    });
  return walk((router as unknown as { stack: LayerLike[] }).stack);
}

/**
 * Like `mountedRoutes`, with the paths routers were mounted at (`router.use('/cc/v1', api)`)
 * put in front. Express 5 keeps a mount path only as a matcher, so it is known only for
 * routers built after `recordMountPaths()`.
 */
export function mountedRoutesWithPaths(router: Router): { method: string; path: string }[] {
  const walk = (stack: LayerLike[], prefix: string): { method: string; path: string }[] =>
    stack.flatMap((layer) => {
      if (layer.route) return routesOf(layer.route, prefix);
      const mounted = layer[MOUNT_PATH] && layer[MOUNT_PATH] !== '/' ? layer[MOUNT_PATH] : '';
      if (layer.handle?.stack) return walk(layer.handle.stack, prefix + mounted);
      // A handler mounted at a path answers everything under it (the Dynamics Web API does).
      return mounted ? routesOf({ path: mounted, methods: {} }, prefix) : [];
    });
  const seen = new Set<string>();
  return walk((router as unknown as { stack: LayerLike[] }).stack, '').filter((r) => !seen.has(`${r.method} ${r.path}`) && seen.add(`${r.method} ${r.path}`));
}

function routesOf(route: NonNullable<LayerLike['route']>, prefix: string) {
  const paths = Array.isArray(route.path) ? route.path : [route.path];
  const methods = Object.keys(route.methods).filter((m) => m !== '_all');
  // `router.all(...)` answers every method: listed as the ones clients use.
  const answered = methods.length > 0 ? methods : ['get', 'post'];
  return paths.flatMap((path) => answered.map((method) => ({ method, path: prefix + path })));
}

/** Marks each layer `router.use(path, ...)` adds with its path, until the returned function is called. */
export function recordMountPaths(): () => void {
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(Router())) as { use: (...args: unknown[]) => unknown; stack?: LayerLike[] };
  const original = proto.use;
  proto.use = function use(this: { stack: LayerLike[] }, ...args: unknown[]) {
    const before = this.stack.length;
    const result = original.apply(this, args);
    // A list of paths mounts the same handlers at each; the first names them.
    const path = [args[0]].flat()[0];
    if (typeof path === 'string') for (const layer of this.stack.slice(before)) layer[MOUNT_PATH] = path;
    return result;
  };
  return () => {
    proto.use = original;
  };
}
