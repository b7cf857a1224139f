import { SegmentedControl } from '@/components/segmented-control';
import { useMessages } from '@/lib/i18n/define-messages';
import { TIME_RANGES, type TimeRange } from '@/lib/url-state/params';
import { progressMessages } from '../messages';
import '../progress.css';

/** All / 12 / 6 / 3 months back from the data date, for every progress chart. */
export function TimeRangeControl({ value, onChange }: { value: TimeRange; onChange: (range: TimeRange) => void }) {
  const m = useMessages(progressMessages);
  return (
    <div className="time-range">
      <SegmentedControl
        legend={m.rangeLabel}
        value={value}
        options={TIME_RANGES.map((range) => ({ value: range, label: m.ranges[range] }))}
        onChange={onChange}
      />
    </div>
  );
}
