import type { RequestHandler } from 'express';
import type { StoreCluster } from '../../store/cluster';

/**
 * Behind a load balancer each request may land on any instance: before it is handled, this
 * instance takes in every change the others committed before it arrived (a session signed in a
 * moment ago, a call another instance just offered), so it reads what they wrote.
 */
export function clusterSync(cluster: Pick<StoreCluster, 'sync'>): RequestHandler {
  return (_req, _res, next) => {
    cluster.sync().then(() => next(), next);
  };
}
