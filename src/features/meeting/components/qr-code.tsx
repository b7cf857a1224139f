import { useMemo } from 'react';
import { qrShape } from '../models/qr';

/** Modules of white around the code: the quiet zone scanners need. */
const QUIET = 4;

/**
 * A QR code as inline SVG, always dark on white whatever the theme (phones read that best), with a
 * quiet zone. Its accessible name says where it leads.
 */
export function QrCode({ text, label, size }: { text: string; label: string; size: number }) {
  const shape = useMemo(() => qrShape(text), [text]);
  const side = shape.size + QUIET * 2;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`${-QUIET} ${-QUIET} ${side} ${side}`}
      shapeRendering="crispEdges"
    >
      <rect x={-QUIET} y={-QUIET} width={side} height={side} fill="#ffffff" />
      <path d={shape.path} fill="#000000" />
    </svg>
  );
}
