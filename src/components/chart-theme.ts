import { useMediaQuery } from '@/lib/use-media-query';

/**
 * One colour map for every chart. Each colour keeps at least 3:1 against the white panel
 * (WCAG 1.4.11) and categories never rely on colour alone: labels and the table say the same.
 */
export const chartColors = {
  primary: '#0a7d3b',
  primaryStrong: '#05572a',
  other: '#7c8694',
  target: '#1f2937',
  pace: '#b45309',
  low: '#c2410c',
  mid: '#0a7d3b',
  done: '#05572a',
  grid: '#e3e7eb',
  axis: '#4b5563',
  text: '#1f2937',
} as const;

/** Breakpoints mirror the stylesheet: phone single column, projector with larger type. */
export const COMPACT_QUERY = '(max-width: 40rem)';
export const LARGE_QUERY = '(min-width: 1800px)';

export interface ChartMetrics {
  compact: boolean;
  fontSize: number;
}

export function useChartMetrics(): ChartMetrics {
  const compact = useMediaQuery(COMPACT_QUERY);
  const large = useMediaQuery(LARGE_QUERY);
  return { compact, fontSize: large ? 18 : compact ? 12 : 14 };
}
