// The application shell: settings applied to the page, the screens and how one leads to the next,
// the settings dialog, the map behind the screens, and a polite live region for announcements.
import type { ScenarioEntry } from '../content/catalogue.ts';
import type { Locale } from '../engine/ids.ts';
import { setLanguage, t } from '../i18n/i18n.ts';
import { NarrativeError } from '../narrative/errors.ts';
import { EMPTY_LEARNER, readFirstName } from '../state/learner.ts';
import type { PlaySession } from '../state/play-session.ts';
import type { SaveEnvelope } from '../state/saves.ts';
import { pruneQuarantine, QUARANTINE_LIMIT, quarantineSave, saveKey, scanSaves } from '../state/saves.ts';
import type { Settings, SettingsStore } from '../state/settings.ts';
import type { KeyValueStorage } from '../state/storage.ts';
import { h, Scope } from './dom.ts';
import { createAboutScreen } from './screens/about.ts';
import { createBeforePlayScreen } from './screens/before-play.ts';
import { createFailureScreen } from './screens/failure.ts';
import { createModulesScreen } from './screens/modules.ts';
import { createTitleScreen } from './screens/title.ts';
import { SettingsDialog } from './settings-dialog.ts';
import type { MountWorld, WorldView } from '../map/world-view.ts';
import type { AppContext, Route, Screen, UrlRequest } from './app-context.ts';
import { WorldHost } from './world-host.ts';

type ScreenFactory = (ctx: AppContext, route: Route) => Screen | Promise<Screen>;

// The menus are in the first chunk (the title must be usable at once); play, report and the
// trainer space load on demand.
const FACTORIES: Readonly<Record<Route['name'], () => Promise<ScreenFactory>>> = {
  title: () => Promise.resolve(createTitleScreen as ScreenFactory),
  modules: () => Promise.resolve(createModulesScreen as ScreenFactory),
  about: () => Promise.resolve(createAboutScreen as ScreenFactory),
  'before-play': () => Promise.resolve(createBeforePlayScreen as ScreenFactory),
  play: () => import('./screens/play.ts').then((m) => m.createPlayScreen as ScreenFactory),
  report: () => import('./screens/report.ts').then((m) => m.createReportScreen as ScreenFactory),
  trainer: () => import('./trainer/trainer-screen.ts').then((m) => m.createTrainerScreen as ScreenFactory),
};

export function applySettingsToPage(settings: Settings, root: HTMLElement = document.documentElement): void {
  root.lang = settings.locale;
  root.style.fontSize = `${settings.textScale}%`;
  root.classList.toggle('high-contrast', settings.highContrast);
  root.classList.toggle('reduced-motion', settings.reducedMotion);
  root.classList.toggle('legible-font', settings.legibleFont);
  root.classList.toggle('large-text', settings.textScale >= 150);
}

export class App implements AppContext {
  readonly world: WorldHost;
  private readonly screenHost: HTMLElement;
  private readonly liveRegion: HTMLElement;
  private readonly dialog: SettingsDialog;
  private screen: Screen | null = null;
  private route: Route = { name: 'title' };
  private readonly scope = new Scope();
  private navigation = 0;
  private followed: PlaySession | null = null;
  private sessionListener: ((session: PlaySession) => void) | null = null;

  constructor(
    root: HTMLElement,
    readonly settings: SettingsStore,
    readonly storage: KeyValueStorage,
    readonly persistent: boolean,
    readonly scenarios: readonly ScenarioEntry[],
    readonly url: UrlRequest,
    loadWorld: () => Promise<MountWorld>,
  ) {
    const backdrop = h('div', { class: 'world-layer', 'aria-hidden': 'true' });
    this.screenHost = h('div', { class: 'screen-host' });
    this.liveRegion = h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
    root.replaceChildren(backdrop, this.screenHost, this.liveRegion);
    this.world = new WorldHost(backdrop, loadWorld);
    this.dialog = new SettingsDialog(root, settings);
    let previous = settings.getState();
    this.scope.add(
      settings.subscribe((next) => {
        const before = previous;
        previous = next;
        applySettingsToPage(next);
        if (next.locale !== before.locale) void this.changeLanguage(next.locale);
        else this.refreshWorld();
      }),
    );
    applySettingsToPage(settings.getState());
  }

  now(): Date {
    return new Date();
  }

  entryOf(module: string): ScenarioEntry | undefined {
    return this.scenarios.find((e) => e.scenario.id === module);
  }

  /** Opens the first screen (the title unless a package build says otherwise). */
  start(route: Route = { name: 'title' }): void {
    this.go(this.url.trainer && route.name === 'title' ? { name: 'trainer' } : route);
    // The map (Phaser and the portraits) is fetched only once the menu has been painted: on a slow
    // link or a slow CPU, the menu never waits for its download or its start-up.
    requestAnimationFrame(() => {
      setTimeout(() => void this.world.load(), 0);
    });
  }

  /** Called with every playthrough that comes on screen (a learning platform follows it). */
  onSession(listener: (session: PlaySession) => void): void {
    this.sessionListener = listener;
  }

  /** A note that stays above every screen (what a learning platform needs the learner to know). */
  addBanner(banner: HTMLElement): void {
    this.screenHost.before(banner);
  }

  go(route: Route): void {
    const ticket = ++this.navigation;
    void (async () => {
      let screen: Screen;
      try {
        const factory = await FACTORIES[route.name]();
        screen = await factory(this, route);
      } catch (error) {
        // Its chunk did not load (or the screen could not be built): say so, offer to try again.
        console.error(error);
        screen = createFailureScreen(this, () => {
          this.go(route);
        });
      }
      if (ticket !== this.navigation) {
        screen.destroy();
        return;
      }
      this.mount(route, screen);
    })();
  }

  private mount(route: Route, screen: Screen): void {
    this.screen?.destroy();
    this.route = route;
    this.screen = screen;
    this.screenHost.replaceChildren(screen.root);
    this.world.attach(screen.mapSlot);
    // The report and the trainer space are documents to read and work in: no map behind them.
    this.world.setVisible(route.name !== 'report' && route.name !== 'trainer');
    if ((route.name === 'play' || route.name === 'report') && route.session !== this.followed) {
      this.followed = route.session;
      this.sessionListener?.(route.session);
    }
    if (route.name !== 'play') this.world.onMarker(null);
    this.refreshWorld();
    document.title = screenTitle(route);
    screen.focusFirst();
  }

  /** Shows the map as the screen on show wants it (the play screen sends its own view). */
  refreshWorld(): void {
    if (this.route.name === 'play') return;
    const s = this.settings.getState();
    const view: WorldView = {
      mode: 'title',
      scene: 'territory',
      partners: [],
      bonds: [],
      markers: [],
      speaker: null,
      centreLabel: 'Relais Insertion',
      reducedMotion: s.reducedMotion,
      highContrast: s.highContrast,
      labels: { trust: t('map.trust'), bond: t('map.bond') },
    };
    this.world.show(view);
  }

  private async changeLanguage(locale: Locale): Promise<void> {
    await setLanguage(locale);
    const route = this.route;
    if (route.name === 'play' || route.name === 'report') {
      try {
        await route.session.setLocale(locale);
      } catch (error) {
        console.error(error);
        this.announce(t('errors.languageSwitch'));
      }
    }
    this.dialog.relabel();
    // Screens rebuild in the new language; the one on show keeps its state (held by the route).
    if (this.route === route) {
      const active = document.activeElement;
      const keepFocus = active instanceof HTMLElement && this.dialog.contains(active);
      const factory = await FACTORIES[route.name]();
      const screen = await factory(this, route);
      if (this.route !== route) {
        screen.destroy();
        return;
      }
      this.screen?.destroy();
      this.screen = screen;
      this.screenHost.replaceChildren(screen.root);
      this.world.attach(screen.mapSlot);
      this.refreshWorld();
      document.title = screenTitle(route);
      if (!keepFocus) screen.focusFirst();
    }
    this.announce(t('settings.languageChanged'));
  }

  openSettings(opener: HTMLElement): void {
    this.dialog.open(opener);
  }

  announce(message: string): void {
    // Emptied first so that the same message twice is announced twice.
    this.liveRegion.textContent = '';
    window.setTimeout(() => {
      this.liveRegion.textContent = message;
    }, 50);
  }

  saves(): SaveEnvelope[] {
    const hashes = new Map(this.scenarios.map((e) => [e.scenario.id, e.storyHash]));
    const { saves, quarantined, pruned } = scanSaves(this.storage, hashes, this.now());
    this.announceSetAside(quarantined.length > 0, pruned);
    return saves;
  }

  /** Tells the learner that a save was set aside, and that older ones were deleted to make room. */
  private announceSetAside(setAside: boolean, pruned: number): void {
    const messages = [
      setAside ? t('saves.setAside') : '',
      pruned > 0 ? t('saves.pruned', { count: pruned, limit: QUARANTINE_LIMIT }) : '',
    ].filter((m) => m !== '');
    if (messages.length > 0) this.announce(messages.join(' '));
  }

  async resume(envelope: SaveEnvelope): Promise<void> {
    const entry = this.entryOf(envelope.module);
    if (!entry) return;
    try {
      const { PlaySession } = await import('../state/play-session.ts');
      const session = await PlaySession.fromRecord(entry, envelope, { storage: this.storage, now: () => this.now() });
      // A playthrough saved in the other language goes on in the language the game is in now.
      const locale = this.settings.getState().locale;
      if (session.store.getState().locale !== locale) {
        await session.setLocale(locale).catch((error: unknown) => {
          console.error(error);
          this.announce(t('errors.languageSwitch'));
        });
      }
      this.go(session.store.getState().awaiting === 'end' ? { name: 'report', session } : { name: 'play', session });
    } catch (error) {
      if (!(error instanceof NarrativeError)) {
        // The code or the story did not load: the save is untouched, try again.
        console.error(error);
        this.mount(
          { name: 'title' },
          createFailureScreen(this, () => {
            void this.resume(envelope);
          }),
        );
        return;
      }
      // It looked right but the story cannot be put back in that state: set it aside, say so.
      const raw = this.storage.getItem(saveKey(envelope.module)) ?? JSON.stringify(envelope);
      quarantineSave(this.storage, envelope.module, raw, 'cannot-restore', this.now());
      const pruned = pruneQuarantine(this.storage);
      this.go({ name: 'title' });
      this.announceSetAside(true, pruned);
    }
  }

  newGame(entry: ScenarioEntry, keep?: { readonly firstName: string; readonly sessionCode: string }): void {
    this.go({
      name: 'before-play',
      entry,
      draft: {
        ...EMPTY_LEARNER,
        firstName: keep?.firstName ?? readFirstName(this.storage),
        sessionCode: keep?.sessionCode ?? this.url.session,
      },
    });
  }
}

function screenTitle(route: Route): string {
  const app = t('app.name');
  switch (route.name) {
    case 'title':
      return app;
    case 'modules':
      return `${t('modules.heading')} · ${app}`;
    case 'about':
      return `${t('about.heading')} · ${app}`;
    case 'before-play':
      return `${t('beforePlay.heading')} · ${app}`;
    case 'play':
      return `${route.session.scenario.title[route.session.store.getState().locale]} · ${app}`;
    case 'report':
      return `${t('report.heading')} · ${app}`;
    case 'trainer':
      return `${t('trainer.heading')} · ${app}`;
  }
}
