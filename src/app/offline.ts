/**
 * The service worker that keeps the app and its lessons working without a network after the
 * first visit (vite.config.ts, `offline`). Registered after the page is up, so it never competes
 * with the first boundary. A new version does not take over an open page: it waits, and the
 * page offers to switch (components/UpdateNotice.tsx).
 */
import { useStore } from '../store/store';

export function startOffline(): void {
  // The dev server has no service worker to register, and a test page opened from a file has none either.
  if (import.meta.env.DEV || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
  void import('virtual:pwa-register')
    .then(({ registerSW }) => {
      const update = registerSW({
        immediate: false,
        onNeedRefresh: () => useStore.getState().setUpdateReady(() => void update(true)),
      });
    })
    .catch(() => {
      // No service worker (a private window, a refused registration): the app works online as before.
    });
}
