import { regionLabel } from '@/features/ranking/components/ranking-text';
import { formatDate, formatNumber } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { meetingMessages } from '../../messages';
import { buildRankingSlide, type RankingSlideModel } from '../../models/ranking-slide';
import { SlideData, SlideLayout } from '../slide-layout';
import type { SlideProps } from './slide-props';

/** 3: Klaten's place in Central Java and how far first place is. */
export function RankingSlide({ data, index, count }: SlideProps) {
  const m = useMessages(meetingMessages);
  const deadline = data.summary.data?.deadline ?? null;
  return (
    <SlideLayout title={m.slideNames.peringkat} index={index} count={count} summary={data.summary.data}>
      <SlideData query={data.ranking} isEmpty={(ranking) => buildRankingSlide(ranking, undefined, null) === null}>
        {(ranking) => {
          const model = buildRankingSlide(ranking, data.rankingHistory.data, deadline);
          return model ? <RankingBody model={model} /> : null;
        }}
      </SlideData>
    </SlideLayout>
  );
}

function RankingBody({ model }: { model: RankingSlideModel }) {
  const m = useMessages(meetingMessages);
  const { t, lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  const self = model.campaign;
  const leader = model.leader;
  return (
    <div className="ranking-slide">
      <div className="ranking-slide__standing">
        <p className="ranking-slide__region">{regionLabel(t, self)}</p>
        <p className="ranking-slide__rank">
          <span className="ranking-slide__rank-number">{n(self.rank)}</span>
          <span className="ranking-slide__rank-text">
            <span className="ranking-slide__rank-word">{m.rankWord}</span>
            <span className="ranking-slide__of">{m.rankOf(n(model.total), model.provinceName)}</span>
          </span>
        </p>
        {leader ? (
          <>
            <p className="ranking-slide__gap">{m.gapToFirst(n(leader.workers), regionLabel(t, leader.row))}</p>
            <p className="ranking-slide__outlook">
              {leader.outcome === 'passes' && leader.date
                ? m.passes(formatDate(leader.date, lang))
                : leader.outcome === 'after-deadline'
                  ? m.passesAfterDeadline
                  : leader.outcome === 'never'
                    ? m.neverPasses
                    : null}
            </p>
          </>
        ) : (
          <p className="ranking-slide__gap">{m.isFirst(model.provinceName)}</p>
        )}
      </div>
      <table className="ranking-slide__table">
        <caption className="visually-hidden">{m.rankingCaption(model.provinceName)}</caption>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{t.rankColumn}</th>
            <th scope="col">{t.regionColumn}</th>
            <th scope="col">{m.workersColumn}</th>
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row, i) => {
            const gapBefore = i > 0 && row.rank > model.rows[i - 1]!.rank + 1;
            return (
              <tr key={row.code} className={`${row.isCampaignRegion ? 'is-self' : ''}${gapBefore ? ' is-after-gap' : ''}`}>
                <td className="ranking-slide__pos">{n(row.rank)}</td>
                <th scope="row" className="ranking-slide__name">
                  {regionLabel(t, row)}
                  {row.isCampaignRegion ? <span className="visually-hidden"> ({m.campaignTag})</span> : null}
                </th>
                <td className="ranking-slide__value">
                  <div className="bar-cell">
                    <span className="bar" aria-hidden="true">
                      <span className="bar__fill" style={{ width: `${(row.registered / model.maxRegistered) * 100}%` }} />
                    </span>
                    <span className="ranking-slide__count">{n(row.registered)}</span>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
