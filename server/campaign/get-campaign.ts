import type { Region } from '../../contract/common';
import type { Queryable } from '../db/client';

export interface CampaignInfo {
  region: Region;
  asnCount: number;
  workersPerAsn: number;
  target: number;
  monthlyContribution: number;
  launchDate: string;
  deadline: string;
  isDemo: boolean;
  /** When the newest registration data was loaded (ISO instant), and the WIB date it speaks for. */
  asOf: string | null;
  asOfDate: string | null;
}

export class NoCampaignError extends Error {
  constructor() {
    super('No campaign is configured yet');
  }
}

/** The campaign's settings with the stamp of its newest data: every response carries that stamp. */
export async function getCampaign(db: Queryable): Promise<CampaignInfo> {
  const [row] = await db.query<{
    code: string; name: string; kind: 'kabupaten' | 'kota'; asn_count: number; workers_per_asn: number;
    monthly_contribution: number; launch_date: string; deadline: string; is_demo: boolean;
    as_of: Date | string | null; as_of_date: string | null;
  }>(
    `select r.code, r.name, r.kind, c.asn_count, c.workers_per_asn, c.monthly_contribution,
            c.launch_date::text as launch_date, c.deadline::text as deadline, c.is_demo,
            l.loaded_at as as_of, l.data_as_of::text as as_of_date
       from campaign c
       join regions r on r.code = c.region_code
       left join lateral (
         select loaded_at, data_as_of from data_loads
          where kind = 'registrations' order by data_as_of desc, loaded_at desc limit 1
       ) l on true`,
  );
  if (!row) throw new NoCampaignError();
  return {
    region: { code: row.code, name: row.name, kind: row.kind },
    asnCount: row.asn_count,
    workersPerAsn: row.workers_per_asn,
    target: row.asn_count * row.workers_per_asn,
    monthlyContribution: row.monthly_contribution,
    launchDate: row.launch_date,
    deadline: row.deadline,
    isDemo: row.is_demo,
    asOf: row.as_of === null ? null : new Date(row.as_of).toISOString(),
    asOfDate: row.as_of_date,
  };
}
