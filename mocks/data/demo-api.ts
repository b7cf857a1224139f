import type { Health } from '../../contract/health';
import { todayInWib } from '../../contract/dates';
import { KLATEN_KECAMATAN, regionByCode } from '../../server/domain/geography';
import { DEMO_SEED, generateDemoCampaign } from '../../server/demo/generate';
import { createReferenceAggregates } from './reference-aggregates';

/** The demo campaign served by MSW: the same generator the server seeds from, aggregated in memory. */
export function createDemoApi(options: { seed?: number; today?: string } = {}) {
  const today = options.today ?? todayInWib();
  const demo = generateDemoCampaign({ today, seed: options.seed ?? DEMO_SEED });
  const aggregates = createReferenceAggregates({
    campaign: demo.campaign,
    region: regionByCode(demo.campaign.regionCode)!,
    units: demo.units,
    kecamatan: KLATEN_KECAMATAN.map((k) => k.name),
    registrations: [...demo.registrations()],
    recaps: demo.recaps,
    isDemo: true,
    // The demo is "loaded" at 07.00 WIB on its last day, so stamps are stable across runs.
    asOf: `${today}T00:00:00.000Z`,
    asOfDate: today,
  });
  return {
    ...aggregates,
    health: (): Health => ({ status: 'ok', database: { driver: 'pglite', reachable: true, latencyMs: 0 } }),
  };
}

export type DemoApi = ReturnType<typeof createDemoApi>;
