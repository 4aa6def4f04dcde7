import { seedSalesforceContacts, seedServiceNowConsumers, startOver, storyStore } from './ccEmulator';

/**
 * The emulated CRMs in a process of their own, as real CRMs are remote: the demo story plus
 * `BENCH_CONTACTS` Salesforce Contacts and ServiceNow consumers, seeded here (sending a million
 * records to another process would take longer than the benchmark), served on `PORT`.
 */
async function main() {
  const contacts = Number(process.env.BENCH_CONTACTS ?? 0);
  const store = await storyStore();
  seedSalesforceContacts(store, contacts);
  seedServiceNowConsumers(store, contacts);
  const emulator = await startOver(store, Number(process.env.PORT));
  process.once('SIGTERM', () => void emulator.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
