/**
 * The load process: autocannon in a process of its own, so the server under test and the load generator do
 * not share an event loop. Argument: JSON { url, paths, connections, seconds } (seconds 0: until SIGTERM).
 * Prints one JSON line: latencies of every response (ms: p50, p95, p99, max), throughput, errors.
 * autocannon has no p95 of its own, hence the per-response record.
 */
import autocannon from 'autocannon';

interface Args {
  url: string;
  paths: string[];
  connections: number;
  seconds: number;
  unique?: boolean;
  /** A number of requests instead of a duration. */
  amount?: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
}

const args = JSON.parse(process.argv[2]!) as Args;
const times: number[] = [];
const codes: Record<string, number> = {};
const started = performance.now();
const instance = autocannon(
  {
    url: args.url,
    connections: args.connections,
    ...(args.amount ? { amount: args.amount } : { duration: args.seconds > 0 ? args.seconds : 86_400 }),
    timeout: 60,
    idReplacement: args.unique ?? false,
    requests: args.paths.map((path) => ({ method: 'GET', path: args.unique ? `${path}${path.includes('?') ? '&' : '?'}bench=[<id>]` : path })),
  },
  (error, result) => {
    if (error) {
      console.error(error);
      process.exit(1);
    }
    const seconds = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    const at = (p: number) => (times.length ? times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]! : NaN);
    const out: LoadResult = {
      requests: times.length,
      seconds,
      rps: times.length / seconds,
      p50: at(50),
      p95: at(95),
      p99: at(99),
      max: times.at(-1) ?? NaN,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      statusCodes: codes,
    };
    process.stdout.write(JSON.stringify(out) + '\n');
    process.exit(0);
  },
);
instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
  times.push(responseTime);
  codes[statusCode] = (codes[statusCode] ?? 0) + 1;
});
process.on('SIGTERM', () => instance.stop());
