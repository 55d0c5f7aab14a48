// Hosts the territory map (Phaser, loaded lazily in its own chunk) behind the DOM screens. The map
// is mounted once and moved between the title backdrop and the play screen's map area.
import { h } from './dom.ts';
import type { MountWorld, WorldHandle, WorldView } from '../map/world-view.ts';

export class WorldHost {
  /** The element Phaser draws in: it fills whatever it is placed in. */
  readonly el: HTMLDivElement = h('div', { class: 'world' });
  private handle: WorldHandle | null = null;
  private loading: Promise<void> | null = null;
  private view: WorldView | null = null;
  private visible = true;
  private markerHandler: ((choiceIndex: number) => void) | null = null;

  private readonly resizeObserver: ResizeObserver | null;
  private nudge = 0;

  /** `loadWorld` brings the Phaser map (src/scenes/world.ts), given by the entry point. */
  constructor(
    private readonly backdrop: HTMLElement,
    private readonly loadWorld: () => Promise<MountWorld>,
  ) {
    backdrop.append(this.el);
    // Phaser only polls its parent's size twice a second: tell it at once when the map area changes.
    this.resizeObserver =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            cancelAnimationFrame(this.nudge);
            this.nudge = requestAnimationFrame(() => {
              window.dispatchEvent(new Event('resize'));
            });
          });
    this.resizeObserver?.observe(this.el);
  }

  /** Starts loading the map (once); the DOM is usable meanwhile. */
  load(): Promise<void> {
    this.loading ??= this.mount();
    return this.loading;
  }

  private async mount(): Promise<void> {
    try {
      const mountWorld = await this.loadWorld();
      this.handle = await mountWorld(this.el, {
        onMarker: (choiceIndex) => {
          this.markerHandler?.(choiceIndex);
        },
      });
      if (this.view) this.handle.update(this.view);
      this.handle.setRunning(this.visible);
    } catch (error) {
      // The game stays playable without the map: the HUD shows the same network in text.
      console.error('The territory map could not start:', error);
    }
  }

  show(view: WorldView): void {
    this.view = view;
    this.handle?.update(view);
  }

  /** Places the map in `slot` (the play screen's map area), or back behind the screens. */
  attach(slot: HTMLElement | null): void {
    const parent = slot ?? this.backdrop;
    if (this.el.parentElement !== parent) parent.append(this.el);
  }

  /** Marker clicks go to the play session of the screen on show (null: nobody listens). */
  onMarker(handler: ((choiceIndex: number) => void) | null): void {
    this.markerHandler = handler;
  }

  /** Shows or hides the map behind the screens; a hidden map draws no frames (it would cost the page for nothing). */
  setVisible(visible: boolean): void {
    this.visible = visible;
    this.backdrop.hidden = !visible;
    this.handle?.setRunning(visible);
  }

  destroy(): void {
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.nudge);
    this.handle?.destroy();
    this.handle = null;
    this.loading = null;
  }
}
