import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { startEmulator, type RunningEmulator } from '../../emulator/server';

/** The emulator in this process, on a free port, with everything in memory. */
export function startMemoryEmulator(): Promise<RunningEmulator> {
  return startEmulator({ port: 0, host: '127.0.0.1', dataFile: ':memory:', reset: false });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface EmulatorProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** Milliseconds from spawn until /health answered. */
  readyAfterMs: number;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** `npm run emulator` (or another entry point, such as `npm run serve`'s) as a separate process, the way outside tools start it. */
export async function spawnEmulator(env: Record<string, string>, args: string[] = [], { script = 'emulator/main.ts', startWithinMs = 30_000 } = {}): Promise<EmulatorProcess> {
  const port = await freePort();
  const started = performance.now();
  // TypeScript through tsx; compiled JavaScript (dist/server) as production runs it, with node alone.
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...loader, script, ...args], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`emulator exited early:\n${output}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > startWithinMs) throw new Error(`emulator did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  const readyAfterMs = performance.now() - started;
  return {
    url,
    child,
    output: () => output,
    readyAfterMs,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
