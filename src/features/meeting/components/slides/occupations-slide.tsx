import type { OccupationBreakdown } from '../../../../../contract/breakdowns';
import { formatNumber, formatPercent } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { meetingMessages } from '../../messages';
import { SlideData, SlideLayout } from '../slide-layout';
import type { SlideProps } from './slide-props';

/** At most this many rows fit at the slide's type size (the largest first, as the server sorts them); the dashboard lists the rest. */
const MAX_ROWS = 9;

/** 6: who the registered workers are: drivers, farmers, household helpers… */
export function OccupationsSlide({ data, index, count }: SlideProps) {
  const m = useMessages(meetingMessages);
  const { lang } = useT();
  const total = data.summary.data?.registered;
  return (
    <SlideLayout
      title={m.slideNames.pekerjaan}
      lead={total !== undefined ? m.occupationsLead(formatNumber(total, lang)) : null}
      index={index}
      count={count}
      summary={data.summary.data}
    >
      <SlideData query={data.occupations} isEmpty={(o) => o.rows.every((r) => r.registered === 0)}>
        {(occupations) => <OccupationsBody breakdown={occupations} />}
      </SlideData>
    </SlideLayout>
  );
}

function OccupationsBody({ breakdown }: { breakdown: OccupationBreakdown }) {
  const m = useMessages(meetingMessages);
  const { t, lang } = useT();
  const rows = breakdown.rows.slice(0, MAX_ROWS);
  const max = Math.max(...rows.map((r) => r.share), 0.0001);
  return (
    <table className="occupations-slide">
      <caption className="visually-hidden">{m.occupationsCaption}</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">{t.occupationColumn}</th>
          <th scope="col">{t.shareColumn}</th>
          <th scope="col">{t.registeredColumn}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.occupation}>
            <th scope="row" className="occupations-slide__name">
              {row.occupation}
            </th>
            <td className="occupations-slide__share">
              <div className="bar-cell">
                <span className="bar" aria-hidden="true">
                  <span className="bar__fill" style={{ width: `${(row.share / max) * 100}%` }} />
                </span>
                <strong>{formatPercent(row.share, lang)}</strong>
              </div>
            </td>
            <td className="occupations-slide__count">{m.workers(formatNumber(row.registered, lang))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
