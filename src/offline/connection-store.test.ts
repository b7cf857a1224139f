import { connectionState, createCacheFlagStore, OFFLINE_HEADER } from './connection-store';

const fromSavedCopy = new Headers({ [OFFLINE_HEADER]: '1', 'content-type': 'application/json' });
const fresh = new Headers({ 'content-type': 'application/json' });

describe('the saved-copy flag', () => {
  it('is set by an answer the service worker marked, and cleared by a fresh one', () => {
    const store = createCacheFlagStore();
    expect(store.get()).toBe(false);
    store.noteResponse(fromSavedCopy);
    expect(store.get()).toBe(true);
    store.noteResponse(fresh);
    expect(store.get()).toBe(false);
  });

  it('takes only the exact mark', () => {
    const store = createCacheFlagStore();
    store.noteResponse(new Headers({ [OFFLINE_HEADER]: '0' }));
    expect(store.get()).toBe(false);
  });

  it('tells its listeners when the flag changes, and only then', () => {
    const store = createCacheFlagStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.noteResponse(fresh);
    expect(listener).not.toHaveBeenCalled();
    store.noteResponse(fromSavedCopy);
    store.noteResponse(fromSavedCopy);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.noteResponse(fresh);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get()).toBe(false);
  });
});

describe('connectionState', () => {
  it.each([
    [true, false, true],
    [false, false, false],
    [true, true, false],
    [false, true, false],
  ])('online %s, saved copy %s: live %s', (online, fromCache, live) => {
    expect(connectionState(online, fromCache)).toEqual({ online, fromCache, live });
  });
});
