/**
 * Registers public/sw.js (production builds only: main.tsx decides). The files this first visit loaded came
 * before the worker existed, so their addresses go to it once it is active: the deck then works offline
 * from the first visit, not only from the second.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const urls = performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => name.startsWith(window.location.origin));
        registration.active?.postMessage({ type: 'cache-urls', urls });
      })
      .catch(() => {
        // No offline copy then; the app itself works as before.
      });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
