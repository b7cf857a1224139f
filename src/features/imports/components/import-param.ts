import type { ParamSpec } from '@/lib/url-state/param';

/** `?impor=12`: the import on screen, so a reload or a shared link shows the same preview or result. */
export const importParam: ParamSpec<number | null> = {
  key: 'impor',
  defaultValue: null,
  parse: (raw) => (/^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : undefined),
  serialize: (value) => (value === null ? '' : String(value)),
};
