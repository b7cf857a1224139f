import type { Db } from '../../server/db/client';

const encoder = new TextEncoder();

/** Text as an upload stream, cut into chunks at the given sizes (cycled), so parsers meet every boundary. */
export async function* chunked(parts: Iterable<string> | string, sizes: readonly number[] = [65_536]): AsyncGenerator<Uint8Array> {
  const bytes = typeof parts === 'string' ? encoder.encode(parts) : concat([...parts].map((p) => encoder.encode(p)));
  let offset = 0;
  for (let i = 0; offset < bytes.length; i++) {
    const size = Math.max(1, sizes[i % sizes.length]!);
    yield bytes.subarray(offset, offset + size);
    offset += size;
  }
}

export async function* rawBytes(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

function concat(arrays: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let o = 0;
  for (const a of arrays) {
    out.set(a, o);
    o += a.length;
  }
  return out;
}

/** A digest of everything stored that imports may touch: equal digests, unchanged data. */
export async function storedDataDigest(db: Db): Promise<string> {
  const [row] = await db.query<{ digest: string }>(
    `select md5(
       coalesce((select string_agg(r::text, '|' order by registration_no) from registrations r), '') ||
       coalesce((select string_agg(x::text, '|' order by region_code, as_of) from region_recaps x), '') ||
       coalesce((select string_agg(u::text, '|' order by id) from units u), '') ||
       coalesce((select string_agg(d.id::text, '|' order by id) from data_loads d), '') ||
       coalesce((select c::text from campaign c), '')
     ) as digest`,
  );
  return row!.digest;
}

/** Every text value in every table of the database, for scanning for personal data. */
export async function allStoredText(db: Db): Promise<string> {
  const tables = await db.query<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`,
  );
  let text = '';
  for (const { table_name } of tables) {
    const rows = await db.query<{ t: string }>(`select t::text as t from ${table_name} t`);
    text += rows.map((r) => r.t).join('\n');
  }
  return text;
}
