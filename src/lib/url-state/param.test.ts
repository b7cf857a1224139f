import fc from 'fast-check';
import { enumParam, idListParam, parseListParam, parseParam, readParam, sortParam, writeListParam, writeParam } from './param';

const size = enumParam('size', ['s', 'm', 'l'] as const, 'm');
const order = sortParam('sort', ['name', 'progress'] as const, { key: 'progress', direction: 'desc' });
const ids = idListParam('unit', 3);
const q = (text: string) => new URLSearchParams(text);

describe('single parameters', () => {
  it('parse to valid, invalid or missing', () => {
    expect(parseParam(size, q('size=l'))).toEqual({ status: 'valid', value: 'l' });
    expect(parseParam(size, q('size=xl'))).toEqual({ status: 'invalid', raw: 'xl' });
    expect(parseParam(size, q('size='))).toEqual({ status: 'missing' });
    expect(parseParam(size, q(''))).toEqual({ status: 'missing' });
    expect(parseParam(order, q('sort=-name'))).toEqual({ status: 'valid', value: { key: 'name', direction: 'desc' } });
    expect(parseParam(order, q('sort=-'))).toEqual({ status: 'invalid', raw: '-' });
    expect(readParam(size, q('size=xl'))).toBe('m');
  });

  it('write only what differs from the default, keeping the others in place', () => {
    expect(writeParam(size, q('lang=en&size=l&x=1'), 'm').toString()).toBe('lang=en&x=1');
    expect(writeParam(size, q('lang=en&size=l&x=1'), 's').toString()).toBe('lang=en&size=s&x=1');
    expect(writeParam(order, q(''), { key: 'name', direction: 'asc' }).toString()).toBe('sort=name');
  });

  it('round-trip every sort', () => {
    fc.assert(
      fc.property(fc.constantFrom(...order.columns), fc.constantFrom('asc' as const, 'desc' as const), (key, direction) => {
        expect(order.parse(order.serialize({ key, direction }))).toEqual({ key, direction });
      }),
    );
  });
});

describe('list parameters', () => {
  it('keep the items that parse, in order, once each, up to the limit, and name the rest', () => {
    expect(parseListParam(ids, q('unit=7&unit=abc&unit=3&unit=7&unit=0&unit=12&unit=40'))).toEqual({
      values: [7, 3, 12],
      invalid: ['abc', '7', '0', '40'],
      kept: [true, false, true, false, false, true, false],
    });
  });

  it('write exactly the list and round-trip any list of distinct ids', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 999_999_999 }), { maxLength: ids.max }), (list) => {
        const written = writeListParam(ids, q('lang=en&unit=5'), list);
        expect(written.get('lang')).toBe('en');
        expect(parseListParam(ids, written)).toMatchObject({ values: list, invalid: [] });
      }),
    );
  });
});
