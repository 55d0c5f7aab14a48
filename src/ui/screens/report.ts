// The report: a document to read, print and download. Per principle the level, the percentage, the
// self-rating beside it and what the gap means, the glossary terms it uses, the evidence and what to re-read; each
// beneficiary's outcome and her own voice (agreed, refused, withdrawn); the final network; promises
// both ways; the timeline of decisions; week events; a reflection. Built with `buildReport` (through the play session) from the engine's state.
import { CalendarDays, Copy, Download, House, Printer, RotateCcw } from 'lucide';
import type { Locale } from '../../engine/ids.ts';
import type { Level } from '../../engine/principles.ts';
import type { PrincipleReport, Report } from '../../engine/report.ts';
import { nameOf } from '../../engine/world.ts';
import { t } from '../../i18n/i18n.ts';
import type { PlaySession } from '../../state/play-session.ts';
import { compactCode, encodeHandin } from '../../trainer/handin-code.ts';
import { handinQrDataUrl } from '../../trainer/qr.ts';
import type { AppContext, Route, Screen } from '../app-context.ts';
import { buttonLabel, h, icon, Scope } from '../dom.ts';
import { dataTable } from '../data-table.ts';
import { downloadText } from '../download.ts';
import { fileName, formatDate, isoDay, signed } from '../format.ts';
import { gauge } from '../play/hud.ts';
import { gapOf } from '../report/gap.ts';
import { fitNetworkMap, networkMap } from '../report/network-map.ts';
import { settingsButton } from './common.ts';
import { alphabetical } from '../../content/glossary.ts';
import { GLOSSARY, GlossaryDialog, glossaryButton, termButton } from '../glossary-dialog.ts';

type ReportRoute = Extract<Route, { name: 'report' }>;

const REFLECTION_MAX = 5000;

function levelBadge(level: Level, name: string): HTMLElement {
  return h('span', { class: `level level-${level}` }, name);
}

function gapText(p: PrincipleReport, self: Level | undefined): string {
  const gap = gapOf(self, p.level);
  switch (gap.kind) {
    case 'none':
      return t('report.gap.none');
    case 'match':
      return t('report.gap.match');
    case 'over':
      return t('report.gap.over', { count: gap.steps });
    case 'under':
      return t('report.gap.under', { count: gap.steps });
  }
}

/** The gap in a word, for the summary table (the principle's own section explains it). */
function gapShort(p: PrincipleReport, self: Level | undefined): string {
  const gap = gapOf(self, p.level);
  switch (gap.kind) {
    case 'none':
      return t('report.gapShort.none');
    case 'match':
      return t('report.gapShort.match');
    case 'over':
      return t('report.gapShort.over', { count: gap.steps });
    case 'under':
      return t('report.gapShort.under', { count: gap.steps });
  }
}

export function createReportScreen(ctx: AppContext, route: Route): Screen {
  const { session } = route as ReportRoute;
  const scope = new Scope();
  const state = session.store.getState();
  const locale: Locale = state.locale;
  const report: Report = session.report();
  const scenario = session.scenario;
  const selfRating = state.learner.selfRating;
  const heading = h('h1', { tabindex: -1 }, t('report.title', { module: report.scenario.title }));
  const glossary = new GlossaryDialog(() => locale);
  scope.add(() => {
    if (glossary.el.open) glossary.close();
  });

  /** Under a principle, the glossary terms it uses, each opening its definition. */
  const principleTerms = (p: PrincipleReport): HTMLElement => {
    const labelId = `principle-${p.id}-terms`;
    return h(
      'div',
      { class: 'principle-terms' },
      h('p', { class: 'label', id: labelId }, t('glossary.ofPrinciple')),
      h(
        'ul',
        { class: 'term-list', role: 'list', 'aria-labelledby': labelId },
        ...alphabetical(GLOSSARY, locale)
          .filter((term) => term.principles.includes(p.id))
          .map((term) =>
            h('li', {}, termButton(scope, glossary, term.id, term[locale].term, 'report-term-hint', 'term-chip')),
          ),
      ),
    );
  };

  // Actions: at the top, and again after the reflection (where a learner finishes reading).
  const onPrint = (): void => {
    flushReflection();
    window.print();
  };
  const onDownload = (): void => {
    flushReflection();
    const data = session.exportReport();
    downloadText(
      fileName(['passerelles', t('report.fileWord'), scenario.id, isoDay(ctx.now())], 'json'),
      `${JSON.stringify(data, null, 2)}\n`,
    );
    ctx.announce(t('report.downloaded'));
  };
  const onReplay = (): void => {
    flushReflection();
    ctx.newGame(session.entry, { firstName: state.learner.firstName, sessionCode: state.learner.sessionCode });
  };
  const actionButtons = (): HTMLElement[] => {
    const print = h('button', { type: 'button', class: 'btn btn-primary btn-print' }, icon(Printer), t('report.print'));
    const download = h(
      'button',
      { type: 'button', class: 'btn btn-secondary btn-download' },
      icon(Download),
      t('report.download'),
    );
    const replay = h(
      'button',
      { type: 'button', class: 'btn btn-secondary btn-replay' },
      icon(RotateCcw),
      t('report.replay'),
    );
    scope.on(print, 'click', onPrint);
    scope.on(download, 'click', onDownload);
    scope.on(replay, 'click', onReplay);
    return [print, download, replay];
  };
  const home = h(
    'button',
    { type: 'button', class: 'btn btn-ghost btn-home' },
    icon(House),
    buttonLabel(t('common.backToTitle')),
  );
  scope.on(home, 'click', () => {
    flushReflection();
    ctx.go({ name: 'title' });
  });

  // Header: module, date, name and session code if given.
  const facts: [string, string][] = [[t('report.module'), report.scenario.title]];
  facts.push([t('report.date'), formatDate(state.finishedAt ?? ctx.now().toISOString(), locale)]);
  if (state.learner.firstName !== '') facts.push([t('report.firstName'), state.learner.firstName]);
  if (state.learner.sessionCode !== '') facts.push([t('report.sessionCode'), state.learner.sessionCode]);
  facts.push([
    t('report.weeks'),
    t('report.weeksValue', { week: Math.min(report.week, scenario.weeks), weeks: scenario.weeks }),
  ]);
  if (!report.finished) facts.push([t('report.status'), t('report.unfinished')]);
  const header = h(
    'header',
    { class: 'report-header' },
    h('p', { class: 'report-kicker' }, t('app.name')),
    heading,
    h('dl', { class: 'facts' }, ...facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
  );

  // Summary table.
  const summary = h(
    'section',
    { class: 'report-section', 'aria-labelledby': 'report-summary' },
    h('h2', { id: 'report-summary' }, t('report.summary')),
    h('p', { class: 'hint' }, t('report.summaryIntro')),
    dataTable(
      t('report.summaryCaption'),
      [
        t('report.principle'),
        t('report.measured'),
        t('report.percent'),
        t('report.selfRating'),
        t('report.gapHeading'),
      ],
      report.principles.map((p) => {
        const self = selfRating[p.id];
        return [
          h('a', { href: `#principle-${p.id}` }, p.name),
          levelBadge(p.level, p.levelName),
          h('span', { class: 'nowrap' }, t('report.percentValue', { percent: p.percent })),
          self === undefined ? t('report.noSelfRating') : t(`levels.${self}`),
          gapShort(p, self),
        ];
      }),
      'summary-table',
    ),
  );

  const handin = handinSection(ctx, scope, session.exportReport());

  // Per principle.
  const principles = h(
    'section',
    { class: 'report-section', 'aria-labelledby': 'report-principles' },
    h('h2', { id: 'report-principles' }, t('report.principles')),
    h('span', { id: 'report-term-hint', class: 'visually-hidden' }, t('glossary.termHint')),
    ...report.principles.map((p) => principleSection(p, selfRating[p.id], principleTerms(p))),
  );

  // Beneficiaries.
  const beneficiaries = h(
    'section',
    { class: 'report-section', 'aria-labelledby': 'report-beneficiaries' },
    h('h2', { id: 'report-beneficiaries' }, t('report.beneficiaries')),
    report.beneficiaries.length === 0
      ? h('p', {}, t('report.noBeneficiary'))
      : h(
          'ul',
          { class: 'outcomes', role: 'list' },
          ...report.beneficiaries.map((b) => {
            const sectors = (ids: readonly string[]): string =>
              ids.length === 0 ? t('report.none') : ids.map((n) => t(`sectors.${n as 'emploi'}`)).join(', ');
            const open = b.needs.filter((n) => !b.solved.includes(n));
            const names = (refs: readonly { readonly name: string }[]): string =>
              refs.length === 0 ? t('report.none') : refs.map((r) => r.name).join(', ');
            return h(
              'li',
              { class: 'outcome' },
              h('h3', {}, b.name),
              h(
                'p',
                { class: 'outcome-summary' },
                t('report.needsMet', {
                  met: b.needs.filter((n) => b.solved.includes(n)).length,
                  total: b.needs.length,
                }),
              ),
              h(
                'dl',
                { class: 'facts' },
                h('dt', {}, t('report.needsFound')),
                h('dd', {}, sectors(b.needs)),
                h('dt', {}, t('report.needsSolved')),
                h('dd', {}, sectors(b.solved)),
                h('dt', {}, t('report.needsOpen')),
                h('dd', {}, sectors(open)),
                h('dt', {}, t('report.consent')),
                h('dd', {}, b.consent ? t('report.yes') : t('report.no')),
                h('dt', {}, t('report.referrals')),
                h('dd', {}, names(b.referrals)),
                h('dt', {}, t('report.agreedTo')),
                h('dd', {}, names(b.agreed)),
                h('dt', {}, t('report.refusedTo')),
                h('dd', {}, names(b.refused)),
                h('dt', {}, t('report.withdrawal')),
                h(
                  'dd',
                  {},
                  b.withdrawals.length === 0
                    ? t('report.noWithdrawal')
                    : b.withdrawals
                        .map(
                          (w) =>
                            `${t('report.withdrawnIn', { week: w.week })}, ${
                              w.restored === null
                                ? t('report.notRestored')
                                : t('report.restoredIn', { week: w.restored })
                            }`,
                        )
                        .join(' · '),
                ),
              ),
            );
          }),
        ),
  );

  // The final network.
  const { partners, bonds } = report.network;
  const name = (id: string): string => nameOf(scenario, id, locale);
  const map = networkMap(
    partners,
    bonds,
    {
      title: t('report.networkMapTitle'),
      description: t('report.networkMapDesc', {
        known: partners.filter((p) => p.known).length,
        total: partners.length,
      }),
      centre: 'Relais Insertion',
      notMet: t('report.notMet'),
      bond: t('map.bond'),
    },
    ctx.settings.getState().highContrast,
  );
  const network = h(
    'section',
    { class: 'report-section', 'aria-labelledby': 'report-network' },
    h('h2', { id: 'report-network' }, t('report.network')),
    h('p', { class: 'hint' }, t('report.networkIntro')),
    h('figure', { class: 'network-figure' }, map, h('figcaption', {}, t('report.networkCaption'))),
    dataTable(
      t('report.partnersCaption'),
      [t('report.partner'), t('report.sector'), t('report.trustStart'), t('report.trustEnd'), t('report.change')],
      partners.map((p) => [
        p.known ? p.name : `${p.name} (${t('report.notMet')})`,
        t(`sectors.${p.sector}`),
        String(p.startTrust),
        String(p.trust),
        signed(p.trust - p.startTrust),
      ]),
    ),
    bonds.length === 0
      ? h('p', {}, t('report.noBond'))
      : dataTable(
          t('report.bondsCaption'),
          [t('report.bondBetween'), t('report.bondValue'), t('report.change')],
          bonds.map((b) => [`${name(b.a)} ↔ ${name(b.b)}`, String(b.value), signed(b.value - 50)]),
        ),
  );

  // Promises.
  const promises = h(
    'section',
    { class: 'report-section', 'aria-labelledby': 'report-promises' },
    h('h2', { id: 'report-promises' }, t('report.promises')),
    report.promises.length === 0
      ? h('p', {}, t('report.noPromise'))
      : dataTable(
          t('report.promisesCaption'),
          [t('report.promise'), t('report.partner'), t('report.due'), t('report.promiseStatus')],
          report.promises.map((p) => [
            p.text,
            name(p.partner),
            t('report.weekN', { week: p.due }),
            t(`report.status_${p.status}`),
          ]),
        ),
  );

  // The partners' side of mutual trust.
  const pledges = h(
    'section',
    { class: 'report-section', 'aria-labelledby': 'report-pledges' },
    h('h2', { id: 'report-pledges' }, t('report.pledges')),
    h('p', { class: 'hint' }, t('report.pledgesIntro')),
    report.pledges.length === 0
      ? h('p', {}, t('report.noPledge'))
      : dataTable(
          t('report.pledgesCaption'),
          [
            t('report.promise'),
            t('report.partner'),
            t('report.pledgeMade'),
            t('report.due'),
            t('report.pledgeOutcome'),
          ],
          report.pledges.map((p) => [
            p.text,
            name(p.partner),
            t('report.weekN', { week: p.made }),
            t('report.weekN', { week: p.due }),
            p.status === 'open' ? t('report.pledge_open') : t(`report.pledge_${p.status}`, { week: p.closed ?? p.due }),
          ]),
        ),
  );

  // Timeline of decisions, grouped by week.
  const weeks = [...new Set(report.timeline.map((d) => d.week))];
  const timeline = h(
    'section',
    { class: 'report-section', 'aria-labelledby': 'report-timeline' },
    h('h2', { id: 'report-timeline' }, t('report.timeline')),
    report.timeline.length === 0
      ? h('p', {}, t('report.noDecision'))
      : h(
          'ol',
          { class: 'timeline' },
          ...weeks.map((week) =>
            h(
              'li',
              { class: 'timeline-week' },
              h('h3', {}, t('report.weekN', { week })),
              h(
                'ol',
                { class: 'decisions' },
                ...report.timeline.filter((d) => d.week === week).map((d) => h('li', {}, d.text)),
              ),
            ),
          ),
        ),
  );

  const events = h(
    'section',
    { class: 'report-section', 'aria-labelledby': 'report-events' },
    h('h2', { id: 'report-events' }, t('report.events')),
    report.events.length === 0
      ? h('p', {}, t('report.noEvent'))
      : h(
          'ul',
          { class: 'events', role: 'list' },
          ...report.events.map((e) =>
            h(
              'li',
              {},
              icon(CalendarDays, 16),
              h('strong', {}, `${t('report.weekN', { week: e.week })}${t('play.colon')}`),
              e.text,
            ),
          ),
        ),
  );

  // Reflection: kept with the save, printed as text.
  const reflection = h('textarea', {
    id: 'reflection',
    rows: 6,
    maxlength: REFLECTION_MAX,
    'aria-describedby': 'reflection-hint',
  });
  reflection.value = state.reflection;
  const reflectionPrint = h('p', { class: 'print-only reflection-print' }, state.reflection);
  let timer = 0;
  const flushReflection = (): void => {
    window.clearTimeout(timer);
    timer = 0;
    if (reflection.value !== session.store.getState().reflection) session.setReflection(reflection.value);
  };
  scope.on(reflection, 'input', () => {
    reflectionPrint.textContent = reflection.value;
    window.clearTimeout(timer);
    timer = window.setTimeout(flushReflection, 400);
  });
  scope.on(reflection, 'blur', flushReflection);
  scope.add(flushReflection);
  const reflect = h(
    'section',
    { class: 'report-section', 'aria-labelledby': 'report-reflection' },
    h('h2', { id: 'report-reflection' }, h('label', { for: 'reflection' }, t('report.reflection'))),
    h('p', { class: 'hint', id: 'reflection-hint' }, t('report.reflectionHint')),
    reflection,
    reflectionPrint,
  );

  const toolbar = h(
    'div',
    { class: 'report-toolbar no-print', role: 'group', 'aria-label': t('report.actions') },
    ...actionButtons(),
    h('span', { class: 'toolbar-spacer' }),
    glossaryButton(scope, glossary),
    settingsButton(ctx, scope),
    home,
  );

  const root = h(
    'main',
    { class: 'screen screen-report', id: 'main' },
    h(
      'article',
      { class: 'report' },
      toolbar,
      header,
      summary,
      handin,
      principles,
      beneficiaries,
      network,
      promises,
      pledges,
      timeline,
      events,
      reflect,
      h('div', { class: 'report-end no-print', role: 'group', 'aria-label': t('report.actions') }, ...actionButtons()),
    ),
    glossary.el,
  );

  return {
    root,
    mapSlot: null,
    focusFirst: () => {
      fitNetworkMap(map);
      heading.focus();
    },
    destroy: () => {
      scope.close();
    },
  };
}

/**
 * The hand-in code: the playthrough and the learner's fields as text to copy or type, and as a QR
 * code for the trainer's camera. The trainer's copy of the game replays it: nothing else is needed.
 */
function handinSection(ctx: AppContext, scope: Scope, file: ReturnType<PlaySession['exportReport']>): HTMLElement {
  const code = encodeHandin({
    record: file.record,
    firstName: file.learner.firstName,
    sessionCode: file.learner.sessionCode,
    selfRating: file.learner.selfRating,
  });
  const text = h('p', { class: 'handin-code', 'data-testid': 'handin-code', id: 'handin-code' }, code);
  const copy = h(
    'button',
    { type: 'button', class: 'btn btn-secondary no-print', 'aria-describedby': 'handin-code' },
    icon(Copy),
    t('trainer.handin.copy'),
  );
  // Where the clipboard is refused (an insecure page, a browser setting), the code is selected instead.
  const selectCode = (): void => {
    const selection = window.getSelection();
    selection?.selectAllChildren(text);
    ctx.announce(t('trainer.handin.selected'));
  };
  scope.on(copy, 'click', () => {
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) {
      selectCode();
      return;
    }
    clipboard.writeText(code).then(() => {
      ctx.announce(t('trainer.handin.copied'));
    }, selectCode);
  });
  const compact = compactCode(code);
  return h(
    'section',
    { class: 'report-section handin', 'aria-labelledby': 'report-handin' },
    h('h2', { id: 'report-handin' }, t('trainer.handin.heading')),
    h('p', { class: 'hint' }, t('trainer.handin.intro')),
    h(
      'div',
      { class: 'handin-body' },
      h('div', { class: 'handin-text' }, text, copy),
      h(
        'figure',
        { class: 'handin-qr' },
        h('img', {
          src: handinQrDataUrl(compact),
          alt: t('trainer.handin.qrAlt', { length: compact.length }),
          width: 240,
          height: 240,
        }),
        h('figcaption', { class: 'hint' }, t('trainer.handin.qrCaption')),
      ),
    ),
  );
}

function principleSection(p: PrincipleReport, self: Level | undefined, terms: HTMLElement): HTMLElement {
  const id = `principle-${p.id}`;
  return h(
    'section',
    { class: 'principle', id, 'aria-labelledby': `${id}-name` },
    h('h3', { id: `${id}-name` }, p.name),
    h(
      'div',
      { class: 'principle-score' },
      levelBadge(p.level, p.levelName),
      gauge(p.percent, t('report.percentOf', { name: p.name, percent: p.percent })),
      h('span', { class: 'percent', 'aria-hidden': 'true' }, t('report.percentValue', { percent: p.percent })),
    ),
    h('p', { class: 'points' }, t('report.points', { points: signed(p.points), best: p.best, worst: signed(p.worst) })),
    h(
      'p',
      { class: 'self' },
      h('strong', {}, `${t('report.selfRating')}${t('play.colon')}`),
      self === undefined ? t('report.noSelfRating') : t(`levels.${self}`),
      ' — ',
      gapText(p, self),
    ),
    terms,
    p.evidence.length === 0
      ? h(
          'div',
          {},
          h('p', { class: 'no-evidence' }, t('report.noEvidence')),
          h(
            'p',
            { class: 'reread' },
            h('span', { class: 'label' }, `${t('report.rereadSection')}${t('play.colon')}`),
            p.section,
          ),
        )
      : h(
          'ol',
          { class: 'evidence', 'aria-label': t('report.evidenceFor', { name: p.name }) },
          ...p.evidence.map((e) =>
            h(
              'li',
              { class: e.points >= 0 ? 'evidence-item up' : 'evidence-item down' },
              h(
                'p',
                { class: 'evidence-meta' },
                h('span', { class: 'evidence-week' }, t('report.weekN', { week: e.week })),
                h('span', { class: 'evidence-points' }, t('report.pointsShort', { points: signed(e.points) })),
              ),
              e.what === '' ? null : h('p', { class: 'evidence-what' }, e.what),
              e.why === '' ? null : h('p', { class: 'evidence-why' }, e.why),
              h(
                'p',
                { class: 'evidence-section' },
                h('span', { class: 'label' }, `${t('report.reread')}${t('play.colon')}`),
                e.section,
              ),
            ),
          ),
        ),
  );
}
