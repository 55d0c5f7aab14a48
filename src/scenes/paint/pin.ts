// A choice's marker on the map: a round pin with the choice's number, the number of its button and of
// its key. The choice's words are in the button beside the map (and in a tooltip on the pin when the
// pointer is over it): on the map they would hide the network.
import { FONT_FAMILY } from '../../map/palette.ts';
import { newCanvas } from './brush.ts';

/** The pin's radius in design pixels, its white ring included. */
export const PIN_RADIUS = 15;
const RING = 2.5;
const SHADOW = 2;

export function paintPin(label: string, fill: string, ink: string, resolution: number): HTMLCanvasElement {
  const size = PIN_RADIUS * 2 + SHADOW;
  const { canvas, ctx } = newCanvas(size, size, resolution);
  const c = PIN_RADIUS;
  ctx.fillStyle = 'rgba(31, 42, 32, 0.3)';
  ctx.beginPath();
  ctx.arc(c, c + SHADOW, PIN_RADIUS, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.arc(c, c, PIN_RADIUS, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = fill;
  ctx.beginPath();
  ctx.arc(c, c, PIN_RADIUS - RING, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = ink;
  ctx.font = `bold ${label.length > 1 ? 14 : 17}px ${FONT_FAMILY}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(label, c, c + 1);
  return canvas;
}
