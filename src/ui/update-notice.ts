// The offer of a new version: a notice at the bottom of the page, reachable with Tab, that never
// takes focus away from the game. The update reloads the page only when the learner accepts;
// the game in progress is already saved after every step, so it resumes where it was.
import { RefreshCw } from 'lucide';
import { i18n, t } from '../i18n/i18n.ts';
import { h, icon } from './dom.ts';

/** How long the page waits for the new version to take over before saying it did not. */
const UPDATE_PATIENCE_MS = 15_000;

export function showUpdateNotice(
  host: HTMLElement,
  apply: () => Promise<void>,
  announce: (message: string) => void,
): HTMLElement {
  host.querySelector('.update-notice')?.remove();
  const headingId = 'update-notice-heading';
  const heading = h('h2', { id: headingId });
  const body = h('p', {});
  const accept = h('button', { type: 'button', class: 'btn btn-primary' });
  const later = h('button', { type: 'button', class: 'btn btn-ghost' });
  const status = h('p', { class: 'hint', role: 'status' });
  const notice = h(
    'section',
    { class: 'notice notice-info update-notice', 'aria-labelledby': headingId },
    heading,
    body,
    h('div', { class: 'button-row' }, accept, later),
    status,
  );
  const label = (): void => {
    heading.replaceChildren(icon(RefreshCw), t('offline.update.heading'));
    body.textContent = t('offline.update.body');
    accept.textContent = t('offline.update.apply');
    later.textContent = t('offline.update.later');
  };
  label();
  i18n.on('languageChanged', label);
  const close = (): void => {
    i18n.off('languageChanged', label);
    notice.remove();
  };
  const failed = (): void => {
    accept.disabled = false;
    status.textContent = t('offline.update.failed');
  };
  accept.addEventListener('click', () => {
    accept.disabled = true;
    status.textContent = '';
    // The new version reloads the page when it takes over; if it has not within a while, say so.
    const stuck = window.setTimeout(failed, UPDATE_PATIENCE_MS);
    apply().catch((error: unknown) => {
      console.error(error);
      window.clearTimeout(stuck);
      failed();
    });
  });
  later.addEventListener('click', close);
  host.append(notice);
  announce(t('offline.update.announce'));
  return notice;
}
