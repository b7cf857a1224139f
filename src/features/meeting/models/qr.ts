import { encode } from 'uqr';

export interface QrShape {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** One SVG path of every dark module, in module units. */
  path: string;
}

/**
 * A QR code as one SVG path: runs of dark modules on a row become one rectangle, so a link is a few
 * hundred path commands, not thousands of elements. Error correction M survives a projector's glare.
 */
export function qrShape(text: string): QrShape {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  let path = '';
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      path += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return { size, path };
}
