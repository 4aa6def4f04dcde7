import { MEMORY } from './store/store';

export interface EmulatorConfig {
  port: number;
  host: string;
  dataFile: string;
  /** PostgreSQL instead of the lowdb file when set (issue 22). */
  databaseUrl?: string;
  reset: boolean;
}

/** Reads the emulator's settings from the environment and the command line. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv.slice(2)): EmulatorConfig {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number between 0 and 65535, got "${env.PORT}"`);
  }
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataFile: env.EMULATOR_DATA || '.data/emulator.json',
    databaseUrl: env.DATABASE_URL || undefined,
    reset: argv.includes('--reset') || env.EMULATOR_RESET === '1' || env.EMULATOR_RESET === 'true',
  };
}

export const isMemory = (config: EmulatorConfig) => config.dataFile === MEMORY;
