import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { AppProvider } from '../../src/app/provider';
import { routes } from '../../src/app/router';

/** The real providers and routes at `url`, with a fresh QueryClient that never retries. */
export function renderApp(url = '/') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  const result = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...result, user, router, queryClient };
}

/**
 * A section of the page once its own code has arrived: overview sections stand as busy placeholders (with the same
 * name) until their chunk loads.
 */
export async function findSection(name: string | RegExp): Promise<HTMLElement> {
  return waitFor(() => {
    const region = screen.getByRole('region', { name });
    expect(region).not.toHaveAttribute('aria-busy', 'true');
    return region;
  });
}
