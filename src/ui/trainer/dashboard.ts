// The class dashboard, per module and session code: levels per principle, self-ratings against the
// measured levels, the class's decisions (the most-missed good ones first), each beneficiary's
// outcomes, the learners (only when the trainer shows first names), and the way to the debrief, the
// CSV export, printing and session links. Every figure is in a table; bars only repeat them.
import { Download, Presentation, Printer } from 'lucide';
import type { Locale } from '../../engine/ids.ts';
import type { Scenario } from '../../engine/world.ts';
import { t } from '../../i18n/i18n.ts';
import { modulesOf, normaliseSession, sessionsOf, summariseClass } from '../../trainer/class-summary.ts';
import type {
  BeneficiarySummary,
  ClassEntryInput,
  ClassSummary,
  DecisionMapInput,
  DecisionSummary,
  VerdictStatus,
} from '../../trainer/class-summary.ts';
import { classCsv } from '../../trainer/csv.ts';
import type { CsvLabels } from '../../trainer/csv.ts';
import type { Child, Scope } from '../dom.ts';
import { append, h, icon } from '../dom.ts';
import { downloadText } from '../download.ts';
import { fileName, isoDay } from '../format.ts';
import '../styles/class.css';
import { dataTable } from '../data-table.ts';
import { effectText, levelName, levelsBar, levelsLegend, principleName, shareBar } from './class-parts.ts';
import { openDebrief } from './debrief.ts';
import { renderSessionLink } from './session-link.ts';

/** A module as the dashboard needs it (the game's `ScenarioEntry` fits). */
export interface DashboardModule {
  readonly scenario: Scenario;
  /** The checker's decision map of the module. */
  readonly decisions?: () => Promise<DecisionMapInput>;
}

/** What the dashboard reads from the application (the game's `AppContext` fits). */
export interface DashboardContext {
  readonly scenarios: readonly DashboardModule[];
  readonly settings: { getState(): { readonly locale: Locale } };
  announce(message: string): void;
  now(): Date;
}

export interface DashboardOptions {
  /** Listeners are released when the trainer screen closes this scope. */
  readonly scope: Scope;
  /** The module and session shown first (defaults: the class's first module, every session). */
  readonly module?: string;
  readonly session?: string;
}

const ALL_SESSIONS = 'all';

const decisionMaps = new WeakMap<DashboardModule, Promise<DecisionMapInput | null>>();
/** The maps already loaded: the dashboard drawn again (after an import, a removal) is drawn once, with its map. */
const loadedMaps = new WeakMap<DashboardModule, DecisionMapInput | null>();

/** A module's decision map, loaded once (the trainer screen starts it as soon as a report of the module is verified). */
export function loadDecisionMap(module: DashboardModule | undefined): Promise<DecisionMapInput | null> {
  if (!module?.decisions) return Promise.resolve(null);
  let map = decisionMaps.get(module);
  if (!map) {
    map = module
      .decisions()
      .catch((error: unknown) => {
        console.error(error);
        return null;
      })
      .then((loaded) => {
        loadedMaps.set(module, loaded);
        return loaded;
      });
    decisionMaps.set(module, map);
  }
  return map;
}

export function renderDashboard(
  ctx: DashboardContext,
  entries: readonly ClassEntryInput[],
  options: DashboardOptions,
): HTMLElement {
  const { scope } = options;
  const locale = ctx.settings.getState().locale;
  const present = modulesOf(entries);
  const moduleIds = [...present, ...ctx.scenarios.map((m) => m.scenario.id).filter((id) => !present.includes(id))];
  const titleOf = (id: string): string => ctx.scenarios.find((m) => m.scenario.id === id)?.scenario.title[locale] ?? id;

  let module =
    options.module !== undefined && moduleIds.includes(options.module) ? options.module : (moduleIds[0] ?? '');
  let session: string | null = options.session ? normaliseSession(options.session) : null;
  let showNames = false;
  let map: DecisionMapInput | null = null;

  const moduleSelect = h(
    'select',
    { id: 'class-module' },
    ...moduleIds.map((id) => h('option', { value: id, selected: id === module }, titleOf(id))),
  );
  const sessionSelect = h('select', { id: 'class-session' });
  const namesToggle = h('input', { type: 'checkbox', id: 'class-names' });
  const debriefButton = h(
    'button',
    { type: 'button', class: 'btn btn-primary' },
    icon(Presentation),
    t('class.debrief'),
  );
  const csvButton = h('button', { type: 'button', class: 'btn btn-secondary' }, icon(Download), t('class.exportCsv'));
  const printButton = h('button', { type: 'button', class: 'btn btn-secondary' }, icon(Printer), t('class.print'));
  const body = h('div', { class: 'class-body' });
  const printTitle = h('p', { class: 'print-only class-print-title' });

  const fillSessions = (): void => {
    const codes = sessionsOf(entries, module);
    if (session !== null && !codes.includes(session)) codes.unshift(session);
    sessionSelect.replaceChildren(
      h('option', { value: ALL_SESSIONS, selected: session === null }, t('class.allSessions')),
      ...codes.map((code, i) =>
        h('option', { value: String(i), selected: code === session }, code === '' ? t('class.noSessionCode') : code),
      ),
    );
    sessionSelect.dataset['codes'] = JSON.stringify(codes);
  };

  const refresh = (): void => {
    const summary = summariseClass(entries, map, { module, session, showNames });
    body.replaceChildren();
    append(body, ...summaryView(summary, map !== null, locale, entries.length === 0));
    debriefButton.disabled = summary.counted === 0;
    printTitle.textContent = `${titleOf(module)}${session === null ? '' : ` · ${session}`}`;
  };

  const loadMap = (): void => {
    const wanted = module;
    const entry = ctx.scenarios.find((m) => m.scenario.id === wanted);
    const loaded = entry ? loadedMaps.get(entry) : undefined;
    map = loaded ?? null;
    refresh();
    if (loaded !== undefined) return;
    void loadDecisionMap(entry).then((loaded) => {
      if (scope.closed || module !== wanted) return;
      map = loaded;
      refresh();
    });
  };

  scope.on(moduleSelect, 'change', () => {
    module = moduleSelect.value;
    session = null;
    fillSessions();
    loadMap();
  });
  scope.on(sessionSelect, 'change', () => {
    const codes = JSON.parse(sessionSelect.dataset['codes'] ?? '[]') as string[];
    session = sessionSelect.value === ALL_SESSIONS ? null : (codes[Number(sessionSelect.value)] ?? null);
    refresh();
  });
  scope.on(namesToggle, 'change', () => {
    showNames = namesToggle.checked;
    refresh();
  });
  scope.on(debriefButton, 'click', () => {
    // The debrief never shows a name, whatever the toggle says.
    openDebrief(summariseClass(entries, map, { module, session }), {
      title: titleOf(module),
      locale,
      opener: debriefButton,
    });
  });
  scope.on(csvButton, 'click', () => {
    const csv = classCsv(entries, { locale, labels: csvLabels(titleOf, locale), module, session });
    downloadText(fileName([t('class.csv.fileWord'), module, session ?? '', isoDay(ctx.now())], 'csv'), csv, 'text/csv');
    ctx.announce(t('class.exported'));
  });
  scope.on(printButton, 'click', () => {
    window.print();
  });

  fillSessions();
  loadMap();

  return h(
    'section',
    { class: 'class-dashboard', 'aria-labelledby': 'class-heading' },
    h('h2', { id: 'class-heading' }, t('class.heading')),
    h('p', { class: 'class-intro no-print' }, t('class.intro')),
    h(
      'div',
      { class: 'class-controls no-print' },
      h('div', { class: 'field' }, h('label', { for: 'class-module' }, t('class.module')), moduleSelect),
      h('div', { class: 'field' }, h('label', { for: 'class-session' }, t('class.session')), sessionSelect),
      h(
        'div',
        { class: 'choice-row class-names' },
        namesToggle,
        h('label', { for: 'class-names' }, t('class.showNames')),
      ),
    ),
    h(
      'div',
      { class: 'class-actions no-print', role: 'group', 'aria-label': t('class.actions') },
      debriefButton,
      csvButton,
      printButton,
    ),
    printTitle,
    body,
    renderSessionLink(ctx, scope),
  );
}

function csvLabels(titleOf: (id: string) => string, locale: Locale): CsvLabels {
  return {
    firstName: t('class.csv.firstName'),
    session: t('class.csv.session'),
    module: t('class.csv.module'),
    status: t('class.csv.status'),
    percent: (p) => t('class.csv.percent', { principle: principleName(p, locale) }),
    level: (p) => t('class.csv.level', { principle: principleName(p, locale) }),
    selfRating: (p) => t('class.csv.selfRating', { principle: principleName(p, locale) }),
    statusName: (s: VerdictStatus) => t(`class.status.${s}`),
    levelName,
    moduleTitle: titleOf,
  };
}

function summaryView(summary: ClassSummary, hasMap: boolean, locale: Locale, emptyClass: boolean): Child[] {
  const { altered, unreadable } = summary.leftOut;
  const other = summary.leftOut['other-version'];
  const status = h(
    'div',
    { class: 'class-status' },
    h('p', { class: 'class-counted' }, t('class.counted', { count: summary.counted })),
    h(
      'p',
      { class: 'class-left-out' },
      altered + other + unreadable === 0
        ? t('class.nothingLeftOut')
        : t('class.leftOut', { altered, other, unreadable }),
    ),
    summary.unknownModule > 0 ? h('p', {}, t('class.unknownModule', { count: summary.unknownModule })) : null,
  );
  if (summary.counted === 0)
    return [status, h('p', { class: 'class-empty' }, emptyClass ? t('class.noReports') : t('class.empty'))];
  return [
    status,
    levelsSection(summary, locale),
    selfRatingSection(summary, locale),
    decisionsSection(summary.decisions, hasMap, locale),
    beneficiariesSection(summary.beneficiaries),
    summary.learners ? learnersSection(summary, locale) : null,
  ];
}

function section(id: string, heading: string, ...content: readonly Child[]): HTMLElement {
  return h('section', { class: `class-section ${id}`, 'aria-labelledby': id }, h('h3', { id }, heading), ...content);
}

function levelsSection(summary: ClassSummary, locale: Locale): HTMLElement {
  const head = [
    t('class.levels.principle'),
    ...(['non_acquis', 'en_cours', 'acquis', 'maitrise'] as const).map(levelName),
    t('class.levels.median'),
  ];
  const rows = summary.principles.map((p): Child[] => [
    h('span', { class: 'principle-cell' }, principleName(p.id, locale), levelsBar(p)),
    ...p.levels.map((l) => t('class.levels.countShare', { count: l.count, share: l.share })),
    p.median === null ? '—' : t('class.percent', { value: formatNumber(p.median, locale) }),
  ]);
  return section(
    'class-levels',
    t('class.levels.heading'),
    levelsLegend(),
    dataTable(t('class.levels.caption'), head, rows, 'class-levels-table'),
  );
}

function selfRatingSection(summary: ClassSummary, locale: Locale): HTMLElement {
  const over = summary.selfRating.reduce((a, s) => a + s.over, 0);
  const under = summary.selfRating.reduce((a, s) => a + s.under, 0);
  const rows = summary.selfRating.map((s): Child[] => [
    principleName(s.id, locale),
    s.over,
    s.under,
    s.matched,
    s.unrated,
  ]);
  return section(
    'class-self',
    t('class.self.heading'),
    h('p', {}, t('class.self.total', { over, under })),
    dataTable(
      t('class.self.caption'),
      [
        t('class.levels.principle'),
        t('class.self.over'),
        t('class.self.under'),
        t('class.self.matched'),
        t('class.self.unrated'),
      ],
      rows,
      'class-self-table',
    ),
  );
}

function decisionsSection(decisions: readonly DecisionSummary[], hasMap: boolean, locale: Locale): HTMLElement {
  if (!hasMap || decisions.length === 0)
    return section('class-decisions', t('class.decisions.heading'), h('p', {}, t('class.decisions.unavailable')));
  const words: DecisionWords = {
    good: ` (${t('class.decisions.good')})`,
    head: [t('class.decisions.option'), t('class.decisions.share'), t('class.decisions.effect')],
    noEffect: t('class.decisions.noEffect'),
  };
  return section(
    'class-decisions',
    t('class.decisions.heading'),
    h('p', {}, t('class.decisions.intro')),
    h(
      'ol',
      { class: 'decision-list' },
      ...decisions.map((d, i) =>
        h('li', { class: 'decision-card', 'data-decision': d.id }, decisionView(d, i + 1, locale, words)),
      ),
    ),
  );
}

export function decisionMetText(d: DecisionSummary): string {
  if (d.met === 0) return t('class.decisions.notMet');
  if (d.missed === null) return t('class.decisions.metNoBest', { met: d.met });
  return t('class.decisions.met', { met: d.met, missed: d.missed });
}

/** The words every decision card repeats, looked up once per drawing (a campaign has hundreds of cards). */
interface DecisionWords {
  readonly good: string;
  readonly head: readonly string[];
  readonly noEffect: string;
}

function decisionView(d: DecisionSummary, number: number, locale: Locale, words: DecisionWords): HTMLElement {
  const rows = d.options.map((o): Child[] => [
    h('span', {}, o.label[locale], o.good ? h('span', { class: 'tag-good' }, words.good) : null),
    shareBar(o.share, t('class.decisions.shareValue', { count: o.count, share: o.share }), o.good ? 'share-good' : ''),
    effectText(o.evidence, locale, words.noEffect),
  ]);
  return h(
    'div',
    {},
    h('blockquote', { class: 'decision-prompt' }, d.prompt[locale]),
    h('p', { class: 'decision-met' }, decisionMetText(d)),
    dataTable(t('class.decisions.caption', { number }), words.head, rows, 'decision-table'),
  );
}

function beneficiariesSection(beneficiaries: readonly BeneficiarySummary[]): HTMLElement {
  if (beneficiaries.length === 0)
    return section('class-beneficiaries', t('class.beneficiaries.heading'), h('p', {}, t('class.beneficiaries.none')));
  return section(
    'class-beneficiaries',
    t('class.beneficiaries.heading'),
    ...beneficiaries.map((b) =>
      h(
        'div',
        { class: 'beneficiary-summary' },
        dataTable(
          t('class.beneficiaries.caption', { name: b.name, learners: b.learners }),
          [t('class.beneficiaries.need'), t('class.beneficiaries.identified'), t('class.beneficiaries.solved')],
          b.needs.map((n): Child[] => [
            t(`sectors.${n.need}`),
            `${n.identified} / ${b.learners}`,
            `${n.solved} / ${b.learners}`,
          ]),
        ),
        h('p', {}, t('class.beneficiaries.consent', { count: b.consent, learners: b.learners })),
        b.referrals.length === 0
          ? h('p', {}, t('class.beneficiaries.noReferral'))
          : dataTable(
              `${b.name} · ${t('class.beneficiaries.referrals')}`,
              [t('class.beneficiaries.partner'), t('class.beneficiaries.referredBy')],
              b.referrals.map((r): Child[] => [r.name, `${r.count} / ${b.learners}`]),
            ),
      ),
    ),
  );
}

function learnersSection(summary: ClassSummary, locale: Locale): HTMLElement {
  const learners = summary.learners ?? [];
  return section(
    'class-learners',
    t('class.learners.heading'),
    dataTable(
      t('class.learners.caption'),
      [t('class.learners.firstName'), ...summary.principles.map((p) => principleName(p.id, locale))],
      learners.map((l): Child[] => [
        l.firstName === '' ? t('class.learners.noName') : l.firstName,
        ...summary.principles.map((sp) => {
          const p = l.principles.find((x) => x.id === sp.id);
          if (!p) return '—';
          return h(
            'span',
            {},
            t('class.learners.cell', { percent: p.percent, level: levelName(p.level) }),
            p.self === null
              ? null
              : h('span', { class: 'learner-self' }, t('class.learners.selfCell', { level: levelName(p.self) })),
          );
        }),
      ]),
      'class-learners-table',
    ),
  );
}

function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
}
