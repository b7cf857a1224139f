import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { registerServiceWorker } from '@/offline/register-sw';
import { primeFromBootData } from './boot-data';
import { AppProvider, createQueryClient } from './provider';
import { createAppRouter } from './router';
import './styles.css';
import './print.css';

/** In `vite --mode mock` the API is answered in the browser. The flag is a build-time constant, so production drops this import. */
async function enableMocking(): Promise<void> {
  if (!import.meta.env.VITE_USE_MOCKS) return;
  const { worker } = await import('../../mocks/browser');
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}

// The offline copy (public/sw.js) is for the built app only: never beside MSW's worker, never in dev.
if (import.meta.env.PROD && !import.meta.env.VITE_USE_MOCKS) registerServiceWorker();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void enableMocking().then(() => {
  const queryClient = createQueryClient();
  primeFromBootData(queryClient);
  createRoot(root).render(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <RouterProvider router={createAppRouter()} />
      </AppProvider>
    </StrictMode>,
  );
});
