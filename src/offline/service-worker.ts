// The service worker that keeps the whole game on the device after the first visit (classroom
// Wi-Fi fails). vite-plugin-pwa builds it with Workbox; registering it here, from a bundled module,
// keeps the page free of inline script. A new version waits until the learner accepts it.
import { registerSW } from 'virtual:pwa-register';

/** Asks the waiting version to take over; the page reloads when it does. */
export type ApplyUpdate = () => Promise<void>;

export function keepGameOffline(onUpdateReady: (apply: ApplyUpdate) => void): void {
  if (!('serviceWorker' in navigator)) return;
  let reloading = false;
  const reload = (): void => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  };
  const update = registerSW({
    onNeedRefresh: () => {
      onUpdateReady(async () => {
        // Workbox reloads by itself only when the page was already served by a worker when it
        // opened; a page open since the very first visit reloads when the new version takes over.
        navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true });
        await update(true);
      });
    },
    onNeedReload: reload,
    onRegisterError: (error: unknown) => {
      // The game works without it, only not offline.
      console.warn('service worker not registered', error);
    },
  });
}
