import { openPostgresStore } from './postgres/postgresStore';
import { openStore, type Store } from './store';

/** PostgreSQL when `DATABASE_URL` is set, else the lowdb file (or `:memory:`): the embedded default. */
export function openConfiguredStore(options: { databaseUrl?: string; dataFile: string }): Promise<Store> {
  return options.databaseUrl ? openPostgresStore(options.databaseUrl) : openStore(options.dataFile);
}
