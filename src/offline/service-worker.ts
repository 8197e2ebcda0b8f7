/**
 * h5 only: registers the service worker that precaches the app shell and every chunk of the
 * build (dist/h5/sw.js, generated after each h5 build by config/h5-service-worker.ts), so a reload
 * with no network still opens the app, which then shows its stored data.
 * NOTE: weapp downloads and keeps its own packages (preloadRule in app.config.ts does the rest),
 * and a development build would serve stale code from the cache, so only a production h5 registers.
 */
export function registerServiceWorker(): void {
  if (process.env.TARO_ENV !== 'h5' || process.env.NODE_ENV !== 'production') return;
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  // After load: the first visit's own downloads come first. No SW: the app still works online.
  const register = () => void navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
}
