import { wrapLabel } from './chart-text';

describe('wrapLabel', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapLabel('1. Kab. Semarang', 20)).toEqual(['1. Kab. Semarang']);
  });

  it('wraps at word boundaries onto a second line', () => {
    expect(wrapLabel('Dinas Tenaga Kerja dan Transmigrasi', 20)).toEqual(['Dinas Tenaga Kerja', 'dan Transmigrasi']);
  });

  it('cuts the last line with an ellipsis when two lines are not enough', () => {
    const lines = wrapLabel('Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Klaten', 16);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Dinas Pekerjaan');
    expect(lines[1]).toMatch(/…$/);
    expect(lines[1]!.length).toBeLessThanOrEqual(16);
  });

  it('cuts a single word longer than a line', () => {
    expect(wrapLabel('Supercalifragilistic', 8, 1)).toEqual(['Superca…']);
  });
});
