// The class as a table: one row per report handed in, with exactly one status and what it means
// (the altered figures claimed against replayed, the claimed figures of another module version
// marked unverified, or why a report cannot be read). Every name goes in as text.
import type { Locale } from '../../engine/ids.ts';
import { isOneOf, PRINCIPLES } from '../../engine/ids.ts';
import { PRINCIPLE_INFO } from '../../engine/principles.ts';
import { nameOf } from '../../engine/world.ts';
import type { Difference } from '../../engine/verify.ts';
import { t } from '../../i18n/i18n.ts';
import type { ClassEntry, ClassVerdict, MergeResult } from '../../trainer/class-store.ts';
import { figureOf, figureValue } from '../../trainer/figures.ts';
import type { Subject } from '../../trainer/figures.ts';
import type { AppContext } from '../app-context.ts';
import { h } from '../dom.ts';
import type { Scope } from '../dom.ts';

type Status = ClassVerdict['status'];

const STATUSES: readonly Status[] = ['verified', 'altered', 'other-version', 'unreadable'];

function statusLabel(status: Status): string {
  return t(`trainer.status.${status}`);
}

function moduleOf(ctx: AppContext, verdict: ClassVerdict): string {
  if (verdict.status === 'unreadable') return '—';
  const locale = ctx.settings.getState().locale;
  return ctx.entryOf(verdict.record.scenario)?.scenario.title[locale] ?? verdict.record.scenario;
}

function subjectName(ctx: AppContext, module: string, subject: Subject, locale: Locale): string {
  const scenario = ctx.entryOf(module)?.scenario;
  const name = (id: string): string => (scenario ? nameOf(scenario, id, locale) : id);
  switch (subject.kind) {
    case 'principle':
      return PRINCIPLE_INFO[subject.id].name[locale];
    case 'beneficiary':
    case 'partner':
      return name(subject.id);
    case 'bond':
      return `${name(subject.a)} ↔ ${name(subject.b)}`;
    case 'bonds':
    case 'principles':
    case 'game':
      return '';
  }
}

function differenceText(ctx: AppContext, module: string, d: Difference): string {
  const locale = ctx.settings.getState().locale;
  const ref = figureOf(d.path);
  const subject = subjectName(ctx, module, ref.subject, locale);
  const figure = t(`trainer.figures.${ref.figure}`);
  const value = (v: unknown): string => figureValue(v, t('trainer.details.missing'), t('report.yes'), t('report.no'));
  return t('trainer.details.difference', {
    what: subject === '' ? figure : `${subject} — ${figure}`,
    claimed: value(d.claimed),
    actual: value(d.actual),
  });
}

/** The claimed percentages of a report that could not be replayed, as far as they can be read. */
function claimedPercents(claimed: unknown, locale: Locale): string[] {
  const principles = (claimed as { principles?: unknown } | null)?.principles;
  if (!Array.isArray(principles)) return [];
  const out: string[] = [];
  for (const p of principles as unknown[]) {
    const { id, percent } = (p ?? {}) as { id?: unknown; percent?: unknown };
    if (typeof id === 'string' && isOneOf(PRINCIPLES, id) && typeof percent === 'number') {
      out.push(t('trainer.details.claimed', { name: PRINCIPLE_INFO[id].name[locale], percent }));
    }
  }
  return out;
}

function details(ctx: AppContext, entry: ClassEntry): HTMLElement {
  const { verdict } = entry;
  const locale = ctx.settings.getState().locale;
  switch (verdict.status) {
    case 'verified':
      return h('p', {}, t('trainer.details.verified'));
    case 'altered':
      return h(
        'div',
        {},
        h('p', {}, t('trainer.details.altered')),
        h(
          'ul',
          { class: 'differences' },
          ...verdict.differences.map((d) => h('li', {}, differenceText(ctx, verdict.record.scenario, d))),
        ),
      );
    case 'other-version': {
      const claimed = claimedPercents(verdict.claimed, locale);
      return h(
        'div',
        {},
        h('p', {}, t('trainer.details.otherVersion')),
        claimed.length === 0 ? null : h('ul', { class: 'claimed' }, ...claimed.map((c) => h('li', {}, c))),
      );
    }
    case 'unreadable':
      // A typed line that is no code at all is "not a report" to the verifier: say it of a code.
      return h(
        'p',
        {},
        entry.source.kind === 'code' && verdict.reason === 'not-a-report'
          ? t('trainer.reasons.notACode')
          : t(`trainer.reasons.${verdict.reason}`),
      );
  }
}

function sourceText(entry: ClassEntry): string {
  switch (entry.source.kind) {
    case 'file':
      return t('trainer.sources.file', { name: entry.source.name });
    case 'code':
      return entry.source.via === 'camera' ? t('trainer.sources.camera') : t('trainer.sources.typed');
  }
}

export function classTable(
  ctx: AppContext,
  scope: Scope,
  entries: readonly ClassEntry[],
  onRemove: (key: string) => void,
): HTMLElement {
  const rows = entries.map((entry) => {
    const name = entry.firstName === '' ? t('trainer.class.noFirstName') : entry.firstName;
    const remove = h(
      'button',
      { type: 'button', class: 'btn btn-ghost btn-small', 'aria-label': t('trainer.class.removeLabel', { name }) },
      t('trainer.class.remove'),
    );
    scope.on(remove, 'click', () => {
      onRemove(entry.key);
    });
    const status = entry.verdict.status;
    return h(
      'tr',
      { 'data-status': status },
      h('th', { scope: 'row' }, name),
      h('td', {}, entry.sessionCode),
      h('td', {}, moduleOf(ctx, entry.verdict)),
      h('td', { class: 'source' }, sourceText(entry)),
      h('td', {}, h('span', { class: `status status-${status}` }, statusLabel(status))),
      h('td', { class: 'details' }, details(ctx, entry)),
      h('td', {}, remove),
    );
  });
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'data-table class-table' },
      h('caption', {}, t('trainer.class.caption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...[
            t('trainer.class.firstName'),
            t('trainer.class.session'),
            t('trainer.class.module'),
            t('trainer.class.source'),
            t('trainer.class.status'),
            t('trainer.class.details'),
            t('trainer.class.actions'),
          ].map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
  );
}

/** What an import gave, in one sentence: how many were added by status, and how many were already there. */
export function importSummary(merged: MergeResult): string {
  const count = (status: Status): number => merged.added.filter((e) => e.verdict.status === status).length;
  const [verified, altered, other, unreadable] = STATUSES.map(count);
  const parts = [
    merged.added.length === 0
      ? t('trainer.summary.addedNone')
      : `${t('trainer.summary.added', { count: merged.added.length })} (${t('trainer.summary.statuses', {
          verified,
          altered,
          other,
          unreadable,
        })})`,
  ];
  if (merged.duplicates.length > 0) parts.push(t('trainer.summary.duplicates', { count: merged.duplicates.length }));
  return parts.map((p) => `${p}.`).join(' ');
}
