import type { QueryClient } from '@tanstack/react-query';
import { BOOT_DATA_ID, type BootData } from '../../contract/boot-data';
import type { Summary } from '../../contract/summary';
import { summaryQueryOptions } from '@/features/summary/api/get-summary';

function readBootData(doc: Document): BootData | null {
  const text = doc.getElementById(BOOT_DATA_ID)?.textContent;
  if (!text) return null;
  try {
    const data = JSON.parse(text) as Partial<BootData>;
    return typeof data.readAt === 'number' && data.summary !== undefined ? (data as BootData) : null;
  } catch {
    return null;
  }
}

/**
 * Puts the headline's data that came inside the page into the query cache before the first render, so that
 * the headline paints with the app's first frame instead of after a round trip. It is aged from when the
 * server read it (an old page from the offline copy is refetched at once), and checked against the contract
 * as every answer is, only after the paint: an answer that does not match is dropped and asked for again,
 * which then shows the contract error as a fetched one would.
 */
export function primeFromBootData(queryClient: QueryClient, doc: Document = document): void {
  const boot = readBootData(doc);
  if (!boot) return;
  const { queryKey } = summaryQueryOptions();
  queryClient.setQueryData(queryKey, boot.summary as Summary, { updatedAt: Math.min(boot.readAt, Date.now()) });
  void import('../../contract/summary').then(({ Summary: schema }) => {
    // A fresher answer may have arrived meanwhile: it was checked on its way in.
    if (queryClient.getQueryData(queryKey) !== boot.summary) return;
    const checked = schema.safeParse(boot.summary);
    // The parsed value, as a fetched answer would be; structural sharing keeps the same object when equal.
    if (checked.success) queryClient.setQueryData(queryKey, checked.data, { updatedAt: queryClient.getQueryState(queryKey)?.dataUpdatedAt });
    else void queryClient.resetQueries({ queryKey, exact: true });
  });
}
