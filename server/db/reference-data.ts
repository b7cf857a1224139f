import { CENTRAL_JAVA_REGIONS, KLATEN_CODE, KLATEN_KECAMATAN } from '../domain/geography';
import type { Queryable } from './client';

/** Regions and kecamatan are code, not data: upserted at every start so the code's list is the truth. */
export async function syncReferenceData(db: Queryable): Promise<void> {
  await db.query(
    `insert into regions (code, name, kind)
     select * from unnest($1::text[], $2::text[], $3::text[])
     on conflict (code) do update set name = excluded.name, kind = excluded.kind`,
    [CENTRAL_JAVA_REGIONS.map((r) => r.code), CENTRAL_JAVA_REGIONS.map((r) => r.name), CENTRAL_JAVA_REGIONS.map((r) => r.kind)],
  );
  await db.query(
    `insert into kecamatan (name, region_code)
     select name, $2 from unnest($1::text[]) as name
     on conflict (name) do nothing`,
    [KLATEN_KECAMATAN.map((k) => k.name), KLATEN_CODE],
  );
}
