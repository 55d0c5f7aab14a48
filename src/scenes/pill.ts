// A label on the map: painted into its own small canvas texture, drawn as one image, centred on its position.
import Phaser from 'phaser';
import { labelCanvasSize, layoutLabel, paintLabel } from './paint/label.ts';
import type { LabelSpec } from './paint/label.ts';
import { resolutionOf } from './resolution.ts';

let serial = 0;

export class Pill extends Phaser.GameObjects.Image {
  private readonly key: string;
  private canvasTexture: Phaser.Textures.CanvasTexture | null;
  private signature = '';
  private boxWidth = 0;
  private boxHeight = 0;
  /** Painted at the game's resolution, shown at 1/resolution: sharp on a 2× screen. */
  private readonly resolution: number;

  constructor(scene: Phaser.Scene, x: number, y: number) {
    serial += 1;
    const key = `pill-${serial}`;
    const texture = scene.textures.createCanvas(key, 4, 4);
    super(scene, x, y, key);
    this.key = key;
    this.canvasTexture = texture;
    this.resolution = resolutionOf(scene);
    this.setScale(1 / this.resolution);
    scene.add.existing(this);
  }

  /** The label's own box (without its shadow), for placing things around it. */
  get pillWidth(): number {
    return this.boxWidth;
  }

  get pillHeight(): number {
    return this.boxHeight;
  }

  /** Repaints only when the text or the look changed. */
  set(spec: LabelSpec): this {
    const signature = JSON.stringify(spec);
    const texture = this.canvasTexture;
    if (signature === this.signature || !texture) return this;
    this.signature = signature;
    const ctx = texture.getContext();
    const layout = layoutLabel(spec);
    const size = labelCanvasSize(layout, spec);
    const r = this.resolution;
    const width = Math.ceil(size.width * r);
    const height = Math.ceil(size.height * r);
    // The canvas only grows: a new size would allocate a new canvas (and a new texture on the GPU) at each
    // change of text; the image shows the painted corner of it.
    if (width > texture.width || height > texture.height) {
      texture.setSize(Math.max(width, texture.width), Math.max(height, texture.height));
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, texture.width, texture.height);
    ctx.setTransform(r, 0, 0, r, 0, 0);
    paintLabel(ctx, spec, layout, 0, 0);
    texture.get().setSize(width, height, 0, 0);
    texture.refresh();
    this.boxWidth = layout.width;
    this.boxHeight = layout.height;
    this.setSizeToFrame();
    // Centre on the box, not on the box and its shadow.
    this.setDisplayOrigin(
      (layout.width / 2 + spec.borderWidth / 2) * r,
      (layout.height / 2 + spec.borderWidth / 2) * r,
    );
    return this;
  }

  override destroy(fromScene?: boolean): void {
    super.destroy(fromScene);
    // The scene's texture manager is shared by the whole game: give the canvas back.
    const textures = this.canvasTexture?.manager;
    this.canvasTexture = null;
    if (textures?.exists(this.key)) textures.remove(this.key);
  }
}
