import type { Interval } from '../../../../contract/timeseries';
import { SegmentedControl } from '@/components/segmented-control';
import { useT } from '@/lib/i18n/use-t';

/** Day / week / month for a progress chart: the overview's and each unit's. */
export function IntervalControl({ value, onChange }: { value: Interval; onChange: (interval: Interval) => void }) {
  const { t } = useT();
  return (
    <SegmentedControl
      legend={t.intervalLabel}
      value={value}
      options={(['day', 'week', 'month'] as const).map((v) => ({ value: v, label: t.intervals[v] }))}
      onChange={onChange}
    />
  );
}
