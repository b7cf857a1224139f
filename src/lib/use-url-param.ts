import { useCallback, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { migrate, stampVersion } from './url-state/migrations';
import { parseListParam, readParam, writeListParam, writeParam, type ListParamSpec, type ParamSpec } from './url-state/param';
import { matchViewRoute } from './url-state/routes';

/**
 * The address's parameters in the current scheme (an old link is read as migrated before the notice
 * rewrites it), and a setter that writes a current link. Changes replace the history entry: switching
 * a tab is not a new page.
 */
function useViewSearch(): [URLSearchParams, (update: (params: URLSearchParams) => URLSearchParams) => void] {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const pattern = matchViewRoute(pathname)?.pattern ?? null;
  const view = useMemo(() => (pattern ? migrate(params, pattern) : params), [params, pattern]);
  const update = useCallback(
    (change: (params: URLSearchParams) => URLSearchParams) =>
      setParams((current) => (pattern ? stampVersion(change(migrate(current, pattern)), pattern) : change(current)), {
        replace: true,
        preventScrollReset: true,
      }),
    [setParams, pattern],
  );
  return [view, update];
}

/** One URL parameter as React state. */
export function useUrlParam<T>(spec: ParamSpec<T>): [T, (value: T) => void] {
  const [params, update] = useViewSearch();
  const value = readParam(spec, params);
  const setValue = useCallback((next: T) => update((current) => writeParam(spec, current, next)), [update, spec]);
  return [value, setValue];
}

/** A repeated URL parameter (`?unit=1&unit=7`) as a list: items that parse, in order, without repeats. */
export function useUrlListParam<T>(spec: ListParamSpec<T>): [T[], (values: readonly T[]) => void] {
  const [params, update] = useViewSearch();
  // Stable while the address does not change, so effects and memos can depend on it.
  const values = useMemo(() => parseListParam(spec, params).values, [spec, params]);
  const setValues = useCallback((next: readonly T[]) => update((current) => writeListParam(spec, current, next)), [update, spec]);
  return [values, setValues];
}
