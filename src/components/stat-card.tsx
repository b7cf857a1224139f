import type { ReactNode } from 'react';

interface StatCardProps {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  tone?: 'default' | 'up' | 'down';
}


export function StatCard({ label, value, detail, tone = 'default' }: StatCardProps) {
  return (
    <div className={`stat stat--${tone}`}>
      <p className="stat__label">{label}</p>
      <p className="stat__value">{value}</p>
      {detail ? <p className="stat__detail">{detail}</p> : null}
    </div>
  );
}
