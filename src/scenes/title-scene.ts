// The title backdrop: the painted valley, with clouds drifting slowly (still when motion is reduced).
import Phaser from 'phaser';
import { CLOUD_COUNT, SCENE_KEYS, TEXTURE_KEYS } from './keys.ts';
import { DESIGN_HEIGHT, DESIGN_WIDTH } from '../map/layout.ts';
import { ensureBackdrop, ensureClouds } from './textures.ts';
import type { WorldBridge } from './bridge.ts';
import type { WorldView } from '../map/world-view.ts';

interface Cloud {
  readonly image: Phaser.GameObjects.Image;
  readonly speed: number;
}

const CLOUDS: readonly { x: number; y: number; scale: number; speed: number }[] = [
  { x: 180, y: 96, scale: 1, speed: 7 },
  { x: 560, y: 60, scale: 0.7, speed: 5 },
  { x: 860, y: 140, scale: 0.85, speed: 6 },
  { x: 1180, y: 80, scale: 0.6, speed: 4 },
];

export class TitleScene extends Phaser.Scene {
  private backdrop: Phaser.GameObjects.Image | undefined;
  private clouds: Cloud[] = [];
  private highContrast = false;
  private reducedMotion = false;

  constructor(private readonly bridge: WorldBridge) {
    super({ key: SCENE_KEYS.title });
  }

  init(): void {
    this.backdrop = undefined;
    this.clouds = [];
    this.highContrast = false;
    this.reducedMotion = false;
  }

  create(): void {
    const view = this.bridge.view();
    this.highContrast = view.highContrast;
    this.reducedMotion = view.reducedMotion;
    ensureClouds(this.textures);
    this.backdrop = this.add
      .image(0, 0, ensureBackdrop(this.textures, 'title', this.highContrast))
      .setOrigin(0, 0)
      .setDisplaySize(DESIGN_WIDTH, DESIGN_HEIGHT);
    this.clouds = CLOUDS.map((c, i) => ({
      image: this.add
        .image(c.x, c.y, TEXTURE_KEYS.cloud(i % CLOUD_COUNT))
        .setScale(c.scale)
        .setAlpha(this.highContrast ? 0.5 : 0.92),
      speed: c.speed,
    }));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.shutdown();
    });
    this.bridge.sceneReady(this);
  }

  applyView(view: WorldView): void {
    if (!this.backdrop) return;
    if (view.highContrast !== this.highContrast) {
      this.highContrast = view.highContrast;
      this.backdrop.setTexture(ensureBackdrop(this.textures, 'title', this.highContrast));
      for (const c of this.clouds) c.image.setAlpha(this.highContrast ? 0.5 : 0.92);
    }
    this.reducedMotion = view.reducedMotion;
  }

  override update(_time: number, delta: number): void {
    if (this.reducedMotion) return;
    for (const c of this.clouds) {
      const img = c.image;
      img.x += (c.speed * delta) / 1000;
      if (img.x - img.displayWidth / 2 > DESIGN_WIDTH) img.x = -img.displayWidth / 2;
    }
  }

  private shutdown(): void {
    this.clouds = [];
    this.backdrop = undefined;
    this.bridge.sceneGone(this);
  }
}
