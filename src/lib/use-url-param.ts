import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { readParam, writeParam, type ParamSpec } from './url-state';

/** One URL parameter as React state. Changes replace the history entry: switching a tab is not a new page. */
export function useUrlParam<T>(spec: ParamSpec<T>): [T, (value: T) => void] {
  const [params, setParams] = useSearchParams();
  const value = readParam(spec, params);
  const setValue = useCallback(
    (next: T) => setParams((current) => writeParam(spec, current, next), { replace: true, preventScrollReset: true }),
    [setParams, spec],
  );
  return [value, setValue];
}
