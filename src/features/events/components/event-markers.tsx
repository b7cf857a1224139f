import { useEffect } from 'react';
import type { Plot } from '@/components/charts/time-chart';
import { chartColors } from '@/components/chart-theme';
import { formatDate } from '@/lib/format';
import { useLang } from '@/lib/i18n/use-t';
import { useMessages } from '@/lib/i18n/define-messages';
import { eventMessages } from '../messages';
import { badgeCenterY, eventKindColors, type EventLabelLayout, type NumberedEvent } from '../models/event-annotations';
import { useEffectText } from './event-effect';

interface EventMarkersProps {
  /** The chart's plot box and scales (TimeChart's `layers`). */
  plot: Plot;
  layout: EventLabelLayout;
  events: readonly NumberedEvent[];
  /** The measured plot width, so the layout can be redone in real pixels. */
  onPlotWidth: (width: number) => void;
  /** false: labels in the strip only, no dashed line through a dense plot (the list says the dates). */
  lines?: boolean;
}

/**
 * Drawn as a layer of a TimeChart, with its scales: a dashed line per event behind the data, and its
 * numbered label in a strip above the plot. The labels repeat what the list under the chart says; the
 * hover title is extra.
 */
export function EventMarkers({ plot, layout, events, onPlotWidth, lines = true }: EventMarkersProps) {
  const lang = useLang();
  const m = useMessages(eventMessages);
  const effectText = useEffectText();
  const width = Math.round(plot.width);

  useEffect(() => {
    if (width > 0 && width !== layout.plotWidth) onPlotWidth(width);
  }, [width, layout.plotWidth, onPlotWidth]);

  if (layout.labels.length === 0) return null;
  const byNumber = new Map(events.map((e) => [e.number, e]));
  const r = layout.badgeRadius;
  const fontSize = layout.fontSize;
  const labels = layout.labels.map((label) => ({ label, px: plot.x(label.t), event: byNumber.get(label.number)! }));

  return (
    <>
      {lines ? (
        <g className="event-marker-lines">
          {labels.map(({ label, px }) => (
            <line
              key={label.number}
              x1={px}
              x2={px}
              y1={plot.top + badgeCenterY(layout, label.lane) + r}
              y2={plot.top + plot.height}
              stroke={eventKindColors[label.kind]}
              strokeWidth={1.25}
              strokeOpacity={0.7}
              strokeDasharray="3 4"
            />
          ))}
        </g>
      ) : null}
      <g className="event-markers">
        {labels.map(({ label, px, event }) => {
          const textX = label.anchor === 'start' ? r + fontSize * 0.35 : -(r + fontSize * 0.35);
          return (
            <g key={label.number} className="event-marker" transform={`translate(${px}, ${plot.top + badgeCenterY(layout, label.lane)})`}>
              <title>{m.markerTitle(String(event.number), event.title, formatDate(event.date, lang), effectText(event))}</title>
              <circle r={r} fill={eventKindColors[label.kind]} stroke="#fff" strokeWidth={1.5} />
              <text textAnchor="middle" dy="0.35em" fontSize={fontSize * 0.8} fontWeight={700} fill="#fff">
                {label.number}
              </text>
              {label.text ? (
                <text
                  className="event-marker__text"
                  x={textX}
                  dy="0.35em"
                  textAnchor={label.anchor}
                  fontSize={fontSize * 0.9}
                  fontWeight={600}
                  fill={chartColors.text}
                >
                  {label.text}
                </text>
              ) : null}
            </g>
          );
        })}
      </g>
    </>
  );
}
