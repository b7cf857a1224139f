import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render as renderInPage, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { OFFLINE_HEADER, servedFromCache } from './connection-store';
import { OfflineBadge } from './offline-badge';
import { useRefreshOnReconnect } from './use-refresh-on-reconnect';

/** The language comes from the address, so the badge needs a router around it. */
const render = (ui: ReactNode) => renderInPage(<MemoryRouter>{ui}</MemoryRouter>);

const NOT_LIVE = /Tidak langsung: tersimpan, tanpa koneksi/;

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => void window.dispatchEvent(new Event(online ? 'online' : 'offline')));
}

afterEach(() => {
  vi.restoreAllMocks();
  servedFromCache.noteResponse(new Headers());
});

describe('OfflineBadge', () => {
  it('shows nothing while the page is live', () => {
    render(<OfflineBadge />);
    expect(screen.queryByText(NOT_LIVE)).toBeNull();
  });

  it('says "not live" while the browser is offline, and goes once it is back', () => {
    render(<OfflineBadge />);
    setOnline(false);
    expect(screen.getByText(NOT_LIVE)).toBeVisible();
    setOnline(true);
    expect(screen.queryByText(NOT_LIVE)).toBeNull();
  });

  it('says "not live" while the data is the saved copy, even online, until a fresh answer arrives', () => {
    render(<OfflineBadge />);
    act(() => servedFromCache.noteResponse(new Headers({ [OFFLINE_HEADER]: '1' })));
    expect(screen.getByText(NOT_LIVE)).toHaveTextContent(/salinan yang tersimpan/);
    act(() => servedFromCache.noteResponse(new Headers()));
    expect(screen.queryByText(NOT_LIVE)).toBeNull();
  });
});

describe('useRefreshOnReconnect', () => {
  it('asks again for every query on screen when the connection comes back, fresh or not', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
    let calls = 0;
    function Probe() {
      useRefreshOnReconnect();
      const { data } = useQuery({ queryKey: ['probe'], queryFn: () => ++calls });
      return <p>answer {data ?? '-'}</p>;
    }
    render(
      <QueryClientProvider client={queryClient}>
        <Probe />
      </QueryClientProvider>,
    );
    await screen.findByText('answer 1');
    setOnline(true);
    await waitFor(() => expect(screen.getByText('answer 2')).toBeVisible());
    queryClient.clear();
  });
});
