import fc from 'fast-check';
import { BREAKDOWN_TABS, SORT_KEYS, parseParam, parseViewState, serializeViewState, sortParam, viewParams, writeParam, type ViewState } from './url-state';

const defaults = parseViewState(new URLSearchParams()).state;

describe('url-state', () => {
  it('parses each parameter to valid, invalid or missing', () => {
    expect(parseParam(viewParams.interval, new URLSearchParams('interval=month'))).toEqual({ status: 'valid', value: 'month' });
    expect(parseParam(viewParams.interval, new URLSearchParams('interval=year'))).toEqual({ status: 'invalid', raw: 'year' });
    expect(parseParam(viewParams.interval, new URLSearchParams(''))).toEqual({ status: 'missing' });
    expect(parseParam(sortParam, new URLSearchParams('sort=-name'))).toEqual({ status: 'valid', value: { key: 'name', direction: 'desc' } });
    expect(parseParam(sortParam, new URLSearchParams('sort=-'))).toEqual({ status: 'invalid', raw: '-' });
  });

  it('falls back to defaults for invalid values and reports them', () => {
    const { state, invalid } = parseViewState(new URLSearchParams('lang=fr&metric=percent&tab=nope'));
    expect(state).toEqual({ ...defaults, metric: 'percent' });
    expect(invalid.sort()).toEqual(['lang', 'tab']);
  });

  it('writes nothing for the default view and only non-defaults otherwise', () => {
    expect(serializeViewState(defaults).toString()).toBe('');
    expect(serializeViewState({ ...defaults, lang: 'en', interval: 'day' }).toString()).toBe('lang=en&interval=day');
  });

  it('removes a parameter set back to its default and keeps the others', () => {
    const params = writeParam(viewParams.metric, new URLSearchParams('lang=en&metric=percent'), 'count');
    expect(params.toString()).toBe('lang=en');
  });

  it('round-trips every view state', () => {
    const arbitraryState: fc.Arbitrary<ViewState> = fc.record({
      lang: fc.constantFrom('id', 'en'),
      interval: fc.constantFrom('day', 'week', 'month'),
      metric: fc.constantFrom('count', 'percent'),
      breakdown: fc.constantFrom(...BREAKDOWN_TABS),
      sort: fc.record({ key: fc.constantFrom(...SORT_KEYS), direction: fc.constantFrom('asc', 'desc') }),
    });
    fc.assert(
      fc.property(arbitraryState, (state) => {
        const url = serializeViewState(state).toString();
        const back = parseViewState(new URLSearchParams(url));
        expect(back.invalid).toEqual([]);
        expect(back.state).toEqual(state);
      }),
    );
  });
});
