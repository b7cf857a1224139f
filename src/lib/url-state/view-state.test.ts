import fc from 'fast-check';
import { migrate, needsVersion, URL_VERSION, type Migration } from './migrations';
import { enumParam, isListParam, type AnyParamSpec, type ParamSpec } from './param';
import { matchViewRoute, VIEW_ROUTES, type ViewRoute } from './routes';
import { defaultViewState, parseView, serializeView, type ViewState } from './view-state';

const q = (text: string) => new URLSearchParams(text);
const routes = Object.values(VIEW_ROUTES) as ViewRoute[];

/** Every valid value of a parameter. A new kind of parameter must say here how to generate it. */
function valuesOf(spec: AnyParamSpec): fc.Arbitrary<unknown> {
  if (isListParam(spec)) return fc.uniqueArray(fc.integer({ min: 1, max: 999_999_999 }), { maxLength: spec.max });
  if ('values' in spec) return fc.constantFrom(...(spec.values as readonly string[]));
  if ('columns' in spec) return fc.record({ key: fc.constantFrom(...(spec.columns as readonly string[])), direction: fc.constantFrom('asc', 'desc') });
  throw new Error(`no arbitrary for parameter ${spec.key}`);
}

function stateOf(route: ViewRoute): fc.Arbitrary<ViewState<ViewRoute>> {
  return fc.record(Object.fromEntries(Object.entries(route.params).map(([name, spec]) => [name, valuesOf(spec)]))) as fc.Arbitrary<ViewState<ViewRoute>>;
}

describe('the registry', () => {
  it('names each parameter by its key in the address, once per page', () => {
    for (const route of routes) {
      const keys = Object.entries(route.params).map(([name, spec]) => {
        expect(spec.key).toBe(name);
        return spec.key;
      });
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toContain('lang');
      expect(keys).not.toContain('v');
    }
  });

  it('matches pathnames to their page, and leaves other pages out', () => {
    expect(matchViewRoute('/')?.pattern).toBe('/');
    expect(matchViewRoute('/unit')?.pattern).toBe('/unit');
    expect(matchViewRoute('/unit/12')?.pattern).toBe('/unit/:id');
    expect(matchViewRoute('/kecamatan/Cawas')?.pattern).toBe('/kecamatan/:name');
    expect(matchViewRoute('/bandingkan')?.pattern).toBe('/bandingkan');
    expect(matchViewRoute('/admin/impor')).toBeNull();
    expect(matchViewRoute('/s/abc')).toBeNull();
    expect(matchViewRoute('/unit/12/lagi')).toBeNull();
  });
});

describe.each(routes.map((route) => [route.pattern, route] as const))('links to %s', (_pattern, route) => {
  it('write nothing for the default view', () => {
    expect(serializeView(route, defaultViewState(route)).toString()).toBe('');
    const parsed = parseView(route, q(''));
    expect(parsed).toMatchObject({ state: defaultViewState(route), issues: [], changed: false });
  });

  it('round-trip every valid state, clean and without a version', () => {
    fc.assert(
      fc.property(stateOf(route), (state) => {
        const link = serializeView(route, state);
        expect(link.has('v')).toBe(false);
        const parsed = parseView(route, q(link.toString()));
        expect(parsed.issues).toEqual([]);
        expect(parsed.changed).toBe(false);
        expect(parsed.state).toEqual(state);
      }),
    );
  });

  it('write only the parameters that differ from the default', () => {
    fc.assert(
      fc.property(stateOf(route), (state) => {
        const link = serializeView(route, state);
        const defaults = defaultViewState(route) as Record<string, unknown>;
        for (const [name, spec] of Object.entries(route.params)) {
          const value = (state as Record<string, unknown>)[name];
          const isDefault = JSON.stringify(value) === JSON.stringify(defaults[name]);
          expect(link.has(spec.key)).toBe(!isDefault);
        }
      }),
    );
  });

  it('report unknown parameters and drop them, keeping the rest of the view', () => {
    const known = new Set([...Object.keys(route.params), 'v', 'ukuran']);
    const unknownKey = fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/).filter((key) => !known.has(key));
    fc.assert(
      fc.property(stateOf(route), unknownKey, fc.string({ minLength: 1, maxLength: 20 }), (state, key, raw) => {
        const link = serializeView(route, state);
        link.append(key, raw);
        const parsed = parseView(route, q(link.toString()));
        expect(parsed.issues).toEqual([{ key, raw, reason: 'unknown' }]);
        expect(parsed.state).toEqual(state);
        expect(parsed.changed).toBe(true);
        expect(parsed.cleaned.toString()).toBe(serializeView(route, state).toString());
      }),
    );
  });

  it('report values it cannot read, and show the default instead', () => {
    const singles = Object.values(route.params).filter((spec): spec is ParamSpec<unknown> => !isListParam(spec));
    fc.assert(
      fc.property(fc.constantFrom(...singles), fc.string({ minLength: 1, maxLength: 12 }), (spec, raw) => {
        fc.pre(spec.parse(raw) === undefined);
        const link = new URLSearchParams({ [spec.key]: raw });
        if (spec.key !== 'lang') link.append('lang', 'en');
        const parsed = parseView(route, q(link.toString()));
        expect(parsed.issues).toEqual([{ key: spec.key, raw, reason: 'invalid' }]);
        expect(parsed.state).toEqual({ ...defaultViewState(route), lang: spec.key === 'lang' ? 'id' : 'en' });
        expect(parsed.cleaned.toString()).toBe(spec.key === 'lang' ? '' : 'lang=en');
      }),
    );
  });
});

describe('invalid values, one by one', () => {
  it('names each and keeps the order of what stays', () => {
    const parsed = parseView(VIEW_ROUTES['/'], q('interval=tahun&lang=en&metric=xyz&foo=1&tab=kecamatan&interval=month'));
    expect(parsed.issues).toEqual([
      { key: 'interval', raw: 'tahun', reason: 'invalid' },
      { key: 'interval', raw: 'month', reason: 'invalid' },
      { key: 'metric', raw: 'xyz', reason: 'invalid' },
      { key: 'foo', raw: '1', reason: 'unknown' },
    ]);
    expect(parsed.state).toMatchObject({ lang: 'en', interval: 'week', metric: 'count', tab: 'kecamatan' });
    expect(parsed.cleaned.toString()).toBe('lang=en&tab=kecamatan');
  });

  it('leaves the units of a comparison to the compare page, which checks them against the units that exist', () => {
    const parsed = parseView(VIEW_ROUTES['/bandingkan'], q('unit=3&unit=abc&unit=3'));
    expect(parsed.issues).toEqual([]);
    expect(parsed.state.unit).toEqual([3]);
    expect(parsed.changed).toBe(false);
  });

  it('but reports ticked units that are not unit numbers on /unit', () => {
    const parsed = parseView(VIEW_ROUTES['/unit'], q('unit=3&unit=abc'));
    expect(parsed.issues).toEqual([{ key: 'unit', raw: 'abc', reason: 'invalid' }]);
    expect(parsed.cleaned.toString()).toBe('unit=3');
  });
});

/** Links written in an older scheme, and the view each must open. Add the next migration's links here. */
const OLD_LINKS: { route: ViewRoute; link: string; state: Record<string, unknown>; cleaned: string }[] = [
  // Scheme 1: the compare page's measure was `ukuran`.
  { route: VIEW_ROUTES['/bandingkan'], link: 'unit=3&unit=9&ukuran=count', state: { unit: [3, 9], metric: 'count' }, cleaned: 'unit=3&unit=9&metric=count' },
  { route: VIEW_ROUTES['/bandingkan'], link: 'ukuran=count&lang=en&interval=month', state: { metric: 'count', lang: 'en', interval: 'month' }, cleaned: 'metric=count&lang=en&interval=month' },
  { route: VIEW_ROUTES['/bandingkan'], link: 'v=1&ukuran=percent&unit=4', state: { metric: 'percent', unit: [4] }, cleaned: 'metric=percent&unit=4' },
  // A link with both: the current name wins.
  { route: VIEW_ROUTES['/bandingkan'], link: 'ukuran=percent&metric=count', state: { metric: 'count' }, cleaned: 'metric=count' },
];

describe('old links', () => {
  it.each(OLD_LINKS.map((c) => [c.route.pattern, c.link, c] as const))('%s?%s opens the view it always did', (_p, _l, { route, link, state, cleaned }) => {
    const parsed = parseView(route, q(link));
    expect(parsed.issues).toEqual([]);
    expect(parsed.state).toEqual({ ...defaultViewState(route), ...state });
    expect(parsed.cleaned.toString()).toBe(cleaned);
    // Written again, the view is a current link: the same view, without a version.
    expect(parseView(route, serializeView(route, parsed.state)).state).toEqual(parsed.state);
  });

  it('are only migrated on the pages the step names', () => {
    expect(migrate(q('ukuran=count'), '/').toString()).toBe('ukuran=count');
    expect(parseView(VIEW_ROUTES['/'], q('ukuran=count')).issues).toEqual([{ key: 'ukuran', raw: 'count', reason: 'unknown' }]);
  });

  it('with the current version are not migrated again', () => {
    const parsed = parseView(VIEW_ROUTES['/bandingkan'], q(`v=${URL_VERSION}&ukuran=count`));
    expect(parsed.state.metric).toBe('percent');
    expect(parsed.issues).toEqual([{ key: 'ukuran', raw: 'count', reason: 'unknown' }]);
    expect(parsed.cleaned.toString()).toBe('');
  });

  it('from a version this app does not know are read as current, and said', () => {
    for (const v of ['99', 'abc', '0']) {
      const parsed = parseView(VIEW_ROUTES['/peringkat'], q(`v=${v}&metric=percent`));
      expect(parsed.issues).toEqual([{ key: 'v', raw: v, reason: 'invalid' }]);
      expect(parsed.state.metric).toBe('percent');
      expect(parsed.cleaned.toString()).toBe('metric=percent');
    }
  });
});

describe('versions, when a retired value comes back with another meaning', () => {
  // A made-up page and history: scheme 2 retired `size=big` (now `l`); scheme 3 brings `big` back as a new size.
  const route: ViewRoute = { pattern: '/uji', params: { lang: enumParam('lang', ['id', 'en'] as const, 'id'), size: enumParam('size', ['s', 'l', 'big'] as const, 's') } };
  const migrations: Migration[] = [{ version: 2, why: 'test', values: { size: { big: 'l' } } }];
  const options = { migrations, current: 3 };

  it('a link that would be misread as an old one says its version, and only that one', () => {
    expect(needsVersion(q('size=big'), '/uji', migrations, 3)).toBe(true);
    expect(serializeView(route, { lang: 'id', size: 'big' }, options).toString()).toBe('size=big&v=3');
    expect(serializeView(route, { lang: 'en', size: 'l' }, options).toString()).toBe('lang=en&size=l');
  });

  it('reads old and new links apart', () => {
    expect(parseView(route, q('size=big'), options).state.size).toBe('l');
    expect(parseView(route, q('size=big&v=3'), options)).toMatchObject({ state: { size: 'big' }, issues: [], changed: false });
  });

  it('round-trips every state with the version it needs', () => {
    fc.assert(
      fc.property(fc.constantFrom('id' as const, 'en' as const), fc.constantFrom('s' as const, 'l' as const, 'big' as const), (lang, size) => {
        const link = serializeView(route, { lang, size }, options);
        expect(parseView(route, link, options)).toMatchObject({ state: { lang, size }, issues: [], changed: false });
      }),
    );
  });
});
