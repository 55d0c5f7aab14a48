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
      /** Shows the benchmark's busy map: ten partners, twenty bonds, six markers. */
      busy(): void;
      /**
       * Applies `warmup` and then `count` changes such as the play store makes (a partner's trust, a bond,
       * the markers, the speaker), one per frame, and returns how long each of the last `count` view updates
       * took (ms). The warm-up lets the browser compile the code of each kind of change first, as it has
       * after the first minutes of a game.
       */
      timeUpdates(count: number, warmup?: number): Promise<number[]>;
    };
  }
}

const params = new URLSearchParams(location.search);
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
    this.update({ mode: 'play', scene: 'territory', partners, bonds, markers });
  },
  async timeUpdates(count, warmup = 0) {
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
      switch (i % 4) {
        case 0:
          changes = { partners: v.partners.map((p, n) => (n === k ? { ...p, trust: (p.trust + 7) % 100 } : p)) };
          break;
        case 1:
          changes = {
            bonds: v.bonds.map((b, n) => (n === i % v.bonds.length ? { ...b, value: (b.value + 9) % 100 } : b)),
          };
          break;
        case 2:
          changes = { markers: [...v.markers.slice(1), ...v.markers.slice(0, 1)] };
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
