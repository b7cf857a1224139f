import { parseSnapshotPath, type ParsedSnapshotPath, type SnapshotView } from '../../../../contract/snapshots';

/** What the contract accepts as a parameter: anything else cannot have been written by a page. */
const PARAM_NAME = /^[A-Za-z0-9_.-]{1,40}$/;
const MAX_VALUE = 500;
const MAX_PARAMS = 30;

/**
 * The view on screen as a snapshot freezes it: the page's path and every URL parameter as the page wrote
 * it (language included). A repeated parameter keeps its first value, the one the page reads with
 * `get()`. Null when the page cannot be frozen (admin pages, sign-in, an unknown address).
 */
export function viewFromLocation(pathname: string, search: string): SnapshotView | null {
  if (parseSnapshotPath(pathname) === null) return null;
  const params: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(search)) {
    if (key in params || !PARAM_NAME.test(key) || value.length > MAX_VALUE) continue;
    if (Object.keys(params).length >= MAX_PARAMS) break;
    params[key] = value;
  }
  return { path: pathname, params };
}

/** Whether the page at `pathname` can be frozen. */
export function isShareablePage(pathname: string): boolean {
  return parseSnapshotPath(pathname) !== null;
}

/** The live page a frozen view came from, as a link target (path and its parameters). */
export function liveViewTo(view: SnapshotView): { pathname: string; search: string } {
  const search = new URLSearchParams(view.params).toString();
  return { pathname: view.path, search: search ? `?${search}` : '' };
}

export type { ParsedSnapshotPath };
