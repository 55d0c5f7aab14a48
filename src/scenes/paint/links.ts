// Trust links and bonds, drawn as shapes by Phaser's Graphics over the backdrop image: a change of trust
// redraws a few dozen shapes instead of painting and uploading a full-screen picture.
import type Phaser from 'phaser';
import { capsule, dashes, quadraticPoints } from '../../map/layout.ts';
import type { LinkStyle, Point } from '../../map/layout.ts';

type Graphics = Phaser.GameObjects.Graphics;

export interface Casing {
  readonly colour: number;
  readonly alpha: number;
}

export function cssColour(n: number): string {
  return `#${n.toString(16).padStart(6, '0')}`;
}

/** A straight link with rounded ends on a pale casing, so it reads over any backdrop. */
export function drawTrustLink(g: Graphics, start: Point, end: Point, style: LinkStyle, casing: Casing): void {
  g.fillStyle(casing.colour, casing.alpha);
  fillPolygon(g, capsule(start, end, style.width + 5));
  g.fillStyle(style.colour, 1);
  fillPolygon(g, capsule(start, end, style.width));
}

/** A bond's dashes: each casing dash is a little longer than the coloured dash it carries. */
export interface BondDashes {
  readonly casing: readonly Point[][];
  readonly line: readonly Point[][];
}

/** Cut once per layout: a bond's curve only moves when the partners do. */
export function bondDashes(start: Point, control: Point, end: Point): BondDashes {
  const curve = quadraticPoints(start, control, end, 24);
  return { casing: dashes(curve, 14, 6), line: dashes(curve, 12, 8, 1) };
}

/** A bond: a dashed curve, thinner than the trust links. */
export function drawBond(g: Graphics, cut: BondDashes, style: LinkStyle, casing: Casing): void {
  g.lineStyle(style.width + 4, casing.colour, casing.alpha);
  for (const dash of cut.casing) strokePolyline(g, dash);
  g.lineStyle(style.width, style.colour, 1);
  for (const dash of cut.line) strokePolyline(g, dash);
}

function tracePath(g: Graphics, points: readonly Point[]): boolean {
  const first = points[0];
  if (!first) return false;
  g.beginPath();
  g.moveTo(first.x, first.y);
  for (let i = 1; i < points.length; i++) {
    const p = points[i];
    if (p) g.lineTo(p.x, p.y);
  }
  return true;
}

function fillPolygon(g: Graphics, points: readonly Point[]): void {
  if (!tracePath(g, points)) return;
  g.closePath();
  g.fillPath();
}

export function strokePolyline(g: Graphics, points: readonly Point[]): void {
  if (tracePath(g, points)) g.strokePath();
}
