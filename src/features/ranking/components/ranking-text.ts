import type { Region } from '../../../../contract/common';
import type { Dictionary } from '@/lib/i18n/id';
import type { Lang } from '@/lib/i18n/lang';
import { formatNumber, formatPercent } from '@/lib/format';
import type { RankingModel } from './ranking-model';

/** "Kab. Semarang" vs "Kota Semarang": names clash across kinds, so the kind is always shown. */
export function regionLabel(t: Dictionary, region: Pick<Region, 'name' | 'kind'>): string {
  return t.regionName[region.kind](region.name);
}

/** "Kab. Klaten peringkat 3 dari 35". */
export function rankSentence(t: Dictionary, lang: Lang, model: RankingModel): string {
  return model.campaign
    ? t.rankSentence(regionLabel(t, model.campaign), formatNumber(model.campaign.rank, lang), formatNumber(model.total, lang))
    : t.campaignRegionMissing;
}

/** A difference of two ratios in percentage points, one decimal: 0.0123 → "1,2" (id) / "1.2" (en). */
export function formatPoints(ratio: number, lang: Lang): string {
  return formatPercent(ratio, lang).replace(/\s*%$/, '');
}
