import { useT } from '@/lib/i18n/use-t';

export function Skeleton({ lines = 4, height }: { lines?: number; height?: string }) {
  const { t } = useT();
  return (
    <div className="skeleton" role="status" style={height ? { minHeight: height } : undefined}>
      <span className="visually-hidden">{t.loading}</span>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="skeleton__bar" style={{ width: `${90 - ((i * 17) % 45)}%` }} aria-hidden="true" />
      ))}
    </div>
  );
}
