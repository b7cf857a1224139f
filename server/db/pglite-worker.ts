/**
 * The PGlite database, on a worker thread of its own (started by openDatabase in client.ts).
 *
 * PGlite runs Postgres as WebAssembly, synchronously: a 20-second import transaction on the main
 * thread would stall every HTTP request for 20 seconds. Here it only stalls this thread.
 *
 * Protocol: the main thread posts `Request`s; every request gets exactly one `Reply` with its id.
 * Requests are not awaited one by one: PGlite's own mutexes queue them, so a query outside a
 * transaction waits for an open transaction to finish, as it does in process.
 */
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { parentPort, workerData } from 'node:worker_threads';

export interface WorkerInit {
  dir?: string;
  loadDataDir?: ArrayBuffer;
}

export type Request =
  | { id: number; op: 'query'; sql: string; params: unknown[]; tx?: number }
  | { id: number; op: 'exec'; sql: string; tx?: number }
  | { id: number; op: 'begin'; tx: number }
  | { id: number; op: 'end'; tx: number; commit: boolean }
  | { id: number; op: 'dump' }
  | { id: number; op: 'close' };

/** An error's own fields (code, detail, position, constraint...) as plain cloneable values. */
export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  /** DatabaseError from Postgres, rather than a JavaScript error of the worker. */
  database: boolean;
  fields: Record<string, unknown>;
}

export type Reply =
  | { id: number; ok: true; value?: unknown }
  | { id: number; ok: false; error: SerializedError }
  | { id: 0; ready: true }
  | { id: 0; ready: false; error: SerializedError };

function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), database: false, fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (key === 'name' || key === 'message' || key === 'stack') continue;
    try {
      fields[key] = structuredClone(value);
    } catch {
      // not cloneable (a function in queryOptions, say): the caller never needed it
    }
  }
  return {
    name: error.name,
    message: error.message,
    stack: error.stack,
    database: 'severity' in error && 'code' in error,
    fields,
  };
}

const port = parentPort;
if (!port) throw new Error('pglite-worker.ts runs only as a worker thread (see openDatabase in client.ts)');

class Rollback extends Error {}

async function main(port: NonNullable<typeof parentPort>) {
  const init = workerData as WorkerInit;
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(init.dir, init.loadDataDir ? { loadDataDir: new Blob([init.loadDataDir]) } : {});
  } catch (error) {
    port.postMessage({ id: 0, ready: false, error: serializeError(error) } satisfies Reply);
    return;
  }

  /** Open transactions: the PGlite handle and how to end it. */
  const open = new Map<number, { tx: Transaction; finish: (commit: boolean) => void; done: Promise<void> }>();

  const target = (tx: number | undefined) => {
    if (tx === undefined) return pglite;
    const entry = open.get(tx);
    if (!entry) throw new Error(`Transaction ${tx} is not open`);
    return entry.tx;
  };

  const begin = (id: number) =>
    new Promise<void>((started, failed) => {
      let finish!: (commit: boolean) => void;
      const decided = new Promise<boolean>((resolve) => (finish = resolve));
      const done = pglite
        .transaction(async (tx) => {
          open.set(id, { tx, finish, done });
          started();
          if (!(await decided)) throw new Rollback();
        })
        .catch((error: unknown) => {
          if (!(error instanceof Rollback)) throw error;
        })
        .finally(() => open.delete(id));
      // A failure before the callback ran (BEGIN itself failed) fails the begin request.
      done.catch(failed);
    });

  const handle = async (request: Request): Promise<unknown> => {
    switch (request.op) {
      case 'query':
        return (await target(request.tx).query(request.sql, request.params)).rows;
      case 'exec':
        await target(request.tx).exec(request.sql);
        return undefined;
      case 'begin':
        await begin(request.tx);
        return undefined;
      case 'end': {
        const entry = open.get(request.tx);
        if (!entry) throw new Error(`Transaction ${request.tx} is not open`);
        entry.finish(request.commit);
        await entry.done;
        return undefined;
      }
      case 'dump': {
        const dump = await pglite.dumpDataDir('none');
        return await dump.arrayBuffer();
      }
      case 'close':
        await pglite.close();
        return undefined;
    }
  };

  port.on('message', (request: Request) => {
    handle(request).then(
      (value) => {
        const transfer = value instanceof ArrayBuffer ? [value] : [];
        port.postMessage({ id: request.id, ok: true, value } satisfies Reply, transfer);
        if (request.op === 'close') port.close();
      },
      (error: unknown) => port.postMessage({ id: request.id, ok: false, error: serializeError(error) } satisfies Reply),
    );
  });
  port.postMessage({ id: 0, ready: true } satisfies Reply);
}

void main(port);
