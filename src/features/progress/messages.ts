import { defineMessages } from '@/lib/i18n/define-messages';
import type { TimeRange } from '@/lib/url-state/params';

/** The progress charts' time range (overview, unit, kecamatan, compare). */
export const progressMessages = defineMessages(
  {
    rangeLabel: 'Rentang waktu',
    ranges: { semua: 'Semua', '12-bulan': '12 bulan', '6-bulan': '6 bulan', '3-bulan': '3 bulan' } satisfies Record<TimeRange, string>,
    /** Added to a table's caption: "…, mingguan, 3 bulan terakhir". */
    rangeSuffix: { semua: '', '12-bulan': ', 12 bulan terakhir', '6-bulan': ', 6 bulan terakhir', '3-bulan': ', 3 bulan terakhir' } satisfies Record<TimeRange, string>,
  },
  {
    rangeLabel: 'Time range',
    ranges: { semua: 'All', '12-bulan': '12 months', '6-bulan': '6 months', '3-bulan': '3 months' },
    rangeSuffix: { semua: '', '12-bulan': ', last 12 months', '6-bulan': ', last 6 months', '3-bulan': ', last 3 months' },
  },
);
