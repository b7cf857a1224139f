import { useId } from 'react';

interface ProgressMeterProps {
  ratio: number;
  label: string;
  valueText: string;
  valueLabel: string;
}

/**
 * Progress to target that is never clipped: past 100% the scale grows and a tick marks the target.
 * A native <progress> would cap at its max.
 */
export function ProgressMeter({ ratio, label, valueText, valueLabel }: ProgressMeterProps) {
  const labelId = useId();
  const scale = Math.max(1, ratio);
  const percent = Math.round(ratio * 1000) / 10;
  return (
    <div className="meter">
      <div className="meter__head">
        <span id={labelId} className="meter__label">
          {label}
        </span>
        <span className="meter__value">{valueLabel}</span>
      </div>
      <div
        className="meter__track"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={Math.max(100, percent)}
        aria-valuenow={percent}
        aria-valuetext={valueText}
      >
        <div className={`meter__fill${ratio >= 1 ? ' meter__fill--done' : ''}`} style={{ width: `${(ratio / scale) * 100}%` }} />
        {ratio > 1 ? <div className="meter__target" style={{ left: `${(1 / scale) * 100}%` }} aria-hidden="true" /> : null}
      </div>
    </div>
  );
}
