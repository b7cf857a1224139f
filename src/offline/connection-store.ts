/** The header public/sw.js adds to an answer it took from its cache because the network failed. */
export const OFFLINE_HEADER = 'X-Pantau-Offline';

type Listener = () => void;

/**
 * Whether the data on screen came from the service worker's saved copy rather than the server: set by the
 * last API answer (the saved copy marks itself; a fresh answer clears it). A store React reads through
 * useSyncExternalStore, so every stamp on the page changes together.
 */
export interface CacheFlagStore {
  get: () => boolean;
  subscribe: (listener: Listener) => () => void;
  /** Records one API answer: from the saved copy or fresh from the server. */
  noteResponse: (headers: Pick<Headers, 'get'>) => void;
}

export function createCacheFlagStore(): CacheFlagStore {
  let fromCache = false;
  const listeners = new Set<Listener>();
  return {
    get: () => fromCache,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    noteResponse(headers) {
      const next = headers.get(OFFLINE_HEADER) === '1';
      if (next === fromCache) return;
      fromCache = next;
      for (const listener of listeners) listener();
    },
  };
}

/** The app's one store; the API client writes to it, useConnection() reads it. */
export const servedFromCache = createCacheFlagStore();

export interface ConnectionState {
  online: boolean;
  fromCache: boolean;
  /** The numbers on screen are the server's current ones, as far as the page can tell. */
  live: boolean;
}

/** Not live when the browser says it is offline (nothing new can arrive) or the last answer was the saved copy. */
export function connectionState(online: boolean, fromCache: boolean): ConnectionState {
  return { online, fromCache, live: online && !fromCache };
}
