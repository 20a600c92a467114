/**
 * The service worker that keeps the app and its lessons working without a network after the
 * first visit (vite.config.ts, `offline`: Workbox precaches the whole build). Registered after
 * the page is up, so it never competes with the first boundary. A new version does not take over
 * an open page: it waits, and the page offers to switch (components/UpdateNotice.tsx); the switch
 * asks the waiting worker to take over, and the page reloads once it has.
 * Plain navigator.serviceWorker rather than workbox-window: the same few steps, 2.5 KB lighter.
 */
import { useStore } from '../store/store';

const SW_URL = './sw.js';

function offerUpdate(waiting: ServiceWorker): void {
  useStore.getState().setUpdateReady(() => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    // Workbox's generated worker skips waiting on this message (registerType 'prompt').
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
}

export function startOffline(): void {
  // The dev server has no service worker to register, and a page opened from a file has none either.
  if (import.meta.env.DEV || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
  navigator.serviceWorker
    .register(SW_URL, { scope: './' })
    .then((registration) => {
      // A first install has no page to replace: only an update that finds a controller asks.
      const watch = (worker: ServiceWorker | null) => {
        if (!worker) return;
        const check = () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
        };
        check();
        worker.addEventListener('statechange', check);
      };
      watch(registration.waiting);
      registration.addEventListener('updatefound', () => watch(registration.installing));
    })
    .catch(() => {
      // No service worker (a private window, a refused registration): the app works online as before.
    });
}
