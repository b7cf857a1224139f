import fc from 'fast-check';
import { COMPARE_MAX } from '@/lib/url-state/params';
import { compareTo, readCompareSelection, writeCompareSelection } from './compare-url';
import { parseUnitId, scopePath } from './scope';

const params = (search: string) => new URLSearchParams(search);

describe('unit ids in paths and addresses', () => {
  it('accepts plain positive whole numbers only', () => {
    expect(parseUnitId('7')).toBe(7);
    expect(parseUnitId('130')).toBe(130);
    for (const bad of [undefined, '', '0', '07', '-1', '7.0', '1e2', ' 7', 'abc', '12345678901']) expect(parseUnitId(bad)).toBeNull();
  });

  it('encodes kecamatan names in their path', () => {
    expect(scopePath({ kind: 'unit', id: 12 })).toBe('/unit/12');
    expect(scopePath({ kind: 'kecamatan', name: 'Klaten Tengah' })).toBe('/kecamatan/Klaten%20Tengah');
  });
});

describe('compare selection in the URL', () => {
  it('reads the ids in order and drops what is not a usable unit, saying why', () => {
    const known = new Set([1, 7, 12, 20]);
    expect(readCompareSelection(params('unit=1&unit=7&unit=x&unit=99&unit=7&unit=12'), known)).toEqual({
      ids: [1, 7, 12],
      dropped: [
        { raw: 'x', reason: 'invalid' },
        { raw: '99', reason: 'unknown' },
        { raw: '7', reason: 'duplicate' },
      ],
    });
  });

  it('keeps at most six units', () => {
    const selection = readCompareSelection(params('unit=1&unit=2&unit=3&unit=4&unit=5&unit=6&unit=7&unit=8'));
    expect(selection.ids).toEqual([1, 2, 3, 4, 5, 6]);
    expect(selection.dropped).toEqual([
      { raw: '7', reason: 'too-many' },
      { raw: '8', reason: 'too-many' },
    ]);
  });

  it('writes exactly the ids and keeps the other parameters', () => {
    const next = writeCompareSelection(params('lang=en&unit=3&metric=count&unit=4'), [9, 2]);
    expect(next.toString()).toBe('lang=en&metric=count&unit=9&unit=2');
    expect(compareTo([4, 5], 'en')).toEqual({ pathname: '/bandingkan', search: '?unit=4&unit=5&lang=en' });
    expect(compareTo([4], 'id')).toEqual({ pathname: '/bandingkan', search: '?unit=4' });
  });

  it('round-trips any list of distinct ids', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 999_999 }), { maxLength: COMPARE_MAX }), fc.constantFrom('', 'lang=en'), (ids, other) => {
        const written = writeCompareSelection(params(other), ids);
        expect(readCompareSelection(written)).toEqual({ ids, dropped: [] });
        expect(written.get('lang')).toBe(other ? 'en' : null);
      }),
    );
  });

  it('never keeps an id it was not given, nor more than six, nor one twice', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -5, max: 40 }).map(String), fc.string({ maxLength: 4 })), { maxLength: 12 }), (raws) => {
        const search = new URLSearchParams();
        for (const raw of raws) search.append('unit', raw);
        const known = new Set([1, 2, 3, 5, 8, 13, 21, 34]);
        const { ids, dropped } = readCompareSelection(search, known);
        expect(ids.length).toBeLessThanOrEqual(COMPARE_MAX);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(known.has(id)).toBe(true);
        expect(ids.length + dropped.length).toBe(raws.length);
      }),
    );
  });
});
