import fc from 'fast-check';
import { bandPath, linePath } from './paths';

/** The numbers of a path's commands, in pairs: the points it passes through or its control points. */
const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('linePath', () => {
  it('draws straight segments through every point', () => {
    expect(linePath([{ x: 0, y: 10 }, { x: 5, y: 0 }, { x: 10.04, y: 3.06 }])).toBe('M0,10L5,0L10,3.1');
  });

  it('holds each value until the next point as steps', () => {
    expect(linePath([{ x: 0, y: 10 }, { x: 5, y: 4 }, { x: 9, y: 6 }], 'step')).toBe('M0,10H5V4H9V6');
  });

  it('draws nothing for no points', () => {
    expect(linePath([])).toBe('');
    expect(bandPath([])).toBe('');
  });

  it('never lets a monotone curve leave the range of the two points it joins', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 3, maxLength: 30 }), (steps) => {
        // A rising cumulative line in screen coordinates (y grows downwards): y falls as x grows.
        let y = 1000;
        const points = steps.map((s, i) => ({ x: i * 10, y: (y -= s) }));
        const d = linePath(points, 'monotone');
        const segments = d.split('C').slice(1);
        expect(segments).toHaveLength(points.length - 1);
        segments.forEach((segment, i) => {
          const [, c1y, , c2y, , endY] = numbers(segment);
          const lo = Math.min(points[i]!.y, points[i + 1]!.y) - 0.1;
          const hi = Math.max(points[i]!.y, points[i + 1]!.y) + 0.1;
          for (const v of [c1y!, c2y!, endY!]) {
            expect(v).toBeGreaterThanOrEqual(lo);
            expect(v).toBeLessThanOrEqual(hi);
          }
        });
      }),
    );
  });
});

describe('bandPath', () => {
  it('goes along the upper edge and back along the lower one, closed', () => {
    expect(bandPath([{ x: 0, y0: 10, y1: 8 }, { x: 5, y0: 9, y1: 4 }])).toBe('M0,8L5,4L5,9L0,10Z');
  });
});
