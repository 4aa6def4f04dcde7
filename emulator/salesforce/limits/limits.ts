import { Router } from 'express';
import { DAILY_API_REQUESTS, type ApiUsage } from './apiUsage';

/**
 * `GET /services/data/vXX.X/limits`: each limit as `{Max, Remaining}`. API requests are
 * counted; the other allocations are a Developer Edition org's, with nothing used.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_limits.htm
 */
const UNUSED: Record<string, number> = {
  ConcurrentAsyncGetReportInstances: 200, ConcurrentSyncReportRuns: 20, DailyAsyncApexExecutions: 250_000,
  DailyBulkApiBatches: 15_000, DailyBulkV2QueryFileStorageMB: 976_562, DailyBulkV2QueryJobs: 10_000,
  DailyDurableGenericStreamingApiEvents: 10_000, DailyDurableStreamingApiEvents: 10_000, DailyGenericStreamingApiEvents: 10_000,
  DailyStandardVolumePlatformEvents: 10_000, DailyStreamingApiEvents: 10_000, DailyWorkflowEmails: 390,
  DataStorageMB: 5, FileStorageMB: 20, HourlyAsyncReportRuns: 1_200, HourlyDashboardRefreshes: 200, HourlyDashboardResults: 5_000,
  HourlyDashboardStatuses: 999_999_999, HourlyODataCallout: 10_000, HourlyPublishedPlatformEvents: 50_000,
  HourlyPublishedStandardVolumePlatformEvents: 1_000, HourlySyncReportRuns: 500, HourlyTimeBasedWorkflow: 50,
  MassEmail: 10, PermissionSets: 1_500, SingleEmail: 15, StreamingApiConcurrentClients: 20,
};

export function limitsRouter(usage: ApiUsage): Router {
  const router = Router({ mergeParams: true });
  router.get('/limits', (_req, res) => {
    const limits: Record<string, { Max: number; Remaining: number }> = {
      DailyApiRequests: { Max: DAILY_API_REQUESTS, Remaining: Math.max(0, DAILY_API_REQUESTS - usage.used()) },
    };
    for (const [name, max] of Object.entries(UNUSED)) limits[name] = { Max: max, Remaining: max };
    res.json(Object.fromEntries(Object.entries(limits).sort(([a], [b]) => a.localeCompare(b))));
  });
  return router;
}
