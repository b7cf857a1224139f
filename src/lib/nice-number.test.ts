import { niceCeil } from './nice-number';

describe('niceCeil', () => {
  it('rounds an axis maximum up to a nice number', () => {
    expect(niceCeil(11550)).toBe(12000);
    expect(niceCeil(830)).toBe(1000);
    expect(niceCeil(120)).toBe(120);
    expect(niceCeil(0.87)).toBe(1);
    expect(niceCeil(1.042)).toBe(1.2);
    expect(niceCeil(0)).toBe(1);
  });
});
