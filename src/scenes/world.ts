// The one door between the DOM app and Phaser: mount the world into an element, give it views, destroy it.
// Loaded lazily by the entry point (src/main.ts) so that Phaser stays in its own chunk.
import Phaser from 'phaser';
import type { ViewScene, WorldBridge } from './bridge.ts';
import { SCENE_KEYS } from './keys.ts';
import { DESIGN_HEIGHT, DESIGN_WIDTH } from '../map/layout.ts';
import type { WorldHandle, WorldView } from '../map/world-view.ts';
import { MapScene } from './map-scene.ts';
import { useCanvasRenderer } from './renderer.ts';
import { deviceResolution } from './resolution.ts';
import { TitleScene } from './title-scene.ts';

const FONT_WAIT_MS = 1500;

const EMPTY_VIEW: WorldView = {
  mode: 'title',
  scene: 'territory',
  partners: [],
  bonds: [],
  markers: [],
  speaker: null,
  centreLabel: '',
  reducedMotion: true,
  highContrast: false,
  labels: { trust: '', bond: '' },
};

/**
 * Phaser draws text into canvases: the font (declared by the page) must be loaded first, or labels keep
 * the fallback font.
 */
async function fontsReady(): Promise<void> {
  if (!('fonts' in document)) return;
  const wait = new Promise<void>((resolve) => setTimeout(resolve, FONT_WAIT_MS));
  const load = Promise.all([
    document.fonts.load('16px "Atkinson Hyperlegible"'),
    document.fonts.load('bold 16px "Atkinson Hyperlegible"'),
  ]).then(
    () => undefined,
    () => undefined,
  );
  await Promise.race([load, wait]);
}

/**
 * What Phaser 4.2 leaves behind when a game is destroyed, each of which keeps the whole game alive:
 * its `visibilitychange` listener and `window.onblur`/`onfocus` handlers (VisibilityHandler never removes
 * them); the mouse manager's `wheel` listener on the canvas (its stopListeners forgets it), the canvas
 * going back to Phaser's global CanvasPool; and, with the canvas renderer, the canvases of the texture
 * manager's internal TileSprite, which stay in that pool with the sprite as their owner.
 */
class PhaserLeftovers {
  private listeners: { type: string; listener: EventListenerOrEventListenerObject }[] = [];
  private wheel: { canvas: HTMLCanvasElement; listener: EventListener } | null = null;
  private onblur: typeof window.onblur = null;
  private onfocus: typeof window.onfocus = null;

  /** Notes the visibility listeners added to the document until the current task's code has run. */
  watch(): void {
    const add = document.addEventListener.bind(document);
    const noted = this.listeners;
    document.addEventListener = function (
      this: Document,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions,
    ): void {
      if (!listener) return;
      if (/visibilitychange$/u.test(type)) noted.push({ type, listener });
      add(type, listener, options);
    } as typeof document.addEventListener;
    queueMicrotask(() => {
      document.addEventListener = add;
      this.onblur = window.onblur;
      this.onfocus = window.onfocus;
    });
  }

  /** To be called before Phaser tears the game down (it forgets its own references). */
  noteInput(game: Phaser.Game): void {
    const listener = (game.input.mouse as { onMouseWheel?: EventListener } | null)?.onMouseWheel;
    if (listener) this.wheel = { canvas: game.canvas, listener };
  }

  release(game: Phaser.Game): void {
    for (const { type, listener } of this.listeners) document.removeEventListener(type, listener);
    this.listeners = [];
    this.wheel?.canvas.removeEventListener('wheel', this.wheel.listener);
    this.wheel = null;
    if (window.onblur === this.onblur) window.onblur = null;
    if (window.onfocus === this.onfocus) window.onfocus = null;
    const sprite = (
      game.textures as { tileSprite?: { canvas?: HTMLCanvasElement | null; fillCanvas?: HTMLCanvasElement | null } }
    ).tileSprite;
    for (const canvas of [sprite?.canvas, sprite?.fillCanvas]) {
      if (canvas) Phaser.Display.Canvas.CanvasPool.remove(canvas);
    }
  }
}

/**
 * What the map shows, as counts on the canvas (data-mode, data-scene, data-partners, data-bonds,
 * data-markers; the map scene adds where it drew them, data-drawn): for tests and the benchmark, which
 * cannot look inside the canvas.
 */
function describe(canvas: HTMLCanvasElement, view: WorldView): void {
  const known = new Set(view.partners.filter((p) => p.known).map((p) => p.id));
  setData(canvas, 'mode', view.mode);
  setData(canvas, 'scene', view.scene);
  setData(canvas, 'partners', String(known.size));
  setData(canvas, 'bonds', String(view.bonds.filter((b) => known.has(b.a) && known.has(b.b)).length));
  setData(canvas, 'markers', String(view.markers.length));
}

/** Writing an attribute costs the page a style check even when the value is the same: only changes are written. */
function setData(element: HTMLElement, key: string, value: string): void {
  if (element.dataset[key] !== value) element.dataset[key] = value;
}

export async function mountWorld(
  parent: HTMLElement,
  options: { onMarker(choiceIndex: number): void },
): Promise<WorldHandle> {
  await fontsReady();
  let latest: WorldView = EMPTY_VIEW;
  let active: ViewScene | undefined;
  let destroyed = false;
  let drawnOn: HTMLCanvasElement | null = null;

  const bridge: WorldBridge = {
    view: () => latest,
    onMarker: (choiceIndex) => {
      if (!destroyed) options.onMarker(choiceIndex);
    },
    sceneReady: (scene) => {
      active = scene;
    },
    sceneGone: (scene) => {
      if (active === scene) active = undefined;
    },
    drawn: (map) => {
      if (drawnOn) setData(drawnOn, 'drawn', JSON.stringify(map));
    },
  };
  const title = new TitleScene(bridge);
  const map = new MapScene(bridge);

  const leftovers = new PhaserLeftovers();
  // The canvas has as many pixels as the screen shows (scenes zoom their cameras by as much).
  const resolution = deviceResolution();
  const game = await new Promise<Phaser.Game>((resolve) => {
    new Phaser.Game({
      type: useCanvasRenderer() ? Phaser.CANVAS : Phaser.WEBGL,
      parent,
      width: DESIGN_WIDTH * resolution,
      height: DESIGN_HEIGHT * resolution,
      backgroundColor: '#dfe6c8',
      banner: false,
      disableContextMenu: false,
      // The DOM app owns the keyboard: Phaser must not catch keys (Space, digits) from the page.
      input: { keyboard: false, gamepad: false, mouse: true, touch: true },
      audio: { noAudio: true },
      scale: {
        mode: Phaser.Scale.FIT,
        autoCenter: Phaser.Scale.CENTER_BOTH,
        width: DESIGN_WIDTH * resolution,
        height: DESIGN_HEIGHT * resolution,
      },
      scene: [],
      callbacks: {
        postBoot: (booted) => {
          // Phaser adds its page listeners in the rest of this same call: note them.
          leftovers.watch();
          resolve(booted);
        },
      },
    });
  });

  const canvas = game.canvas;
  // Decorative for assistive technology: everything it shows is also in the DOM.
  canvas.setAttribute('aria-hidden', 'true');
  canvas.setAttribute('role', 'presentation');
  drawnOn = canvas;
  canvas.dataset['running'] = String(game.loop.running);
  game.scene.add(SCENE_KEYS.title, title, false);
  game.scene.add(SCENE_KEYS.map, map, false);
  const gl = game.renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer ? game.renderer.gl : null;

  let mode: WorldView['mode'] | undefined;

  return {
    update(view: WorldView): void {
      if (destroyed) return;
      latest = view;
      describe(canvas, view);
      if (view.mode !== mode) {
        mode = view.mode;
        delete canvas.dataset['drawn'];
        const [show, hide] =
          view.mode === 'title' ? [SCENE_KEYS.title, SCENE_KEYS.map] : [SCENE_KEYS.map, SCENE_KEYS.title];
        active = undefined;
        if (game.scene.isActive(hide) || game.scene.isPaused(hide)) game.scene.stop(hide);
        game.scene.start(show);
        return;
      }
      active?.applyView(view);
    },
    setRunning(running: boolean): void {
      if (destroyed || running === game.loop.running) return;
      if (running) game.loop.wake();
      else game.loop.sleep();
      canvas.dataset['running'] = String(game.loop.running);
    },
    destroy(): void {
      if (destroyed) return;
      destroyed = true;
      active = undefined;
      leftovers.noteInput(game);
      game.events.once(Phaser.Core.Events.DESTROY, () => {
        // Runs after Phaser's own clean-up (its texture manager listens first).
        leftovers.release(game);
        // Give the GPU context back now rather than whenever the collector gets to it.
        setTimeout(() => gl?.getExtension('WEBGL_lose_context')?.loseContext(), 0);
      });
      game.destroy(true);
      // Phaser destroys on its next frame; a hidden page or a sleeping loop has none, so do not wait for one.
      if (document.hidden || !game.loop.running) (game as unknown as { runDestroy(): void }).runDestroy();
    },
  };
}
