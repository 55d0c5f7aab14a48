// Small drawing helpers for the painted backdrops (Canvas 2D, painted once into a texture).
import { draw, seedState } from '../../engine/rng.ts';

export type Ctx = CanvasRenderingContext2D;

/** Seeded randomness, so that every backdrop is the same picture each time. */
export class Brush {
  private state: number;

  constructor(seed: number) {
    this.state = seedState(seed);
  }

  next(): number {
    const d = draw(this.state);
    this.state = d.next;
    return d.value;
  }

  range(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  pick<T>(list: readonly T[]): T {
    const item = list[Math.floor(this.next() * list.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
}

/** A canvas of width × height units, `resolution` pixels per unit (painting is in units). */
export function newCanvas(width: number, height: number, resolution = 1): { canvas: HTMLCanvasElement; ctx: Ctx } {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * resolution);
  canvas.height = Math.ceil(height * resolution);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  if (resolution !== 1) ctx.scale(resolution, resolution);
  return { canvas, ctx };
}

export function roundRect(ctx: Ctx, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

export function fillRoundRect(ctx: Ctx, x: number, y: number, w: number, h: number, r: number, fill: string): void {
  roundRect(ctx, x, y, w, h, r);
  ctx.fillStyle = fill;
  ctx.fill();
}

export function verticalGradient(ctx: Ctx, y0: number, y1: number, stops: readonly [number, string][]): CanvasGradient {
  const g = ctx.createLinearGradient(0, y0, 0, y1);
  for (const [at, colour] of stops) g.addColorStop(at, colour);
  return g;
}

/** A soft round glow. */
export function glow(ctx: Ctx, x: number, y: number, r: number, colour: string, alpha: number): void {
  const g = ctx.createRadialGradient(x, y, 0, x, y, r);
  g.addColorStop(0, withAlpha(colour, alpha));
  g.addColorStop(1, withAlpha(colour, 0));
  ctx.fillStyle = g;
  ctx.fillRect(x - r, y - r, r * 2, r * 2);
}

/** '#rrggbb' with an alpha, as rgba(). */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Lighter (t > 0) or darker (t < 0) version of a '#rrggbb' colour. */
export function shade(hex: string, t: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const f = (c: number): number => Math.round(t >= 0 ? c + (255 - c) * t : c * (1 + t));
  const r = f((n >> 16) & 255);
  const g = f((n >> 8) & 255);
  const b = f(n & 255);
  return `#${((r << 16) | (g << 8) | b).toString(16).padStart(6, '0')}`;
}

/** A ridge line made of a few sines: hills, hedges, banks. */
export function ridge(brush: Brush, width: number, base: number, amplitude: number, waves = 3): (x: number) => number {
  const parts = Array.from({ length: waves }, (_, i) => ({
    freq: (0.6 + i * 1.3 + brush.range(0, 0.6)) * ((2 * Math.PI) / width),
    phase: brush.range(0, 2 * Math.PI),
    amp: amplitude / (i + 1),
  }));
  return (x) => base - parts.reduce((sum, p) => sum + Math.sin(x * p.freq + p.phase) * p.amp, 0);
}

export function fillBelow(
  ctx: Ctx,
  width: number,
  height: number,
  line: (x: number) => number,
  fill: string | CanvasGradient,
): void {
  ctx.beginPath();
  ctx.moveTo(0, height);
  for (let x = 0; x <= width; x += 8) ctx.lineTo(x, line(x));
  ctx.lineTo(width, height);
  ctx.closePath();
  ctx.fillStyle = fill;
  ctx.fill();
}

/** A round tree seen from the side: trunk, crown, a lighter side where the sun is. */
export function roundTree(ctx: Ctx, x: number, y: number, size: number, crown: string): void {
  ctx.fillStyle = '#7a5a43';
  ctx.fillRect(x - size * 0.08, y - size * 0.55, size * 0.16, size * 0.55);
  ctx.fillStyle = crown;
  ctx.beginPath();
  ctx.arc(x, y - size * 0.95, size * 0.55, 0, Math.PI * 2);
  ctx.arc(x - size * 0.32, y - size * 0.72, size * 0.38, 0, Math.PI * 2);
  ctx.arc(x + size * 0.34, y - size * 0.74, size * 0.36, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = shade(crown, 0.22);
  ctx.beginPath();
  ctx.arc(x + size * 0.16, y - size * 1.12, size * 0.24, 0, Math.PI * 2);
  ctx.fill();
}

/** A poplar: tall and narrow. */
export function poplar(ctx: Ctx, x: number, y: number, size: number, crown: string): void {
  ctx.fillStyle = '#6f523d';
  ctx.fillRect(x - size * 0.05, y - size * 0.3, size * 0.1, size * 0.3);
  ctx.fillStyle = crown;
  ctx.beginPath();
  ctx.ellipse(x, y - size * 1.05, size * 0.22, size * 0.85, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = shade(crown, 0.2);
  ctx.beginPath();
  ctx.ellipse(x + size * 0.07, y - size * 1.2, size * 0.09, size * 0.55, 0, 0, Math.PI * 2);
  ctx.fill();
}

/** A tree seen from above: a round crown with a shadow. */
export function treeTop(ctx: Ctx, x: number, y: number, r: number, crown: string): void {
  ctx.fillStyle = 'rgba(60, 70, 40, 0.18)';
  ctx.beginPath();
  ctx.arc(x + r * 0.35, y + r * 0.4, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = crown;
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = shade(crown, 0.18);
  ctx.beginPath();
  ctx.arc(x - r * 0.3, y - r * 0.3, r * 0.45, 0, Math.PI * 2);
  ctx.fill();
}

/** A house seen from the side: walls, a pitched roof, windows and a door. */
export function house(
  ctx: Ctx,
  x: number,
  ground: number,
  w: number,
  h: number,
  colours: { wall: string; roof: string; window: string },
): void {
  ctx.fillStyle = colours.wall;
  ctx.fillRect(x, ground - h, w, h);
  ctx.fillStyle = shade(colours.wall, -0.1);
  ctx.fillRect(x + w * 0.82, ground - h, w * 0.18, h);
  ctx.fillStyle = colours.roof;
  ctx.beginPath();
  ctx.moveTo(x - w * 0.08, ground - h);
  ctx.lineTo(x + w / 2, ground - h - h * 0.62);
  ctx.lineTo(x + w * 1.08, ground - h);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = colours.window;
  const win = Math.max(2, w * 0.16);
  ctx.fillRect(x + w * 0.18, ground - h * 0.72, win, win);
  ctx.fillRect(x + w * 0.62, ground - h * 0.72, win, win);
  ctx.fillStyle = shade(colours.roof, -0.25);
  ctx.fillRect(x + w * 0.42, ground - h * 0.42, w * 0.16, h * 0.42);
}

/** Fine paper grain over the whole picture. */
export function grain(ctx: Ctx, width: number, height: number, brush: Brush, amount: number): void {
  const image = ctx.getImageData(0, 0, width, height);
  const data = image.data;
  for (let i = 0; i < data.length; i += 4) {
    const n = (brush.next() - 0.5) * amount;
    data[i] = (data[i] ?? 0) + n;
    data[i + 1] = (data[i + 1] ?? 0) + n;
    data[i + 2] = (data[i + 2] ?? 0) + n;
  }
  ctx.putImageData(image, 0, 0);
}

/** Darkens the corners a little, to hold the eye in the middle. */
export function vignette(ctx: Ctx, width: number, height: number, strength: number): void {
  const g = ctx.createRadialGradient(width / 2, height / 2, height * 0.35, width / 2, height / 2, width * 0.72);
  g.addColorStop(0, 'rgba(30, 40, 30, 0)');
  g.addColorStop(1, `rgba(30, 40, 30, ${strength})`);
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, width, height);
}
