import { useSyncExternalStore } from 'react';
import { connectionState, servedFromCache, type ConnectionState } from './connection-store';

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

const isOnline = () => navigator.onLine;
const serverOnline = () => true;

/** Whether the page is live: the browser's connection and whether the last data came from the saved copy. */
export function useConnection(): ConnectionState {
  const online = useSyncExternalStore(subscribeOnline, isOnline, serverOnline);
  const fromCache = useSyncExternalStore(servedFromCache.subscribe, servedFromCache.get, servedFromCache.get);
  return connectionState(online, fromCache);
}
