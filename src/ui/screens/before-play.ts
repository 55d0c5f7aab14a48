// Before play: an optional first name (kept on this device), an optional session code (also from
// `?session=`), and the learner's own rating of each principle the module assesses: all skippable.
import { Play } from 'lucide';
import type { PrincipleId } from '../../engine/ids.ts';
import { LEVELS, PRINCIPLE_INFO } from '../../engine/principles.ts';
import type { Level } from '../../engine/principles.ts';
import { t } from '../../i18n/i18n.ts';
import { cleanText, FIRST_NAME_MAX, rememberFirstName, SESSION_CODE_MAX } from '../../state/learner.ts';
import type { Learner } from '../../state/learner.ts';
import type { AppContext, Route, Screen } from '../app-context.ts';
import { h, icon, Scope } from '../dom.ts';
import { menuBar, menuScreen } from './common.ts';

type BeforePlayRoute = Extract<Route, { name: 'before-play' }>;

/** A fresh seed for each playthrough (the UI may use randomness; the engine never does). */
function newSeed(): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return buffer[0] ?? 1;
}

export function createBeforePlayScreen(ctx: AppContext, route: Route): Screen {
  const { entry, draft } = route as BeforePlayRoute;
  // The draft is kept on the route so that a change of language (which rebuilds the screen) keeps it.
  const mutable = draft as { firstName: string; sessionCode: string; selfRating: Partial<Record<PrincipleId, Level>> };
  const scope = new Scope();
  const locale = ctx.settings.getState().locale;
  const { scenario } = entry;
  const heading = h('h1', { tabindex: -1 }, t('beforePlay.heading'));

  const firstName = h('input', {
    id: 'first-name',
    name: 'first-name',
    type: 'text',
    autocomplete: 'given-name',
    maxlength: FIRST_NAME_MAX,
    value: draft.firstName,
    'aria-describedby': 'first-name-hint',
  });
  scope.on(firstName, 'input', () => {
    mutable.firstName = firstName.value;
  });
  const session = h('input', {
    id: 'session-code',
    name: 'session-code',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: SESSION_CODE_MAX,
    value: draft.sessionCode,
    'aria-describedby': 'session-code-hint',
  });
  scope.on(session, 'input', () => {
    mutable.sessionCode = session.value;
  });

  const ratings = scenario.principles.map((p) => {
    const name = `rating-${p}`;
    const option = (value: Level | 'none', label: string): HTMLElement => {
      const input = h('input', {
        type: 'radio',
        name,
        id: `${name}-${value}`,
        value,
        checked: value === 'none' ? draft.selfRating[p] === undefined : draft.selfRating[p] === value,
      });
      scope.on(input, 'change', () => {
        if (!input.checked) return;
        if (value === 'none')
          mutable.selfRating = Object.fromEntries(Object.entries(mutable.selfRating).filter(([k]) => k !== p));
        else mutable.selfRating = { ...mutable.selfRating, [p]: value };
      });
      return h('label', { class: 'scale-option' }, input, h('span', {}, label));
    };
    return h(
      'fieldset',
      { class: 'rating', 'aria-describedby': `${name}-hint` },
      h('legend', {}, PRINCIPLE_INFO[p].name[locale]),
      h('p', { class: 'hint', id: `${name}-hint` }, t(`principles.${p}`)),
      h(
        'div',
        { class: 'scale' },
        ...LEVELS.map((level) => option(level, t(`levels.${level}`))),
        option('none', t('beforePlay.noRating')),
      ),
    );
  });

  const start = h(
    'button',
    { type: 'submit', class: 'btn btn-primary btn-large' },
    icon(Play),
    t('beforePlay.start', { module: scenario.title[locale] }),
  );
  const skip = h('button', { type: 'button', class: 'btn btn-secondary' }, t('beforePlay.skip'));
  const status = h('p', { class: 'form-status', role: 'status' });

  let starting = false;
  const begin = async (withRatings: boolean): Promise<void> => {
    if (starting) return;
    starting = true;
    start.disabled = true;
    skip.disabled = true;
    status.textContent = t('beforePlay.loading');
    const learner: Learner = {
      firstName: cleanText(firstName.value, FIRST_NAME_MAX),
      sessionCode: cleanText(session.value, SESSION_CODE_MAX),
      selfRating: withRatings ? { ...mutable.selfRating } : {},
    };
    rememberFirstName(ctx.storage, learner.firstName);
    try {
      const { PlaySession } = await import('../../state/play-session.ts');
      const played = await PlaySession.start(entry, locale, learner, newSeed(), {
        storage: ctx.storage,
        now: () => ctx.now(),
      });
      ctx.go({ name: 'play', session: played });
    } catch (error) {
      console.error(error);
      status.textContent = t('errors.cannotStart');
      starting = false;
      start.disabled = false;
      skip.disabled = false;
    }
  };

  const form = h(
    'form',
    { class: 'before-play-form', novalidate: true },
    h(
      'section',
      { class: 'form-section', 'aria-labelledby': 'about-you' },
      h('h2', { id: 'about-you' }, t('beforePlay.aboutYou')),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'first-name' }, t('beforePlay.firstName')),
        firstName,
        h('p', { class: 'hint', id: 'first-name-hint' }, t('beforePlay.firstNameHint')),
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'session-code' }, t('beforePlay.sessionCode')),
        session,
        h('p', { class: 'hint', id: 'session-code-hint' }, t('beforePlay.sessionCodeHint')),
      ),
    ),
    h(
      'section',
      { class: 'form-section', 'aria-labelledby': 'self-rating' },
      h('h2', { id: 'self-rating' }, t('beforePlay.selfRating')),
      h('p', { class: 'hint' }, t('beforePlay.selfRatingIntro')),
      ...ratings,
    ),
    h('div', { class: 'button-row form-actions' }, start, skip),
    status,
  );
  scope.on(form, 'submit', (event) => {
    event.preventDefault();
    void begin(true);
  });
  scope.on(skip, 'click', () => {
    void begin(false);
  });

  const inProgress = ctx.saves().some((save) => save.module === scenario.id && save.finishedAt === null);
  const root = menuScreen(
    'screen-before-play',
    menuBar(ctx, scope, t('common.back'), () => {
      ctx.go({ name: 'modules' });
    }),
    heading,
    h('p', { class: 'module-name' }, scenario.title[locale]),
    h('p', { class: 'lead' }, scenario.summary[locale]),
    inProgress ? h('p', { class: 'notice notice-info', role: 'note' }, t('beforePlay.replacesSave')) : null,
    form,
  );

  return {
    root,
    mapSlot: null,
    focusFirst: () => {
      heading.focus();
    },
    destroy: () => {
      scope.close();
    },
  };
}
