import { PGlite, protocol } from '@electric-sql/pglite';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import type { Reply, Request, SerializedError, WorkerInit } from './pglite-worker';

export type Driver = 'pglite' | 'postgres';

export interface Queryable {
  /** Rows of a parameterised query. Cast aggregates in SQL (`::int`, `::float8`, `::text`): drivers differ otherwise. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements at once, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly driver: Driver;
  /** All or nothing: the callback's statements commit together or not at all. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** PGlite only: the whole data folder as a tarball, to clone a database quickly in tests. */
  dumpDataDir?: () => Promise<Blob>;
}

export type DbTarget =
  /** inProcess: run PGlite on the calling thread (the old way: every query blocks the event loop). */
  | { kind: 'pglite'; dir?: string; loadDataDir?: Blob; inProcess?: boolean }
  | { kind: 'postgres'; url: string; schema?: string; max?: number };

export async function openDatabase(target: DbTarget): Promise<Db> {
  if (target.kind === 'postgres') return openPostgres(target);
  // PGLITE_IN_PROCESS=1: the escape hatch should the worker ever fail to start somewhere.
  const inProcess = target.inProcess ?? process.env.PGLITE_IN_PROCESS === '1';
  return inProcess ? openPgliteInProcess(target) : openPgliteWorker(target);
}

/**
 * PGlite on a worker thread (pglite-worker.ts): its queries run synchronously as WebAssembly, and a
 * long one (an import's apply transaction) would otherwise stall every request on the event loop.
 */
async function openPgliteWorker(target: { dir?: string; loadDataDir?: Blob }): Promise<Db> {
  const init: WorkerInit = {
    ...(target.dir ? { dir: target.dir } : {}),
    ...(target.loadDataDir ? { loadDataDir: await target.loadDataDir.arrayBuffer() } : {}),
  };
  const worker = new Worker(workerEntry(), {
    workerData: init,
    transferList: init.loadDataDir ? [init.loadDataDir] : [],
    // The entry registers tsx itself; the parent's flags (--import tsx, --expose-gc...) are not the worker's business.
    execArgv: [],
  });

  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; caller: Error }>();
  let lastId = 0;
  let dead: Error | undefined;
  // A worker keeps the process alive: only while it owes an answer, as a pending in-process query would.
  const settle = () => {
    if (pending.size === 0) worker.unref();
  };
  const failAll = (error: Error) => {
    dead ??= error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };

  await new Promise<void>((ready, failed) => {
    const onExit = (code: number) => failed(new Error(`PGlite worker exited during start-up (code ${code})`));
    worker.once('error', failed);
    worker.once('exit', onExit);
    worker.once('message', (reply: Reply) => {
      worker.off('error', failed);
      worker.off('exit', onExit);
      if ('ready' in reply && reply.ready) ready();
      else failed('error' in reply ? reviveError(reply.error, new Error()) : new Error('PGlite worker: unexpected first message'));
    });
  }).catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });

  worker.on('message', (reply: Reply) => {
    const call = pending.get(reply.id);
    if (!call || 'ready' in reply) return;
    pending.delete(reply.id);
    settle();
    if (reply.ok) call.resolve(reply.value);
    else call.reject(reviveError(reply.error, call.caller));
  });
  worker.on('error', (error) => failAll(new Error(`PGlite worker crashed: ${error.message}`, { cause: error })));
  worker.on('exit', (code) => failAll(new Error(`PGlite worker exited (code ${code})`)));
  settle();

  type Op = Request extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
  const call = <T>(op: Op): Promise<T> => {
    if (dead) return Promise.reject(dead);
    const id = ++lastId;
    // Captured here so that a failed query's stack shows its caller, not the worker's message loop.
    const caller = new Error();
    const result = new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject, caller });
    });
    worker.ref();
    try {
      worker.postMessage({ ...op, id });
    } catch (error) {
      // A parameter structured clone cannot copy (a function, a class with private state): fail this call only.
      pending.delete(id);
      settle();
      return Promise.reject(error);
    }
    return result;
  };

  const wrap = (tx?: number): Queryable => ({
    query: <T>(sql: string, params: readonly unknown[] = []) =>
      call<T[]>({ op: 'query', sql, params: [...params], ...(tx === undefined ? {} : { tx }) }),
    exec: async (sql) => {
      await call<void>({ op: 'exec', sql, ...(tx === undefined ? {} : { tx }) });
    },
  });

  let lastTx = 0;
  return {
    driver: 'pglite',
    ...wrap(),
    transaction: async (fn) => {
      const tx = ++lastTx;
      await call<void>({ op: 'begin', tx });
      let result;
      try {
        result = await fn(wrap(tx));
      } catch (error) {
        await call<void>({ op: 'end', tx, commit: false }).catch(() => undefined);
        throw error;
      }
      await call<void>({ op: 'end', tx, commit: true });
      return result;
    },
    close: async () => {
      if (!dead) {
        const closing = call<void>({ op: 'close' });
        dead = new Error('PGlite is closed');
        await closing;
      }
      await worker.terminate();
    },
    dumpDataDir: async () => new Blob([await call<ArrayBuffer>({ op: 'dump' })], { type: 'application/x-tar' }),
  };
}

/**
 * The worker is TypeScript. On Node 20 a worker's entry file ignores loader hooks given with
 * `execArgv: ['--import', 'tsx']` (and those inherited from `node --import tsx`), so the entry is a
 * small ES module that registers tsx, then imports pglite-worker.ts: the same under npm start,
 * scripts and vitest.
 */
function workerEntry(): URL {
  const tsxApi = new URL('dist/esm/api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json')));
  const worker = new URL('./pglite-worker.ts', import.meta.url);
  const code = `import { register } from ${JSON.stringify(tsxApi.href)};\nregister();\nawait import(${JSON.stringify(worker.href)});\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** The worker's error as the caller would have had it in process: same class, message and fields (code, detail...). */
function reviveError(serialized: SerializedError, caller: Error): Error {
  const error: Error = serialized.database
    ? new protocol.messages.DatabaseError(serialized.message, 0, 'error')
    : new Error(serialized.message);
  Object.assign(error, serialized.fields);
  if (!serialized.database) error.name = serialized.name;
  const callerStack = caller.stack?.split('\n').slice(1).join('\n') ?? '';
  error.stack = `${serialized.stack ?? `${serialized.name}: ${serialized.message}`}\n    --- called from ---\n${callerStack}`;
  return error;
}

async function openPgliteInProcess(target: { dir?: string; loadDataDir?: Blob }): Promise<Db> {
  const pglite = await PGlite.create(target.dir, target.loadDataDir ? { loadDataDir: target.loadDataDir } : {});
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    query: async <T>(sql: string, params: readonly unknown[] = []) => (await q.query<T>(sql, params as unknown[])).rows,
    exec: async (sql) => {
      await q.exec(sql);
    },
  });
  return {
    driver: 'pglite',
    ...wrap(pglite),
    transaction: (fn) => pglite.transaction((tx) => fn(wrap(tx))),
    close: () => pglite.close(),
    dumpDataDir: () => pglite.dumpDataDir('none'),
  };
}

async function openPostgres(target: { url: string; schema?: string; max?: number }): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: target.url,
    max: target.max ?? 10,
    ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
  });
  // Fail at start-up, with the driver's own message, rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <T>(sql: string, params: readonly unknown[] = []) =>
      (await q.query(sql, params as unknown[])).rows as T[],
    exec: async (sql) => {
      await q.query(sql);
    },
  });
  return {
    driver: 'postgres',
    ...wrap(pool),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(wrap(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
