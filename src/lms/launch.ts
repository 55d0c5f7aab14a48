// A package build's start: connect to the platform, resume what it kept or open the module's
// before-play screen, let the adapter follow every playthrough, and tell the learner what the
// platform needs them to know. Without a platform the package plays as the ordinary game.
import '../ui/styles/lms.css';
import { i18n, t } from '../i18n/i18n.ts';
import { EMPTY_LEARNER, readFirstName } from '../state/learner.ts';
import type { KeyValueStorage } from '../state/storage.ts';
import type { App } from '../ui/app.ts';
import { h } from '../ui/dom.ts';
import type { LmsAdapter, LmsKind, LmsNotice } from './adapter.ts';
import { Cmi5Adapter } from './cmi5.ts';
import { readCmi5Params } from './cmi5-params.ts';
import { launchOrigins, narrowConnections } from './connect-policy.ts';
import { lrsSender } from './lrs-sender.ts';
import type { OutboxStatus, Timers } from './outbox.ts';
import { keepAside, lmsPlaythrough, resumeFromPlatform } from './playthrough.ts';
import { Scorm12Adapter } from './scorm12.ts';
import type { PackageTarget } from './target.ts';

const INFO: ReadonlySet<LmsNotice> = new Set(['not-connected', 'sent']);

const TIMERS: Timers = {
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => {
    window.clearTimeout(handle as number);
  },
};

/** The tab's own storage when the browser allows it; else the device's (a reload still finds the session). */
function tabStorage(fallback: KeyValueStorage): KeyValueStorage {
  try {
    return window.sessionStorage;
  } catch {
    return fallback;
  }
}

function adapterFor(
  kind: LmsKind,
  app: App,
  notify: (notice: LmsNotice) => void,
  onDelivery: (status: OutboxStatus) => void,
): LmsAdapter {
  switch (kind) {
    case 'scorm12':
      return new Scorm12Adapter({ host: window, clock: () => performance.now(), notify });
    case 'cmi5': {
      const read = readCmi5Params(window.location.search);
      narrowConnections(document, read.status === 'ok' ? launchOrigins(read.params) : []);
      return new Cmi5Adapter({
        search: window.location.search,
        storage: app.storage,
        tabStorage: tabStorage(app.storage),
        timers: TIMERS,
        online: window,
        send: lrsSender(TIMERS),
        locale: () => i18n.language,
        decisionName: (n, week) => t('lms.decision', { n, week }),
        notify,
        onDelivery,
      });
    }
  }
}

export async function launchInPlatform(app: App, target: PackageTarget): Promise<void> {
  const banner = h('div', { class: 'lms-banner', role: 'region', 'aria-label': t('lms.region') });
  app.addBanner(banner);
  const notify = (notice: LmsNotice): void => {
    const text = t(`lms.notices.${notice}`);
    banner.append(
      h('p', { class: `notice ${INFO.has(notice) ? 'notice-info' : 'notice-warning'}`, 'data-notice': notice }, text),
    );
    app.announce(text);
  };
  // How the sending stands, when results wait for the platform (one line, replaced as it changes).
  // It joins the banner the first time results wait, so that an empty banner stays out of sight.
  const delivery = h('p', { class: 'notice notice-info lms-delivery', role: 'status' });
  const onDelivery = (status: OutboxStatus): void => {
    const stuck = (status.state === 'waiting' || status.state === 'blocked') && status.pending > 0;
    if (stuck && !delivery.isConnected) banner.append(delivery);
    delivery.hidden = !stuck;
    delivery.dataset['delivery'] = status.state;
    delivery.textContent = stuck
      ? t(status.state === 'blocked' ? 'lms.delivery.blocked' : 'lms.delivery.waiting', { count: status.pending })
      : '';
  };
  const adapter = adapterFor(target.kind, app, notify, onDelivery);
  const launch = await adapter.connect();
  window.addEventListener('pagehide', () => {
    adapter.leave();
  });
  let stop = (): void => undefined;
  app.onSession((session) => {
    stop();
    stop = adapter.follow(lmsPlaythrough(session));
  });

  const entry = app.entryOf(target.module);
  if (!entry || launch.status === 'standalone') {
    app.start();
    return;
  }
  if (launch.resume !== null) {
    const resumed = await resumeFromPlatform(entry, launch.resume, { storage: app.storage, now: () => app.now() });
    if (resumed.ok) {
      const session = resumed.session;
      app.start(session.store.getState().awaiting === 'end' ? { name: 'report', session } : { name: 'play', session });
      return;
    }
    keepAside(app.storage, target.module, launch.resume, resumed.reason, app.now());
    notify('save-unreadable');
  }
  app.start({
    name: 'before-play',
    entry,
    draft: { ...EMPTY_LEARNER, firstName: readFirstName(app.storage), sessionCode: app.url.session },
  });
}
