import { UnitKind } from '../../../contract/breakdowns';
import { RankingMetric } from '../../../contract/ranking';
import { Interval } from '../../../contract/timeseries';
import { INTERVALS, RANKING_METRICS, UNIT_KINDS } from './params';

describe('URL parameters spelled out from the contract', () => {
  it('list exactly the values of the contract enums, in their order', () => {
    expect([...INTERVALS]).toEqual(Interval.options);
    expect([...RANKING_METRICS]).toEqual(RankingMetric.options);
    expect([...UNIT_KINDS]).toEqual(UnitKind.options);
  });
});
