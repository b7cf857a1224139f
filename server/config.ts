import { resolve } from 'node:path';
import { z } from 'zod';
import { isIsoDate, todayInWib } from '../contract/dates';

const Bool = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const DateString = z.string().refine(isIsoDate, 'must be a date as YYYY-MM-DD');

const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DEMO_DATA: Bool.default(true),
  DEMO_TODAY: DateString.optional(),
  CAMPAIGN_DEADLINE: DateString.optional(),
  PSEUDONYM_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  STATIC_DIR: z.string().min(1).default('./dist'),
  LOG_REQUESTS: Bool.default(false),
  IMPORT_MAX_MB: z.coerce.number().int().min(1).max(4096).default(300),
  TRUST_PROXY: Bool.default(false),
  PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^\s?#]+$/, 'must be an http:// or https:// address without ? or #, e.g. https://pantau.example.go.id')
    .optional(),
});

export const DEFAULT_IMPORT_MAX_BYTES = 300 * 1_048_576;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: { kind: 'pglite'; dir: string } | { kind: 'postgres'; url: string };
  demoData: boolean;
  demoToday: string;
  campaignDeadline: string | undefined;
  pseudonymKey: string | undefined;
  staticDir: string;
  logRequests: boolean;
  importMaxBytes: number;
  /** Behind a reverse proxy: the client address for sign-in throttling comes from X-Forwarded-For. */
  trustProxy: boolean;
  /** Where people reach the app (no trailing slash): absolute links in shared pages start with it. */
  publicUrl: string | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** The one place that reads the environment. Every bad variable is named at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = Env.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(cleaned[String(i.path[0])])})`));
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'pglite', dir: resolve(dataDir, 'pglite') },
    demoData: e.DEMO_DATA,
    demoToday: e.DEMO_TODAY ?? todayInWib(),
    campaignDeadline: e.CAMPAIGN_DEADLINE,
    pseudonymKey: e.PSEUDONYM_KEY,
    staticDir: resolve(e.STATIC_DIR),
    logRequests: e.LOG_REQUESTS,
    importMaxBytes: e.IMPORT_MAX_MB * 1_048_576,
    trustProxy: e.TRUST_PROXY,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
  };
}
