// The play screen: the dialogue (speaker, portrait, the lines so far in a log, choices as buttons),
// the territory map, the HUD, feedback as trust and evidence change, and the glossary (its button,
// and the terms in the lines as buttons that open their definitions). Keys: 1–9 choose,
// Enter or Space continue. It reads the play store and calls the session's intents, nothing more.
import { BookOpen, CalendarDays, CircleCheck, FileText, House, MapPin, RotateCcw, TriangleAlert } from 'lucide';
import type { Locale } from '../../engine/ids.ts';
import type { EngineState } from '../../engine/state.ts';
import { nameOf } from '../../engine/world.ts';
import { splitName } from '../../map/layout.ts';
import { t } from '../../i18n/i18n.ts';
import { NarrativeError } from '../../narrative/errors.ts';
import type { PlayState, TranscriptEntry } from '../../state/play-store.ts';
import { CHARS_PER_SECOND } from '../../state/settings.ts';
import { portraitDataUri } from '../../map/portraits.ts';
import type { AppContext, Route, Screen } from '../app-context.ts';
import { buttonLabel, h, icon, Scope } from '../dom.ts';
import { FeedbackBoard } from '../play/feedback.ts';
import { renderAgenda, renderFiles, renderNetwork } from '../play/hud.ts';
import { Typewriter } from '../play/typewriter.ts';
import type { WorldView } from '../../map/world-view.ts';
import { bondsView, markersView, partnersView } from '../build-world-view.ts';
import { settingsButton } from './common.ts';
import { markLine, termsShown } from '../../content/glossary.ts';
import { GLOSSARY, GlossaryDialog, glossaryButton, glossaryTerm, termButton } from '../glossary-dialog.ts';

type PlayRoute = Extract<Route, { name: 'play' }>;

const TYPING_TARGETS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export function createPlayScreen(ctx: AppContext, route: Route): Screen {
  const { session } = route as PlayRoute;
  const scope = new Scope();
  const store = session.store;
  const scenario = session.scenario;
  const typewriter = new Typewriter();
  const board = new FeedbackBoard();
  const locale = (): Locale => store.getState().locale;
  const glossary = new GlossaryDialog(locale);
  scope.add(() => {
    if (glossary.el.open) glossary.close();
  });

  // Top bar: the module, the week and the half-days left, settings, quit.
  const weekText = h('span', { class: 'clock-week' });
  const timeText = h('span', { class: 'clock-time' });
  const pips = h('span', { class: 'pips', 'aria-hidden': 'true' });
  const savedIndicator = h('span', { class: 'saved-indicator' });
  const quit = h(
    'button',
    { type: 'button', class: 'btn btn-ghost btn-quit', 'aria-describedby': 'quit-hint' },
    icon(House),
    buttonLabel(t('play.quit')),
  );
  scope.on(quit, 'click', () => {
    ctx.go({ name: 'title' });
  });
  const topbar = h(
    'header',
    { class: 'topbar' },
    h('h1', { class: 'topbar-module' }, scenario.title[locale()]),
    h(
      'p',
      { class: 'clock' },
      icon(CalendarDays, 18),
      weekText,
      h('span', { class: 'clock-sep', 'aria-hidden': 'true' }, '·'),
      timeText,
      pips,
    ),
    h(
      'div',
      { class: 'topbar-actions' },
      savedIndicator,
      h('span', { id: 'quit-hint', class: 'visually-hidden' }, t('play.quitHint')),
      glossaryButton(scope, glossary),
      settingsButton(ctx, scope),
      quit,
    ),
  );

  // The dialogue.
  const portrait = h('img', { class: 'portrait', alt: '', width: 96, height: 96 });
  const narrationBadge = h('span', { class: 'portrait narration-badge', 'aria-hidden': 'true' }, icon(BookOpen, 40));
  const speakerName = h('p', { class: 'speaker-name' });
  const speakerRole = h('p', { class: 'speaker-role' });
  const speaker = h('div', { class: 'speaker' }, portrait, narrationBadge, h('div', {}, speakerName, speakerRole));
  let log = newLog();
  const actions = h('div', { class: 'dialogue-actions' });
  const failure = h('div', { class: 'play-failure', role: 'alert' });
  const keyHint = h('p', { class: 'key-hint', 'aria-hidden': 'true' });
  const dialogue = h(
    'section',
    { class: 'dialogue', 'aria-labelledby': 'dialogue-heading' },
    h('h2', { id: 'dialogue-heading', class: 'visually-hidden' }, t('play.dialogue')),
    h('span', { id: 'term-hint', class: 'visually-hidden' }, t('glossary.termHint')),
    speaker,
    log,
    failure,
    actions,
    keyHint,
  );

  /**
   * Runs one of the learner's intents. If the story fails on the way, the session has put the
   * playthrough back as it was: say so, and offer to try again (nothing is lost, the screen stays live).
   */
  function act(intent: () => void): void {
    // Cleared first: if the focus was on "try again", the screen moves it as after any action.
    failure.replaceChildren();
    try {
      intent();
    } catch (error) {
      if (!(error instanceof NarrativeError)) throw error;
      console.error(error);
      const retry = h('button', { type: 'button', class: 'btn btn-primary' }, icon(RotateCcw), t('play.failure.retry'));
      scope.on(retry, 'click', () => {
        act(intent);
      });
      failure.replaceChildren(
        h(
          'div',
          { class: 'notice notice-warning' },
          h('p', {}, h('strong', {}, t('play.failure.message'))),
          h('p', {}, t('play.failure.kept')),
          h('p', { class: 'hint' }, t('play.failure.detail', { detail: error.message })),
          h('div', { class: 'button-row' }, retry),
        ),
      );
      // The message takes room from the log: keep its last line in view.
      scrollLog();
      retry.focus();
    }
  }

  const continueButton = h('button', { type: 'button', class: 'btn btn-primary btn-continue' });
  scope.on(continueButton, 'click', () => {
    if (typewriter.running) typewriter.finish();
    else
      act(() => {
        session.continue();
      });
  });
  const reportButton = h(
    'button',
    { type: 'button', class: 'btn btn-primary btn-continue btn-report' },
    icon(FileText),
    t('play.seeReport'),
  );
  scope.on(reportButton, 'click', () => {
    ctx.go({ name: 'report', session });
  });

  // The map and the HUD.
  const mapSlot = h('div', { class: 'map-slot' });
  const mapArea = h('div', { class: 'map-area' }, mapSlot, board.el);
  const hud = h('aside', { class: 'hud', 'aria-label': t('hud.label') });

  const root = h(
    'main',
    { class: 'screen screen-play', id: 'main' },
    topbar,
    mapArea,
    dialogue,
    hud,
    board.live,
    glossary.el,
  );

  /** The glossary terms marked so far in the log: each term is marked at its first appearance. */
  let seenTerms = new Set<string>();

  /**
   * What fills a line's text once it is shown: the words, with its glossary terms as buttons (the
   * terms its `term:` tags name, and the first appearance of any other). Worked out in log order,
   * so that a log rebuilt at once (resume, language switch) shows what the log typed line by line showed.
   */
  function lineFiller(entry: TranscriptEntry): (body: HTMLElement) => void {
    if (entry.kind !== 'line') {
      return (body) => {
        body.append(entry.text);
      };
    }
    const marked = markLine(entry.text, entry.terms, seenTerms, GLOSSARY, locale());
    seenTerms = new Set([...seenTerms, ...termsShown(marked)]);
    return (body) => {
      for (const segment of marked.segments) {
        body.append(
          segment.term === undefined
            ? segment.text
            : termButton(scope, glossary, segment.term, segment.text, 'term-hint'),
        );
      }
      for (const id of marked.unplaced) {
        const name = glossaryTerm(id)?.[locale()].term ?? id;
        body.append(' ', termButton(scope, glossary, id, name, 'term-hint', 'term-link term-aside'));
      }
    };
  }

  function newLog(): HTMLElement {
    return h('div', { class: 'log', role: 'log', 'aria-label': t('play.log'), tabindex: 0 });
  }

  function entryNode(entry: TranscriptEntry): { node: HTMLElement; body: HTMLElement } {
    const made = entryParts(entry);
    // The whole text, whatever the typing has revealed so far (for tests and tools, not shown).
    made.node.dataset['text'] = entry.text;
    return made;
  }

  function entryParts(entry: TranscriptEntry): { node: HTMLElement; body: HTMLElement } {
    const body = h('span', { class: 'entry-text' });
    switch (entry.kind) {
      case 'line': {
        const who = entry.speaker === null ? null : nameOf(scenario, entry.speaker, locale());
        return {
          node: h(
            'p',
            { class: who === null ? 'entry entry-line entry-narration' : 'entry entry-line' },
            who === null ? null : h('strong', { class: 'who' }, `${who}${t('play.colon')}`),
            body,
          ),
          body,
        };
      }
      case 'choice':
        return {
          node: h(
            'p',
            { class: 'entry entry-choice' },
            h('strong', { class: 'who' }, `${t('play.you')}${t('play.colon')}`),
            body,
          ),
          body,
        };
      case 'event':
        return {
          node: h(
            'p',
            { class: 'entry entry-event' },
            icon(CalendarDays, 18),
            h('strong', { class: 'who' }, `${t('play.eventWeek', { week: entry.week })}${t('play.colon')}`),
            body,
          ),
          body,
        };
    }
  }

  function scrollLog(): void {
    // At once: the new line takes its full room from the start, so there is nothing to animate.
    log.scrollTop = log.scrollHeight;
  }

  function markCurrent(): void {
    for (const el of log.querySelectorAll('.current')) el.classList.remove('current');
    log.lastElementChild?.classList.add('current');
  }

  /** Rebuilds the whole log (first show, resume, language switch): nothing is typed or announced again. */
  function rebuildLog(entries: readonly TranscriptEntry[]): void {
    typewriter.cancel();
    const fresh = newLog();
    seenTerms = new Set();
    for (const entry of entries) {
      const { node, body } = entryNode(entry);
      lineFiller(entry)(body);
      fresh.append(node);
    }
    log.replaceWith(fresh);
    log = fresh;
    markCurrent();
    log.scrollTop = log.scrollHeight;
  }

  function appendEntries(entries: readonly TranscriptEntry[]): void {
    for (const [i, entry] of entries.entries()) {
      const { node, body } = entryNode(entry);
      log.append(node);
      const last = i === entries.length - 1;
      const fill = lineFiller(entry);
      if (last && entry.kind !== 'choice') {
        typewriter.type(
          body,
          entry.text,
          CHARS_PER_SECOND[ctx.settings.getState().textSpeed],
          () => {
            if (scope.closed) return;
            renderActions();
            // The choices (and their markers on the map) show once the line is complete.
            ctx.world.show(worldView(store.getState()));
          },
          fill,
        );
      } else {
        fill(body);
      }
    }
    markCurrent();
    scrollLog();
  }

  function renderSpeaker(state: PlayState): void {
    const s = state.speaker;
    const member = s ? scenario.cast.find((m) => m.id === s.id) : undefined;
    if (!s) {
      portrait.hidden = true;
      narrationBadge.hidden = false;
      speakerName.textContent = t('play.narration');
      speakerRole.textContent = '';
      return;
    }
    const name = nameOf(scenario, s.id, state.locale);
    portrait.hidden = false;
    narrationBadge.hidden = true;
    portrait.src = portraitDataUri(s.id, s.mood);
    portrait.alt = t('play.portraitOf', { name, mood: t(`moods.${s.mood}`) });
    if (member?.role === 'partner') {
      // "Les Toques de Valmoran (Mme Hélène Leroy)": the person speaks, for the organisation.
      const { organisation, person } = splitName(name);
      speakerName.textContent = person === '' ? organisation : person;
      speakerRole.textContent = [person === '' ? t('roles.partner') : organisation, t(`sectors.${member.sector}`)].join(
        ' · ',
      );
    } else {
      speakerName.textContent = name;
      speakerRole.textContent = member ? t(`roles.${member.role}`) : '';
    }
  }

  function renderClock(engine: EngineState): void {
    weekText.textContent = t('play.week', { week: Math.min(engine.week, scenario.weeks), weeks: scenario.weeks });
    timeText.textContent = t('play.halfDays', { count: engine.timeLeft, total: scenario.timePerWeek });
    pips.replaceChildren(
      ...Array.from({ length: scenario.timePerWeek }, (_, i) =>
        h('span', { class: i < engine.timeLeft ? 'pip on' : 'pip' }),
      ),
    );
  }

  let previousEngine: EngineState | null = null;
  function renderHud(engine: EngineState): void {
    hud.replaceChildren(
      renderNetwork(scenario, engine, previousEngine, locale()),
      renderAgenda(scenario, engine, locale()),
      renderFiles(scenario, engine, locale()),
    );
    previousEngine = engine;
  }

  function renderSaved(saved: boolean): void {
    savedIndicator.replaceChildren(
      icon(saved ? CircleCheck : TriangleAlert, 16),
      saved ? t('play.saved') : t('play.notSaved'),
    );
    savedIndicator.classList.toggle('warning', !saved);
  }

  function focusWanted(): boolean {
    const active = document.activeElement;
    return active === null || active === document.body || actions.contains(active) || !active.isConnected;
  }

  function renderActions(): void {
    const state = store.getState();
    const moveFocus = focusWanted();
    let primary: HTMLElement;
    if (typewriter.running || state.awaiting === 'continue') {
      continueButton.replaceChildren(
        h('span', {}, t('play.continue')),
        h('kbd', { 'aria-hidden': 'true' }, t('play.enterKey')),
      );
      if (continueButton.parentElement !== actions || actions.childElementCount !== 1)
        actions.replaceChildren(continueButton);
      primary = continueButton;
      keyHint.textContent = t('play.keysContinue');
    } else if (state.awaiting === 'choices') {
      const buttons = state.choices.map((choice, i) => {
        const place =
          choice.place === null ? null : splitName(nameOf(scenario, choice.place, state.locale)).organisation;
        const button = h(
          'button',
          { type: 'button', class: 'choice-button', 'data-choice': choice.index },
          h('span', { class: 'choice-key', 'aria-hidden': i < 9 ? 'false' : 'true' }, i < 9 ? String(i + 1) : ''),
          h(
            'span',
            { class: 'choice-text' },
            choice.text,
            place === null ? null : h('span', { class: 'choice-place' }, icon(MapPin, 14), t('play.onMap', { place })),
          ),
        );
        scope.on(button, 'click', () => {
          act(() => {
            session.choose(choice.index);
          });
        });
        return button;
      });
      actions.replaceChildren(
        h('div', { class: 'choices', role: 'group', 'aria-label': t('play.choices') }, ...buttons),
      );
      primary = buttons[0] ?? continueButton;
      keyHint.textContent = t('play.keysChoose');
    } else {
      actions.replaceChildren(reportButton);
      primary = reportButton;
      keyHint.textContent = '';
    }
    // The actions area may have grown (choices are taller than one button): keep the last line in view.
    scrollLog();
    if (moveFocus) primary.focus();
  }

  function worldView(state: PlayState): WorldView {
    const settings = ctx.settings.getState();
    return {
      mode: 'play',
      scene: state.scene,
      partners: partnersView(scenario, state.engine, state.locale),
      bonds: bondsView(state.engine),
      markers: state.awaiting === 'choices' && !typewriter.running ? markersView(state.choices) : [],
      speaker: state.speaker,
      centreLabel: 'Relais Insertion',
      reducedMotion: settings.reducedMotion,
      highContrast: settings.highContrast,
      labels: { trust: t('map.trust'), bond: t('map.bond') },
    };
  }

  // First render: everything from the store as it is (a resume shows the last line as it was).
  const initial = store.getState();
  rebuildLog(initial.transcript);
  renderSpeaker(initial);
  renderClock(initial.engine);
  renderHud(initial.engine);
  previousEngine = initial.engine;
  renderSaved(initial.saved);

  let lastFeedback = initial.feedback.serial;
  scope.add(
    store.subscribe((state, prev) => {
      if (state.transcript !== prev.transcript) {
        const extends_ =
          state.locale === prev.locale &&
          state.transcript.length > prev.transcript.length &&
          state.transcript[prev.transcript.length - 1] === prev.transcript.at(-1);
        if (extends_) appendEntries(state.transcript.slice(prev.transcript.length));
        else rebuildLog(state.transcript);
      }
      if (state.speaker !== prev.speaker || state.locale !== prev.locale) renderSpeaker(state);
      if (state.engine !== prev.engine) {
        renderClock(state.engine);
        renderHud(state.engine);
      }
      if (state.saved !== prev.saved) renderSaved(state.saved);
      if (state.feedback.serial !== lastFeedback) {
        lastFeedback = state.feedback.serial;
        board.show(state.feedback.items, scenario, state.locale);
      }
      if (state.awaiting !== prev.awaiting || state.choices !== prev.choices || state.transcript !== prev.transcript) {
        renderActions();
      }
      ctx.world.show(worldView(state));
    }),
  );
  scope.add(
    ctx.settings.subscribe(() => {
      ctx.world.show(worldView(store.getState()));
    }),
  );

  ctx.world.onMarker((choiceIndex) => {
    act(() => {
      session.choose(choiceIndex);
    });
  });
  scope.add(() => {
    ctx.world.onMarker(null);
  });

  scope.on(document, 'keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (target && (TYPING_TARGETS.has(target.tagName) || target.isContentEditable || target.closest('dialog'))) return;
    const state = store.getState();
    if (/^[1-9]$/.test(event.key)) {
      const buttons = actions.querySelectorAll<HTMLButtonElement>('.choice-button');
      const button = buttons[Number(event.key) - 1];
      if (button) {
        event.preventDefault();
        button.click();
      }
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      // A focused button or link does its own thing with these keys.
      if (target?.closest('button, a, summary, [role="button"]')) return;
      if (typewriter.running || state.awaiting === 'continue') {
        event.preventDefault();
        continueButton.click();
      } else if (state.awaiting === 'end') {
        event.preventDefault();
        reportButton.click();
      }
    }
  });

  scope.add(() => {
    typewriter.cancel();
    board.destroy();
  });

  renderActions();
  ctx.world.show(worldView(initial));

  return {
    root,
    mapSlot,
    focusFirst: () => {
      const first = actions.querySelector<HTMLElement>('button');
      first?.focus();
    },
    destroy: () => {
      scope.close();
    },
  };
}
