/** A short sample of a series' line (colour and dash), as in the chart, for legends and chips. */
export function SeriesSwatch({ style }: { style: { color: string; dash: string | undefined } }) {
  return (
    <svg className="series-swatch" width="28" height="10" viewBox="0 0 28 10" aria-hidden="true" focusable="false">
      <line x1="1" y1="5" x2="27" y2="5" stroke={style.color} strokeWidth="3" strokeDasharray={style.dash} strokeLinecap="butt" />
    </svg>
  );
}
