import { Router } from 'express';
import { sendNotFound } from '../http/errors';
import { apiBase, firstQuery } from '../http/origin';
import { sendList } from '../http/pagination';
import { jobJson, type Jobs } from './jobs';

/** List, Show Many and Show Job Statuses. */
export function jobStatusRoutes(jobs: Jobs): Router {
  const router = Router();
  router.get(['/job_statuses.json', '/job_statuses'], (req, res) => {
    const base = apiBase(req);
    sendList(req, res, 'job_statuses', `${base}/job_statuses.json`, jobs.all(), { idOf: (j) => j.seq, toJson: (j) => jobJson(j, base) });
  });
  router.get(['/job_statuses/show_many.json', '/job_statuses/show_many'], (req, res) => {
    const base = apiBase(req);
    const ids = (firstQuery(req.query.ids) ?? '').split(',').filter(Boolean);
    res.json({ job_statuses: ids.flatMap((id) => jobs.get(id) ?? []).map((j) => jobJson(j, base)) });
  });
  router.get('/job_statuses/:id', (req, res) => {
    const job = jobs.get(req.params.id.replace(/\.json$/, ''));
    if (!job) return sendNotFound(res);
    res.json({ job_status: jobJson(job, apiBase(req)) });
  });
  return router;
}
