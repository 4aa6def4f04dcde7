import type { Router } from 'express';

interface LayerLike {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: LayerLike[] };
}

/**
 * The method and path of every route mounted in an Express router and the routers it uses at
 * its root (how the contact-center service composes its parts), read off Express's own stack.
 */
export function mountedRoutes(router: Router): { method: string; path: string }[] {
  const walk = (stack: LayerLike[]): { method: string; path: string }[] =>
    stack.flatMap((layer) => {
      if (layer.route) return Object.keys(layer.route.methods).filter((m) => m !== '_all').map((method) => ({ method, path: layer.route!.path }));
      return layer.handle?.stack ? walk(layer.handle.stack) : [];
    });
  return walk((router as unknown as { stack: LayerLike[] }).stack);
}
