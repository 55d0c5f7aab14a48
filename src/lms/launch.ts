// A package build's start: connect to the platform, resume what it kept or open the module's
// before-play screen, let the adapter follow every playthrough, and tell the learner what the
// platform needs them to know. Without a platform the package plays as the ordinary game.
import '../ui/styles/lms.css';
import { t } from '../i18n/i18n.ts';
import { EMPTY_LEARNER, readFirstName } from '../state/learner.ts';
import type { App } from '../ui/app.ts';
import { h } from '../ui/dom.ts';
import type { LmsAdapter, LmsNotice } from './adapter.ts';
import { keepAside, lmsPlaythrough, resumeFromPlatform } from './playthrough.ts';
import { Scorm12Adapter } from './scorm12.ts';
import type { PackageTarget } from './target.ts';

const INFO: ReadonlySet<LmsNotice> = new Set(['not-connected', 'sent']);

/** SCORM 1.2 is the one platform a package is built for today (`LMS_KINDS`). */
function adapterFor(notify: (notice: LmsNotice) => void): LmsAdapter {
  return new Scorm12Adapter({ host: window, clock: () => performance.now(), notify });
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
  const adapter = adapterFor(notify);
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
