// Mounts the world alone, with a fixed view, so that the scenes can be looked at and measured
// without the app (?mode=title|play&scene=office&hc&rm).
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import type { WorldHandle, WorldView } from '../../../src/map/world-view.ts';
import { demoView } from './demo-view.ts';

declare global {
  interface Window {
    harness: {
      handle: WorldHandle | undefined;
      clicked: number[];
      view: WorldView;
      mount(): Promise<void>;
      update(changes: Partial<WorldView>): void;
      destroy(): void;
      cycle(): Promise<void>;
      /** Phaser itself, for leak hunts (counting live Game objects from the DevTools protocol). */
      phaser(): Promise<unknown>;
      /** Shows the benchmark's busy map: ten partners, twenty bonds, six markers (and the next six). */
      busy(): void;
      /**
       * Applies `warmup` and then `count` changes such as the play store makes (a partner's trust, a bond,
       * the markers, the speaker, in turn), one per frame, and returns how long each of the last `count`
       * view updates took (ms). The warm-up lets the browser compile the code of each kind of change first,
       * as it has after the first minutes of a game. The markers either come in another order
       * (`reorder`) or are the next decision's, with other words at other places (`new`). `kinds` picks
       * the kinds of change, in turn (0 trust, 1 bond, 2 markers, 3 speaker, 4 none: the same partners in a
       * new list, the baseline).
       */
      timeUpdates(
        count: number,
        warmup?: number,
        markers?: 'reorder' | 'new',
        kinds?: readonly number[],
      ): Promise<number[]>;
      /** The same, with only the markers changing, each time to the next decision's. */
      timeNewMarkers(count: number, warmup?: number): Promise<number[]>;
    };
  }
}

const params = new URLSearchParams(location.search);
/** The markers of the decision after the busy map's (see busy()). */
let nextMarkers: WorldView['markers'] = [];
const mode = params.get('mode') === 'title' ? 'title' : 'play';
const scene = (params.get('scene') ?? 'territory') as WorldView['scene'];
const parent = document.getElementById('world');
if (!parent) throw new Error('no #world');

window.harness = {
  handle: undefined,
  clicked: [],
  view: demoView({ mode, scene, highContrast: params.has('hc'), reducedMotion: params.has('rm') }),
  async mount() {
    const { mountWorld } = await import('../../../src/scenes/world.ts');
    this.handle = await mountWorld(parent, { onMarker: (i) => this.clicked.push(i) });
    this.handle.update(this.view);
  },
  update(changes) {
    this.view = { ...this.view, ...changes };
    this.handle?.update(this.view);
  },
  destroy() {
    this.handle?.destroy();
    this.handle = undefined;
  },
  phaser: () => import('phaser').then((m) => m.default),
  busy() {
    const bistrot: WorldView['partners'][number] = {
      id: 'employeur',
      name: 'Le Bistrot du Marché (M. Paul Girard)',
      sector: 'entreprise',
      trust: 52,
      known: true,
      startTrust: 50,
    };
    const partners = [...this.view.partners.map((p) => ({ ...p, known: true })), bistrot].slice(0, 10);
    const bonds: WorldView['bonds'][number][] = [];
    for (let i = 0; i < partners.length && bonds.length < 20; i++) {
      for (let j = i + 1; j < partners.length && bonds.length < 20; j += 3) {
        const [a, b] = [partners[i]?.id ?? '', partners[j]?.id ?? ''];
        bonds.push({ a, b, value: (i * 17 + j * 11) % 100 });
      }
    }
    const markers = partners
      .slice(0, 6)
      .map((p, k) => ({ choiceIndex: k, place: p.id, text: `Rendre visite : ${p.name}` }));
    // The next decision's choices: other words, other places.
    nextMarkers = partners
      .slice(4, 10)
      .map((p, k) => ({ choiceIndex: k, place: p.id, text: `Appeler ${p.name} pour lui proposer un rendez-vous` }));
    this.update({ mode: 'play', scene: 'territory', partners, bonds, markers });
  },
  timeNewMarkers(count, warmup = 0) {
    return this.timeUpdates(count, warmup, 'new', [2]);
  },
  async timeUpdates(count, warmup = 0, markers = 'reorder', kinds = [0, 1, 2, 3]) {
    const times: number[] = [];
    const frame = (): Promise<void> =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          resolve();
        }),
      );
    for (let i = 0; i < warmup + count; i++) {
      await frame();
      const v = this.view;
      const k = i % v.partners.length;
      let changes: Partial<WorldView>;
      switch (kinds[i % kinds.length]) {
        case 0:
          changes = { partners: v.partners.map((p, n) => (n === k ? { ...p, trust: (p.trust + 7) % 100 } : p)) };
          break;
        case 1:
          changes = {
            bonds: v.bonds.map((b, n) => (n === i % v.bonds.length ? { ...b, value: (b.value + 9) % 100 } : b)),
          };
          break;
        case 2: {
          if (markers === 'reorder') {
            changes = { markers: [...v.markers.slice(1), ...v.markers.slice(0, 1)] };
            break;
          }
          // A new decision: its choices replace the markers (and the one before comes back next time).
          const shown = v.markers;
          changes = { markers: nextMarkers };
          nextMarkers = shown;
          break;
        }
        case 4:
          // The baseline: a view that changes nothing (the store's next state, equal to this one).
          changes = { partners: [...v.partners] };
          break;
        default:
          changes = { speaker: { id: v.partners[k]?.id ?? 'ccas', mood: i % 8 === 3 ? 'happy' : 'worried' } };
      }
      const started = performance.now();
      this.update(changes);
      if (i >= warmup) times.push(performance.now() - started);
    }
    return times;
  },
  /** One benchmark cycle: a fresh world, a short game's worth of views, then torn down. */
  async cycle() {
    this.destroy();
    await this.mount();
    const scenes: WorldView['scene'][] = ['office', 'territory', 'phone', 'meeting', 'channel', 'territory'];
    for (let i = 0; i < 12; i++) {
      this.update({
        mode: i === 0 ? 'title' : 'play',
        scene: scenes[i % scenes.length] ?? 'territory',
        partners: this.view.partners.map((p, k) => ({ ...p, trust: (p.trust + i * 7 + k) % 100, known: k <= i })),
        markers: i % 2 === 0 ? this.view.markers : [],
        speaker:
          i % 3 === 0
            ? null
            : { id: 'ccas', mood: (['happy', 'worried', 'annoyed', 'sad'] as const)[i % 4] ?? 'neutral' },
      });
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    this.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
  },
};

await window.harness.mount();
// Two frames after mounting, the first scene has drawn.
requestAnimationFrame(() =>
  requestAnimationFrame(() => {
    document.body.dataset['ready'] = 'true';
  }),
);
