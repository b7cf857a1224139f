import type { Db } from '../../server/db/client';
import type { DemoCampaign } from '../../server/demo/generate';
import { seedDemoCampaign } from '../../server/demo/seed';
import { getCampaign } from '../../server/campaign/get-campaign';
import { createPseudonymizer } from '../../server/privacy/pseudonym';
import { KLATEN_KECAMATAN, regionByCode } from '../../server/domain/geography';
import type { ReferenceInput } from '../../mocks/data/reference-aggregates';

export const testPseudonymize = createPseudonymizer('test-secret-test-secret-test-secret!');

export type Dataset = Pick<DemoCampaign, 'campaign' | 'units' | 'recaps' | 'today'> & {
  rows: ReturnType<DemoCampaign['registrations']> extends Generator<infer R> ? R[] : never;
};

export function fromDemo(demo: DemoCampaign): Dataset {
  return { campaign: demo.campaign, units: demo.units, recaps: demo.recaps, today: demo.today, rows: [...demo.registrations()] };
}

/** Loads a dataset through the real seeding path, and returns the oracle's input with the stamp the database gave it. */
export async function loadDataset(db: Db, data: Dataset): Promise<ReferenceInput> {
  const demo: DemoCampaign = {
    seed: 0, scale: 1, events: [], today: data.today, campaign: data.campaign, units: data.units,
    recordCount: data.rows.length, recaps: data.recaps,
    registrations: function* () {
      yield* data.rows;
    },
  };
  await seedDemoCampaign(db, demo, testPseudonymize);
  const stamp = await getCampaign(db);
  return {
    campaign: data.campaign,
    region: regionByCode(data.campaign.regionCode)!,
    units: data.units,
    kecamatan: KLATEN_KECAMATAN.map((k) => k.name),
    registrations: data.rows,
    recaps: data.recaps,
    isDemo: true,
    asOf: stamp.asOf,
    asOfDate: stamp.asOfDate,
  };
}
