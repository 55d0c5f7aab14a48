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
