import { waitFor } from '@testing-library/react';
import { demoApi } from '../../mocks/node';
import { primeFromBootData } from './boot-data';
import { createQueryClient } from './provider';

/** A page as the server sends it, with `json` as the boot element's text. */
function page(json: string | null): Document {
  const doc = document.implementation.createHTMLDocument('t');
  if (json !== null) {
    const script = doc.createElement('script');
    script.id = 'pantau-boot';
    script.type = 'application/json';
    script.textContent = json;
    doc.head.append(script);
  }
  return doc;
}

describe('the headline data inside the page', () => {
  it('is in the cache before the first render, aged from when the server read it, and stays once checked', async () => {
    const client = createQueryClient();
    const summary = demoApi.summary();
    const readAt = Date.now() - 5_000;
    primeFromBootData(client, page(JSON.stringify({ summary, readAt })));
    expect(client.getQueryData(['summary'])).toEqual(summary);
    expect(client.getQueryState(['summary'])?.dataUpdatedAt).toBe(readAt);
    // After the contract check (a lazy import) it is still there, still as old.
    await new Promise((r) => setTimeout(r, 50));
    expect(client.getQueryData(['summary'])).toEqual(summary);
    expect(client.getQueryState(['summary'])?.dataUpdatedAt).toBe(readAt);
  });

  it('is dropped when it breaks the contract, so that the page asks the API', async () => {
    const client = createQueryClient();
    primeFromBootData(client, page(JSON.stringify({ summary: { registered: 'many' }, readAt: Date.now() })));
    expect(client.getQueryData(['summary'])).toEqual({ registered: 'many' });
    await waitFor(() => expect(client.getQueryData(['summary'])).toBeUndefined());
  });

  it('changes nothing when the page has none, or something unreadable', () => {
    for (const doc of [page(null), page('{not json'), page(JSON.stringify({ summary: {} }))]) {
      const client = createQueryClient();
      primeFromBootData(client, doc);
      expect(client.getQueryState(['summary'])).toBeUndefined();
    }
  });
});
