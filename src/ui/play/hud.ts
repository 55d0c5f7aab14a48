// The HUD: the network (trust per partner, bonds between partners), the agenda (open promises and
// their due week) and the beneficiaries' files. Plain text and numbers; colour only adds to them.
import { Calendar, Check, FolderOpen, Link2, Users } from 'lucide';
import type { Locale } from '../../engine/ids.ts';
import type { EngineState } from '../../engine/state.ts';
import { nameOf } from '../../engine/world.ts';
import type { Scenario } from '../../engine/world.ts';
import { t } from '../../i18n/i18n.ts';
import { h, icon } from '../dom.ts';
import { signed } from '../format.ts';
import { splitName } from '../../map/layout.ts';
import { bondsView, partnersView } from '../build-world-view.ts';

/** "CCAS de Valmoran (Mme Caron)": the organisation, with the contact person on a second, smaller line. */
function partnerName(name: string): HTMLElement {
  const { organisation, person } = splitName(name);
  return h(
    'span',
    { class: 'hud-name' },
    h('span', { class: 'hud-organisation' }, organisation),
    person === '' ? null : h('span', { class: 'hud-person' }, person),
  );
}

/** A 0–100 gauge drawn with CSS; the number beside it is what counts. */
export function gauge(value: number, label: string): HTMLElement {
  const bar = h('span', { class: 'gauge-fill' });
  bar.style.width = `${Math.max(0, Math.min(100, value))}%`;
  bar.classList.add(value >= 65 ? 'high' : value >= 35 ? 'mid' : 'low');
  return h(
    'span',
    { class: 'gauge', role: 'img', 'aria-label': label },
    h('span', { class: 'gauge-track', 'aria-hidden': 'true' }, bar),
  );
}

function section(
  id: string,
  title: string,
  iconNode: Parameters<typeof icon>[0],
  ...content: (HTMLElement | null)[]
): HTMLElement {
  // Focusable, so that a keyboard can scroll it when it overflows.
  return h(
    'section',
    { class: 'hud-section', 'aria-labelledby': id, tabindex: 0 },
    h('h2', { id }, icon(iconNode, 18), title),
    ...content,
  );
}

export function renderNetwork(
  scenario: Scenario,
  state: EngineState,
  previous: EngineState | null,
  locale: Locale,
): HTMLElement {
  const partners = partnersView(scenario, state, locale);
  const known = partners.filter((p) => p.known);
  const unknown = partners.length - known.length;
  const rows = known.map((p) => {
    const before = previous?.partners[p.id]?.trust ?? p.trust;
    const delta = p.trust - before;
    return h(
      'li',
      { class: delta !== 0 ? 'hud-row changed' : 'hud-row' },
      partnerName(p.name),
      h(
        'span',
        { class: 'hud-value' },
        gauge(p.trust, t('hud.trustOf', { name: p.name, value: p.trust })),
        h('span', { class: 'number', 'aria-hidden': 'true' }, p.trust),
        delta !== 0 ? h('span', { class: delta > 0 ? 'delta up' : 'delta down' }, signed(delta)) : null,
      ),
    );
  });
  const bonds = bondsView(state).map((b) =>
    h(
      'li',
      { class: 'hud-row' },
      h('span', { class: 'hud-name' }, `${nameOf(scenario, b.a, locale)} ↔ ${nameOf(scenario, b.b, locale)}`),
      h(
        'span',
        { class: 'hud-value' },
        gauge(
          b.value,
          t('hud.bondOf', { a: nameOf(scenario, b.a, locale), b: nameOf(scenario, b.b, locale), value: b.value }),
        ),
        h('span', { class: 'number', 'aria-hidden': 'true' }, b.value),
      ),
    ),
  );
  return section(
    'hud-network',
    t('hud.network'),
    Users,
    known.length > 0
      ? h('ul', { class: 'hud-list', role: 'list' }, ...rows)
      : h('p', { class: 'hud-empty' }, t('hud.noPartnerYet')),
    unknown > 0 ? h('p', { class: 'hud-note' }, t('hud.toDiscover', { count: unknown })) : null,
    h('h3', { class: 'hud-subheading' }, icon(Link2, 16), t('hud.bonds')),
    bonds.length > 0
      ? h('ul', { class: 'hud-list', role: 'list' }, ...bonds)
      : h('p', { class: 'hud-empty' }, t('hud.noBondChange')),
  );
}

export function renderAgenda(scenario: Scenario, state: EngineState, locale: Locale): HTMLElement {
  const open = state.promises.filter((p) => p.status === 'open').sort((a, b) => a.due - b.due);
  const kept = state.promises.filter((p) => p.status === 'kept').length;
  const missed = state.promises.filter((p) => p.status === 'missed').length;
  const items = open.map((p) => {
    const late = p.due < state.week;
    const dueNow = p.due === state.week;
    return h(
      'li',
      { class: late ? 'agenda-item late' : dueNow ? 'agenda-item due' : 'agenda-item' },
      h(
        'span',
        { class: 'agenda-due' },
        t('hud.dueWeek', { week: p.due }),
        dueNow ? ` · ${t('hud.dueThisWeek')}` : '',
        late ? ` · ${t('hud.late')}` : '',
      ),
      h('span', { class: 'agenda-partner' }, nameOf(scenario, p.partner, locale)),
      h('span', { class: 'agenda-text' }, p.text),
    );
  });
  return section(
    'hud-agenda',
    t('hud.agenda'),
    Calendar,
    items.length > 0
      ? h('ul', { class: 'agenda', role: 'list' }, ...items)
      : h('p', { class: 'hud-empty' }, t('hud.noPromise')),
    kept + missed > 0 ? h('p', { class: 'hud-note' }, t('hud.promiseTally', { kept, missed })) : null,
  );
}

export function renderFiles(scenario: Scenario, state: EngineState, locale: Locale): HTMLElement {
  const files = scenario.cast.flatMap((m) => {
    const b = m.role === 'beneficiary' ? state.beneficiaries[m.id] : undefined;
    if (!b) return [];
    const needs =
      b.needs.length > 0
        ? h(
            'ul',
            { class: 'needs', role: 'list' },
            ...b.needs.map((need) => {
              const solved = b.solved.includes(need);
              return h(
                'li',
                { class: solved ? 'need solved' : 'need' },
                solved ? icon(Check, 14) : null,
                t(`sectors.${need}`),
                solved ? h('span', { class: 'visually-hidden' }, ` (${t('hud.needMet')})`) : null,
              );
            }),
          )
        : h('p', { class: 'hud-empty' }, t('hud.noNeedYet'));
    const referrals = b.referrals.map((p) => nameOf(scenario, p, locale));
    return [
      h(
        'li',
        { class: 'file' },
        h('h3', { class: 'file-name' }, m.name[locale]),
        h('p', { class: 'file-label' }, t('hud.needsFound')),
        needs,
        h(
          'p',
          { class: b.consent ? 'file-consent yes' : 'file-consent no' },
          b.consent ? icon(Check, 14) : null,
          b.consent ? t('hud.consentYes') : t('hud.consentNo'),
        ),
        referrals.length > 0
          ? h('p', { class: 'file-referrals' }, t('hud.referredTo', { names: referrals.join(', ') }))
          : null,
      ),
    ];
  });
  return section(
    'hud-files',
    t('hud.files'),
    FolderOpen,
    files.length > 0
      ? h('ul', { class: 'files', role: 'list' }, ...files)
      : h('p', { class: 'hud-empty' }, t('hud.noFile')),
  );
}
