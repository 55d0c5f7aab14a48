// The title screen: play, continue (when a save exists), settings, about; and any save that had to
// be set aside, with a way to download it and to start afresh.
import {
  ClipboardCheck,
  Download,
  Info,
  Play,
  RotateCcw,
  Settings as SettingsIcon,
  StepForward,
  Trash2,
  TriangleAlert,
} from 'lucide';
import { t } from '../../i18n/i18n.ts';
import { deleteQuarantined, forgetPruned, listQuarantine, prunedUntold, QUARANTINE_LIMIT } from '../../state/saves.ts';
import type { QuarantinedSave } from '../../state/saves.ts';
import type { AppContext, Screen } from '../app-context.ts';
import { h, icon, Scope } from '../dom.ts';
import { downloadText } from '../download.ts';
import { fileName, formatDateTime } from '../format.ts';

export function createTitleScreen(ctx: AppContext): Screen {
  const scope = new Scope();
  const locale = ctx.settings.getState().locale;
  const saves = ctx.saves();
  const latest = saves[0];
  const preselected = ctx.url.module !== null ? ctx.entryOf(ctx.url.module) : undefined;

  const heading = h('h1', { class: 'title-heading', tabindex: -1 }, t('app.name'));

  // With a saved game, continuing is the main action; otherwise playing is.
  const play = h(
    'button',
    { type: 'button', class: latest ? 'btn btn-secondary btn-large' : 'btn btn-primary btn-large' },
    icon(Play),
    h('span', {}, t('title.play')),
  );
  scope.on(play, 'click', () => {
    if (preselected) ctx.newGame(preselected);
    else ctx.go({ name: 'modules' });
  });

  let resume: HTMLElement | null = null;
  if (latest) {
    const title = ctx.entryOf(latest.module)?.scenario.title[locale] ?? latest.module;
    resume = h(
      'button',
      { type: 'button', class: 'btn btn-primary btn-large' },
      icon(StepForward),
      h('span', { class: 'btn-text' }, h('span', {}, t('title.continue')), h('span', { class: 'btn-sub' }, title)),
    );
    scope.on(resume, 'click', () => {
      void ctx.resume(latest);
    });
  }

  const settings = h(
    'button',
    { type: 'button', class: 'btn btn-secondary btn-large' },
    icon(SettingsIcon),
    h('span', {}, t('title.settings')),
  );
  scope.on(settings, 'click', () => {
    ctx.openSettings(settings);
  });

  const about = h(
    'button',
    { type: 'button', class: 'btn btn-secondary btn-large' },
    icon(Info),
    h('span', {}, t('title.about')),
  );
  scope.on(about, 'click', () => {
    ctx.go({ name: 'about' });
  });

  // For the trainer, after what learners use: collecting and checking a class's reports.
  const trainer = h(
    'button',
    { type: 'button', class: 'btn btn-secondary btn-large' },
    icon(ClipboardCheck),
    h('span', {}, t('trainer.open')),
  );
  scope.on(trainer, 'click', () => {
    ctx.go({ name: 'trainer' });
  });

  const menu = h(
    'nav',
    { class: 'title-menu', 'aria-label': t('title.menu') },
    h('ul', { role: 'list' }, ...[resume, play, settings, about, trainer].map((b) => (b ? h('li', {}, b) : null))),
  );

  const notices = h('div', { class: 'notices' });
  const renderNotices = (): void => {
    const pruned = prunedNotice(ctx, scope, renderNotices);
    notices.replaceChildren(
      ...(pruned ? [pruned] : []),
      ...listQuarantine(ctx.storage).map((q) => quarantineNotice(ctx, scope, q, renderNotices)),
    );
  };
  renderNotices();

  const storageWarning = ctx.persistent
    ? null
    : h('p', { class: 'notice notice-info', role: 'note' }, t('saves.noStorage'));

  const root = h(
    'main',
    { class: 'screen screen-title', id: 'main' },
    h(
      'div',
      { class: 'title-card' },
      h('p', { class: 'title-kicker' }, t('title.kicker')),
      heading,
      h('p', { class: 'title-tagline' }, t('title.tagline')),
      menu,
      storageWarning,
    ),
    notices,
  );

  return {
    root,
    mapSlot: null,
    focusFirst: () => {
      // The first visit lands on the menu's first button; later visits on the heading.
      (resume ?? play).focus();
    },
    destroy: () => {
      scope.close();
    },
  };
}

/** Older saves set aside were deleted to make room: said until the learner has read it. */
function prunedNotice(ctx: AppContext, scope: Scope, refresh: () => void): HTMLElement | null {
  const count = prunedUntold(ctx.storage);
  if (count === 0) return null;
  const understood = h('button', { type: 'button', class: 'btn btn-secondary' }, t('saves.prunedRead'));
  scope.on(understood, 'click', () => {
    forgetPruned(ctx.storage);
    refresh();
    document.querySelector<HTMLElement>('.title-menu button')?.focus();
  });
  return h(
    'section',
    { class: 'notice notice-info', 'aria-label': t('saves.prunedHeading') },
    h('p', {}, t('saves.pruned', { count, limit: QUARANTINE_LIMIT })),
    h('div', { class: 'button-row' }, understood),
  );
}

function quarantineNotice(ctx: AppContext, scope: Scope, q: QuarantinedSave, refresh: () => void): HTMLElement {
  const locale = ctx.settings.getState().locale;
  const entry = ctx.entryOf(q.module);
  const title = entry?.scenario.title[locale] ?? q.module;
  const headingId = `aside-${q.key.replace(/[^a-zA-Z0-9]/g, '-')}`;

  const download = h('button', { type: 'button', class: 'btn btn-secondary' }, icon(Download), t('saves.download'));
  scope.on(download, 'click', () => {
    let json = true;
    try {
      JSON.parse(q.raw);
    } catch {
      json = false;
    }
    downloadText(
      fileName(['passerelles', t('saves.fileWord'), q.module, q.at.slice(0, 10)], json ? 'json' : 'txt'),
      q.raw,
      json ? 'application/json' : 'text/plain',
    );
  });

  let fresh: HTMLElement | null = null;
  if (entry) {
    fresh = h('button', { type: 'button', class: 'btn btn-primary' }, icon(RotateCcw), t('saves.startAfresh'));
    scope.on(fresh, 'click', () => {
      ctx.newGame(entry);
    });
  }

  const remove = h('button', { type: 'button', class: 'btn btn-ghost' }, icon(Trash2), t('saves.delete'));
  scope.on(remove, 'click', () => {
    // Deleting is the learner's explicit decision, after the file has been offered.
    if (window.confirm(t('saves.confirmDelete'))) {
      deleteQuarantined(ctx.storage, q.key);
      refresh();
      ctx.announce(t('saves.deleted'));
    }
  });

  const when = q.at === '' ? '' : formatDateTime(q.at, locale);
  return h(
    'section',
    { class: 'notice notice-warning', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, icon(TriangleAlert), t('saves.asideHeading')),
    h('p', {}, t('saves.asideBody', { module: title })),
    h('p', {}, h('strong', {}, t(`saves.reasons.${q.reason}`))),
    when === '' ? null : h('p', { class: 'hint' }, t('saves.asideWhen', { date: when })),
    h('p', {}, t('saves.asideKept')),
    h('p', { class: 'hint' }, t('saves.asideLimit', { limit: QUARANTINE_LIMIT })),
    h('div', { class: 'button-row' }, fresh, download, remove),
  );
}
