import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './client';

/** Heavy enough to take well over 300 ms of WebAssembly work, light enough for a shared CI core. */
const HEAVY = `select sum((a * b) % 7)::int8 as s from generate_series(1, 2500) a, generate_series(1, 2500) b`;

/**
 * Runs sql while measuring how long the main thread's event loop stays stuck: the longest gap
 * between the ticks of a 10 ms interval (as an HTTP request would wait), and perf_hooks' own monitor.
 */
async function measure(db: Db, sql: string) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  let last = performance.now();
  let maxGapMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxGapMs = Math.max(maxGapMs, now - last);
    last = now;
  }, 10);
  histogram.enable();
  const start = performance.now();
  await db.query(sql);
  const ms = performance.now() - start;
  // A stalled loop is seen when it runs again: give the timers that turn.
  await new Promise((resolve) => setTimeout(resolve, 30));
  histogram.disable();
  clearInterval(timer);
  return { ms, maxGapMs, monitorMaxMs: histogram.max / 1e6 };
}

/** Every type the server reads back, so the worker's copy can be compared with PGlite's own values. */
const VALUES = `select '2024-01-02'::date as d, '2024-01-02 03:04'::timestamp as ts, $1::timestamptz as tz,
  9007199254740993::int8 as big, 5::int8 as small, count(*) as c, 1.5::numeric as num, 2.5::float8 as f,
  array[1, 2] as arr, array['a', null] as tarr, '{"a": [1]}'::jsonb as j, $2::jsonb as pj, $3::int[] as pa,
  null::text as n, '\\x0102'::bytea as b, true as t, '1 day'::interval as i from generate_series(1, 3)`;
const VALUE_PARAMS = [new Date('2026-11-23T01:02:03Z'), { x: [1, 'y'] }, [1, 2]];

describe('PGlite on a worker thread', () => {
  let db: Db;
  /** The old way, as the reference the worker must match. */
  let inProcess: Db;
  beforeAll(async () => {
    [db, inProcess] = await Promise.all([openDatabase({ kind: 'pglite' }), openDatabase({ kind: 'pglite', inProcess: true })]);
    await db.exec(`create table items (id int primary key, name text not null unique, qty int check (qty >= 0))`);
  });
  afterAll(async () => {
    await Promise.all([db.close(), inProcess.close()]);
  });

  it('runs a long query without stalling the event loop; in process the same query stalls it', async () => {
    const worker = await measure(db, HEAVY);
    console.info('worker thread:', worker);
    expect(worker.ms).toBeGreaterThan(300);
    expect(worker.maxGapMs).toBeLessThan(worker.ms / 4);
    expect(worker.monitorMaxMs).toBeLessThan(worker.ms / 4);

    // The same measurement catches the old behaviour, so the assertions above can fail.
    const blocked = await measure(inProcess, HEAVY);
    console.info('in process:', blocked);
    expect(blocked.maxGapMs).toBeGreaterThan(blocked.ms / 2);
  });

  it('returns values of the same types as PGlite in process (dates, bigint, numeric, arrays, jsonb, bytea, null)', async () => {
    const expected = await inProcess.query(VALUES, VALUE_PARAMS);
    const actual = await db.query(VALUES, VALUE_PARAMS);
    expect(actual).toStrictEqual(expected);
    expect(actual[0]).toMatchObject({ big: 9007199254740993n, c: 3, tz: VALUE_PARAMS[0], pj: { x: [1, 'y'] }, n: null });
    expect(actual[0]!.d).toBeInstanceOf(Date);
    expect(actual[0]!.b).toBeInstanceOf(Uint8Array);
  });

  it('commits a transaction as a whole, and rolls all of it back when the callback throws', async () => {
    await db.exec('truncate items');
    const committed = await db.transaction(async (tx) => {
      await tx.query(`insert into items values (1, 'beras', 2)`);
      await tx.query(`insert into items values (2, 'gula', 3)`);
      return (await tx.query<{ n: number }>('select count(*)::int as n from items'))[0]!.n;
    });
    expect(committed).toBe(2);

    const thrown = new Error('batal');
    const attempt = db.transaction(async (tx) => {
      await tx.query(`insert into items values (3, 'minyak', 1)`);
      await tx.exec(`update items set qty = 0`);
      throw thrown;
    });
    await expect(attempt).rejects.toBe(thrown);
    expect(await db.query('select id, qty from items order by id')).toEqual([{ id: 1, qty: 2 }, { id: 2, qty: 3 }]);
  });

  it("makes other callers' queries wait for an open transaction, as PGlite does in process", async () => {
    await db.exec('truncate items');
    let outside: Promise<Array<{ n: number }>> | undefined;
    await db.transaction(async (tx) => {
      await tx.query(`insert into items values (1, 'beras', 2)`);
      outside = db.query<{ n: number }>('select count(*)::int as n from items');
      await new Promise((resolve) => setTimeout(resolve, 50));
      await tx.query(`insert into items values (2, 'gula', 3)`);
    });
    expect(await outside).toEqual([{ n: 2 }]);
  });

  it("passes Postgres' error through with its code, detail and position, in and out of transactions", async () => {
    await db.exec('truncate items');
    await db.query(`insert into items values (1, 'beras', 2)`);
    const unique = await db.query(`insert into items values (2, 'beras', 1)`).catch((error: unknown) => error);
    expect(unique).toBeInstanceOf(Error);
    expect(unique).toMatchObject({
      code: '23505',
      constraint: 'items_name_key',
      table: 'items',
      detail: 'Key (name)=(beras) already exists.',
      message: 'duplicate key value violates unique constraint "items_name_key"',
    });

    const syntax = await db.query('select nama frm items').catch((error: unknown) => error);
    expect(syntax).toMatchObject({ code: '42601', position: '17' });

    const inTx = await db
      .transaction(async (tx) => {
        await tx.query(`insert into items values (3, 'gula', 1)`);
        await tx.query(`update items set qty = -1 where id = 1`);
      })
      .catch((error: unknown) => error);
    expect(inTx).toMatchObject({ code: '23514', constraint: 'items_qty_check' });
    expect(await db.query('select id, qty from items')).toEqual([{ id: 1, qty: 2 }]);
  });

  it('fails only the call whose parameters cannot be copied to the worker', async () => {
    await expect(db.query('select $1::text as x', [() => 'x'])).rejects.toThrow(/could not be cloned/);
    expect(await db.query('select $1::text as x', ['ok'])).toEqual([{ x: 'ok' }]);
  });

  it('dumps the data folder as a Blob that opens as a copy of the database, closed for good after close()', async () => {
    await db.exec('truncate items');
    await db.query(`insert into items values (1, 'beras', 2)`);
    const dump = await db.dumpDataDir!();
    expect(dump).toBeInstanceOf(Blob);
    expect(dump.size).toBeGreaterThan(1_000_000);
    const copy = await openDatabase({ kind: 'pglite', loadDataDir: dump });
    try {
      expect(await copy.query('select id, name from items')).toEqual([{ id: 1, name: 'beras' }]);
    } finally {
      await copy.close();
    }
    await expect(copy.query('select 1')).rejects.toThrow(/closed/);
  });
});

describe('closing a worker database', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pglite-close-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('lets the process exit once closed, and keeps what was written to a data folder', async () => {
    const script = join(dir, 'open-close.mts');
    const client = pathToFileURL(join(import.meta.dirname, 'client.ts')).href;
    await writeFile(
      script,
      `import { openDatabase } from ${JSON.stringify(client)};
const target = { kind: 'pglite', dir: ${JSON.stringify(join(dir, 'db'))} } as const;
const db = await openDatabase(target);
await db.exec('create table t (x int)');
await db.query('insert into t values (42)');
await db.close();
const again = await openDatabase(target);
console.log(JSON.stringify(await again.query('select x from t')));
await again.close();
`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    const code = await new Promise<number | null>((resolve) => {
      const kill = setTimeout(() => child.kill(), 40_000);
      child.on('close', (c) => {
        clearTimeout(kill);
        resolve(c);
      });
    });
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.trim()).toBe('[{"x":42}]');
  });
});
