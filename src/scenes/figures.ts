// The trust and bond figures on the links (« Confiance 52 », « Lien 40 »). For one look (palette, text size,
// words) there are at most 101 of each, so each figure is painted once, into a texture that every link
// showing it shares; the scene paints them ahead while the page is idle. A change of trust then shows a
// picture already painted, instead of measuring and painting text while the player waits.
import Phaser from 'phaser';
import { newCanvas } from './paint/brush.ts';
import { labelCanvasSize, layoutLabel, paintLabel } from './paint/label.ts';
import type { LabelSpec } from './paint/label.ts';
import { addPainted } from './textures.ts';

/** A painted figure: its texture, the size of its box (without the border's overhang) and its centre. */
export interface PaintedFigure {
  readonly key: string;
  readonly boxWidth: number;
  readonly boxHeight: number;
  readonly originX: number;
  readonly originY: number;
}

/** A figure is a whole number from 0 to 100: as many values of each kind. */
export const FIGURE_VALUES = 101;

let serial = 0;

export type FigureKind = 'trust' | 'bond';

export class FigureCache {
  private readonly painted: Record<FigureKind, Map<number, PaintedFigure>> = { trust: new Map(), bond: new Map() };

  /** Painted at the game's resolution, shown at 1/resolution (see resolution.ts). */
  constructor(
    private readonly textures: Phaser.Textures.TextureManager,
    private readonly resolution: number,
  ) {}

  /** How many figures are painted. */
  get size(): number {
    return this.painted.trust.size + this.painted.bond.size;
  }

  has(kind: FigureKind, value: number): boolean {
    return this.painted[kind].has(value);
  }

  /**
   * The picture of a figure (a whole number), painted from `look` when it was not painted before: within one
   * look, a kind and a value always give the same picture (clear() starts a new look).
   */
  get(kind: FigureKind, value: number, look: (value: number) => LabelSpec): PaintedFigure {
    const known = this.painted[kind].get(value);
    if (known) return known;
    const spec = look(value);
    const layout = layoutLabel(spec);
    const size = labelCanvasSize(layout, spec);
    const r = this.resolution;
    const { canvas, ctx } = newCanvas(size.width, size.height, r);
    paintLabel(ctx, spec, layout, 0, 0);
    serial += 1;
    const key = `figure-${serial}`;
    addPainted(this.textures, key, canvas);
    const figure: PaintedFigure = {
      key,
      boxWidth: layout.width,
      boxHeight: layout.height,
      // Centred on the box, not on the box and the border's overhang.
      originX: (layout.width / 2 + spec.borderWidth / 2) * r,
      originY: (layout.height / 2 + spec.borderWidth / 2) * r,
    };
    this.painted[kind].set(value, figure);
    return figure;
  }

  /**
   * Forgets every figure and gives their textures back: for a new look, when every figure shown is about
   * to be shown again in it (and when the scene closes).
   */
  clear(): void {
    for (const painted of [this.painted.trust, this.painted.bond]) {
      for (const figure of painted.values()) {
        if (this.textures.exists(figure.key)) this.textures.remove(figure.key);
      }
      painted.clear();
    }
  }
}

/** A figure on the map: an image of a shared painted figure, with the size of its box for placing things. */
export class FigureLabel extends Phaser.GameObjects.Image {
  private shownKey = '';
  private boxWidth = 0;
  private boxHeight = 0;

  constructor(scene: Phaser.Scene, x: number, y: number, resolution: number) {
    super(scene, x, y, '__DEFAULT');
    this.setScale(1 / resolution).setVisible(false);
    scene.add.existing(this);
  }

  get pillWidth(): number {
    return this.boxWidth;
  }

  get pillHeight(): number {
    return this.boxHeight;
  }

  show(figure: PaintedFigure): this {
    if (figure.key === this.shownKey) return this;
    this.shownKey = figure.key;
    this.setTexture(figure.key).setVisible(true);
    this.setDisplayOrigin(figure.originX, figure.originY);
    this.boxWidth = figure.boxWidth;
    this.boxHeight = figure.boxHeight;
    return this;
  }
}
