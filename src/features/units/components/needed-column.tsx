import type { Column } from '@/components/data-table';
import { neededRate } from '@/lib/analytics/needed-rate';
import { formatNumber } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useLang } from '@/lib/i18n/use-t';
import { unitsMessages } from '../messages';
import { useCampaignDates } from './use-campaign-dates';

/**
 * The "perlu/minggu" column for any table of units or kecamatan: the whole workers a week each needs to
 * reach its own target by the deadline. Absent until the campaign's dates are known.
 */
export function useNeededColumn<R extends { registered: number; target: number }>(): Column<R> | null {
  const m = useMessages(unitsMessages);
  const lang = useLang();
  const { dates } = useCampaignDates();
  if (!dates) return null;
  return {
    id: 'needed',
    header: m.columns.needed,
    align: 'end',
    cell: (r) => {
      if (r.target === 0) return m.none;
      const needed = neededRate({ current: r.registered, target: r.target, asOfDate: dates.asOfDate, deadline: dates.deadline });
      return needed.status === 'needed' ? formatNumber(needed.perWeekWhole, lang) : needed.status === 'reached' ? m.neededNone : m.neededOverdueShort;
    },
  };
}
