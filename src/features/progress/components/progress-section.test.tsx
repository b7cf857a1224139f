import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { demoApi } from '../../../../mocks/node';
import { idNumber, readCsvText } from '../../../../tests/support/read-csv-text';
import { AppProvider } from '@/app/provider';
import { ProgressSection } from './progress-section';

/** jsdom's Blob has no arrayBuffer(); FileReader reads it. */
function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

function renderSection(url = '/') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const router = createMemoryRouter([{ path: '/', element: <ProgressSection /> }], { initialEntries: [url] });
  render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { user: userEvent.setup() };
}

describe('progress CSV export', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads the weekly series with Indonesian headers and the same numbers as the API', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });

    const { user } = renderSection();
    await user.click(await screen.findByRole('button', { name: 'Unduh CSV: Perkembangan pendaftaran' }));

    const expected = demoApi.timeseries('week');
    expect(names).toEqual([`pantau-peduli_progres_${expected.asOfDate}.csv`]);
    expect(blobs).toHaveLength(1);
    const bytes = await blobBytes(blobs[0]!);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const [header, ...rows] = await readCsvText(text);
    expect(header).toEqual(['Periode', 'Pendaftar baru', 'Kumulatif']);
    expect(rows.map((r) => r[0])).toEqual(expected.points.map((p) => p.date));
    expect(rows.map((r) => idNumber(r[1]!))).toEqual(expected.points.map((p) => p.new));
    expect(rows.map((r) => idNumber(r[2]!))).toEqual(expected.points.map((p) => p.cumulative));
  });
});
