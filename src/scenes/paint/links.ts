// Trust links and bonds, painted with the backdrop into one picture each time the view changes.
import type { LinkStyle, Point } from '../../map/layout.ts';
import type { Ctx } from './brush.ts';

export interface Casing {
  readonly colour: string;
  readonly alpha: number;
}

export function cssColour(n: number): string {
  return `#${n.toString(16).padStart(6, '0')}`;
}

/** A straight link with rounded ends on a pale casing, so it reads over any backdrop. */
export function paintTrustLink(ctx: Ctx, start: Point, end: Point, style: LinkStyle, casing: Casing): void {
  ctx.save();
  ctx.lineCap = 'round';
  ctx.globalAlpha = casing.alpha;
  ctx.strokeStyle = casing.colour;
  ctx.lineWidth = style.width + 5;
  ctx.beginPath();
  ctx.moveTo(start.x, start.y);
  ctx.lineTo(end.x, end.y);
  ctx.stroke();
  ctx.globalAlpha = 1;
  ctx.strokeStyle = cssColour(style.colour);
  ctx.lineWidth = style.width;
  ctx.stroke();
  ctx.restore();
}

/** A bond: a dashed curve, thinner than the trust links. */
export function paintBond(ctx: Ctx, start: Point, control: Point, end: Point, style: LinkStyle, casing: Casing): void {
  ctx.save();
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(start.x, start.y);
  ctx.quadraticCurveTo(control.x, control.y, end.x, end.y);
  ctx.globalAlpha = casing.alpha;
  ctx.strokeStyle = casing.colour;
  ctx.lineWidth = style.width + 4;
  ctx.setLineDash([14, 6]);
  ctx.stroke();
  ctx.globalAlpha = 1;
  ctx.strokeStyle = cssColour(style.colour);
  ctx.lineWidth = style.width;
  ctx.setLineDash([12, 8]);
  ctx.lineDashOffset = -1;
  ctx.stroke();
  ctx.restore();
}
