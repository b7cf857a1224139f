import { DEFAULT_SCRYPT, type ScryptParams } from './password';

export interface SessionPolicy {
  /** A session unused this long ends. */
  idleMs: number;
  /** A session ends this long after sign-in, however busy. */
  absoluteMs: number;
}

export interface ThrottlePolicy {
  /** Failed sign-ins, per user name and per client address, before the lock. */
  maxFailures: number;
  /** How long the lock lasts; failures older than this are forgotten. */
  lockMs: number;
}

/** How accounts behave in one app. Tests inject a clock and a cheaper hash; production takes the defaults. */
export interface AuthSettings {
  now: () => Date;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (the proxy's last entry). */
  trustProxy: boolean;
  session: SessionPolicy;
  throttle: ThrottlePolicy;
  hash: ScryptParams;
}

export type AuthOptions = Partial<Omit<AuthSettings, 'session' | 'throttle'>> & {
  session?: Partial<SessionPolicy>;
  throttle?: Partial<ThrottlePolicy>;
};

const HOUR = 3_600_000;

export function resolveAuthSettings(options: AuthOptions = {}): AuthSettings {
  return {
    now: options.now ?? (() => new Date()),
    trustProxy: options.trustProxy ?? false,
    session: { idleMs: 12 * HOUR, absoluteMs: 7 * 24 * HOUR, ...options.session },
    throttle: { maxFailures: 5, lockMs: 15 * 60_000, ...options.throttle },
    hash: options.hash ?? DEFAULT_SCRYPT,
  };
}
