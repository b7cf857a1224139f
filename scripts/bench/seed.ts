/**
 * Synthetic datasets of 10k to 5M registrations, written with SQL (generate_series), not through the CSV import,
 * then `rebuildRollups(db)`. The campaign, units, targets, events and regional recaps are the demo's, scaled to
 * the size; registrations are spread over the demo's units (weighted by ASN count) and occupations, dated from the
 * launch (2023-11-13) to BENCH_TODAY with a rising pace, ~15% inactive, 4% of rows a worker's second registration.
 *
 * Cached by size under bench/.cache (PGlite data folders) or as databases bench_<size> (PostgreSQL), keyed by a
 * hash of the migrations, the rollups module and this file: a change to any of them seeds again.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Db, type Queryable } from '../../server/db/client';
import { migrate } from '../../server/db/migrate';
import { syncReferenceData } from '../../server/db/reference-data';
import { generateDemoCampaign, LAUNCH_DATE } from '../../server/demo/generate';
import { seedDemoCampaign } from '../../server/demo/seed';
import { createPseudonymizer } from '../../server/privacy/pseudonym';
import { addAdmin, BENCH_TODAY, CACHE_DIR, databaseUrl, log, PSEUDONYM_KEY, root, urlForDatabase, type Driver } from './common';

export type Dataset = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; database: string };

/** The demo generator's occupations and weights (server/demo/generate.ts). */
const OCCUPATIONS: readonly [string, number][] = [
  ['Asisten Rumah Tangga', 22], ['Petani', 20], ['Sopir', 12], ['Pekerja Serabutan', 12],
  ['Buruh Tani', 10], ['Tukang Batu', 9], ['Pedagang Keliling', 7], ['Tukang Ojek', 5], ['Tukang Parkir', 3],
];
const CHUNK = 250_000;

async function cacheKey(): Promise<string> {
  const h = createHash('sha256');
  const migrations = join(root, 'server/db/migrations');
  for (const f of (await readdir(migrations)).sort()) h.update(f).update(await readFile(join(migrations, f)));
  for (const f of ['server/db/rollups.ts', 'scripts/bench/seed.ts', 'server/demo/seed.ts']) {
    const p = join(root, f);
    h.update(f).update(existsSync(p) ? await readFile(p) : 'missing');
  }
  return h.digest('hex').slice(0, 12);
}

type RebuildRollups = (db: Queryable) => Promise<void>;

/** server/db/rollups.ts (helper H1); null while it does not exist yet. */
export async function loadRebuildRollups(): Promise<RebuildRollups | null> {
  if (!existsSync(join(root, 'server/db/rollups.ts'))) return null;
  const mod = (await import('../../server/db/rollups' as string)) as { rebuildRollups?: RebuildRollups };
  return mod.rebuildRollups ?? null;
}

const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;

async function fill(db: Db, size: number): Promise<void> {
  await migrate(db);
  await syncReferenceData(db);
  // The demo's campaign, units, target history, events and recaps at this scale, without its registrations.
  const demo = generateDemoCampaign({ today: BENCH_TODAY, records: size });
  await seedDemoCampaign(db, { ...demo, recordCount: 0, registrations: function* () {} }, createPseudonymizer(PSEUDONYM_KEY));
  await db.exec(`update campaign set is_demo = false`);
  const [load] = await db.query<{ id: number }>(
    `insert into data_loads (kind, source, data_as_of, row_count) values ('registrations', 'import', $1, $2) returning id`,
    [BENCH_TODAY, size],
  );
  const span = Math.round((Date.parse(BENCH_TODAY) - Date.parse(LAUNCH_DATE)) / 86_400_000);
  const occupations = `array[${OCCUPATIONS.flatMap(([name, w]) => Array<string>(w).fill(sqlText(name))).join(',')}]`;
  const occupationCount = OCCUPATIONS.reduce((a, [, w]) => a + w, 0);
  const asn = demo.campaign.asnCount;
  for (let lo = 1; lo <= size; lo += CHUNK) {
    const hi = Math.min(size, lo + CHUNK - 1);
    await db.transaction(async (tx) => {
      await tx.query(`select setseed($1)`, [(lo % 9973) / 9973]);
      await tx.exec(`
        insert into registrations (registration_no, registered_on, unit_id, occupation, monthly_contribution, status,
          active_until, worker_key, registrant_key, load_id)
        with u as (
          select array_agg(id order by id) as ids
            from (select id, generate_series(1, greatest(1, round(asn_count * 2000.0 / (select sum(asn_count) from units))::int)) from units) w
        ), g as (
          select i, date '${LAUNCH_DATE}' + floor(${span} * sqrt(random()))::int as d, random() < 0.15 as inactive
            from generate_series(${lo}, ${hi}) i
        )
        select 'BENCH-3310-' || lpad(g.i::text, 8, '0'),
               g.d,
               u.ids[1 + floor(random() * array_length(u.ids, 1))::int],
               (${occupations})[1 + floor(random() * ${occupationCount})::int],
               16800,
               case when g.inactive then 'tidak_aktif' else 'aktif' end,
               case when g.inactive then least(g.d + floor(random() * 400)::int, date '${BENCH_TODAY}' - 1) else date '2026-12-31' end,
               md5('w' || case when g.i % 25 = 0 then g.i - 1 else g.i end),
               md5('a' || floor(random() * ${asn})::int),
               ${load!.id}
          from g, u`);
    });
    log(`  ${hi.toLocaleString('en')} / ${size.toLocaleString('en')} rows`);
  }
  const rebuild = await loadRebuildRollups();
  if (rebuild) {
    const t = performance.now();
    await rebuild(db);
    log(`  rebuildRollups: ${Math.round(performance.now() - t)} ms`);
  } else {
    log('  server/db/rollups.ts not there yet: no rollups rebuilt');
  }
  await db.exec('vacuum analyze');
}

/** A seeded dataset of `size` registrations on `driver`, from the cache when it is current. */
export async function ensureDataset(driver: Driver, size: number): Promise<Dataset> {
  const key = await cacheKey();
  const started = performance.now();
  if (driver === 'pglite') {
    const dataDir = join(CACHE_DIR, `pglite-${size}`);
    const marker = join(dataDir, 'bench-seed.json');
    if (existsSync(marker) && JSON.parse(await readFile(marker, 'utf8')).key === key) return { kind: 'pglite', dataDir };
    log(`seeding ${size.toLocaleString('en')} rows on PGlite in ${dataDir}`);
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(dataDir, { recursive: true });
    const db = await openDatabase({ kind: 'pglite', dir: join(dataDir, 'pglite') });
    try {
      await fill(db, size);
    } finally {
      await db.close();
    }
    await addAdmin({ kind: 'pglite', dataDir });
    await writeFile(marker, JSON.stringify({ key, size, seededAt: new Date().toISOString() }));
    log(`seeded in ${Math.round((performance.now() - started) / 1000)} s`);
    return { kind: 'pglite', dataDir };
  }
  const database = `bench_${size}`;
  const admin = new pg.Client({ connectionString: databaseUrl() });
  await admin.connect();
  try {
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [database])).rowCount === 1;
    if (exists) {
      const probe = new pg.Client({ connectionString: urlForDatabase(database) });
      await probe.connect();
      const found = await probe.query(`select key from bench_seed`).catch(() => ({ rows: [] as { key: string }[] }));
      await probe.end();
      if (found.rows[0]?.key === key) return { kind: 'postgres', database };
      await admin.query(`drop database ${database} with (force)`);
    }
    log(`seeding ${size.toLocaleString('en')} rows on PostgreSQL in database ${database}`);
    await admin.query(`create database ${database}`);
  } finally {
    await admin.end();
  }
  const db = await openDatabase({ kind: 'postgres', url: urlForDatabase(database), max: 2 });
  try {
    await fill(db, size);
    await db.exec(`create table bench_seed (key text not null)`);
    await db.query(`insert into bench_seed values ($1)`, [key]);
  } finally {
    await db.close();
  }
  await addAdmin({ kind: 'postgres', database });
  log(`seeded in ${Math.round((performance.now() - started) / 1000)} s`);
  return { kind: 'postgres', database };
}

/** A throwaway copy of a dataset, for runs that change data (the load test's import). */
export async function copyDataset(ds: Dataset, tag: string): Promise<{ ds: Dataset; drop: () => Promise<void> }> {
  if (ds.kind === 'pglite') {
    const { cp, mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), `bench-${tag}-`));
    await cp(ds.dataDir, dir, { recursive: true });
    await rm(join(dir, 'pglite', 'postmaster.pid'), { force: true });
    return { ds: { kind: 'pglite', dataDir: dir }, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const name = `${ds.database}_${tag}`;
  const admin = new pg.Client({ connectionString: databaseUrl() });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name} template ${ds.database}`);
  await admin.end();
  return {
    ds: { kind: 'postgres', database: name },
    drop: async () => {
      const a = new pg.Client({ connectionString: databaseUrl() });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}
