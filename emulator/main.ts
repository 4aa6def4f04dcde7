import { readConfig } from './config';
import { startEmulator } from './server';

/** `npm run emulator`: starts every emulated part and prints where to find them. */
async function main() {
  const started = Date.now();
  const config = readConfig();
  const emulator = await startEmulator(config);
  const u = emulator.url;
  console.log(
    [
      `Customer Card emulator ready in ${Date.now() - started} ms (data: ${emulator.store.location})`,
      `  Open                   ${u}/  (sign in, then the local Lightning console)`,
      `  Health                 ${u}/health`,
      `  Sign in                ${u}/login  (agent@customercard.example / emulator)`,
      `  Salesforce page        ${u}/lightning/page/home`,
      `  ServiceNow workspace   ${u}/now/cwf/agent/home`,
      `  Customer simulator     ${u}/simulator`,
      `  Ticket search          ${u}/tickets`,
      `  Ticket import (admin)  ${u}/tickets/import`,
      `  Salesforce REST        ${u}/services/data/`,
      `  ServiceNow Table API   ${u}/api/now/table/{table}`,
      `  Zendesk Support API    ${u}/api/v2/`,
      `  Dynamics 365 Web API   ${u}/api/data/v9.2/  (token: ${u}/customercard/oauth2/v2.0/token)`,
      `  Contact-center API     ${u}/cc/v1/  (OpenAPI: ${u}/cc/v1/openapi.json)`,
    ].join('\n'),
  );
  const shutdown = (signal: string) => {
    console.log(`[emulator] ${signal}: closing`);
    emulator.close().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

process.on('unhandledRejection', (reason) => console.error('[emulator] unhandled rejection:', reason));

main().catch((error) => {
  console.error(`[emulator] could not start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
