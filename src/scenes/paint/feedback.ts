// The short labels that float up from a partner when trust or a bond changes ("Confiance +5"): bold text
// on a white outline, painted once per wording and colour and shared by every label that says it.
import { FONT_FAMILY } from '../../map/palette.ts';
import { newCanvas } from './brush.ts';

const OUTLINE = 5;

export function paintFeedback(text: string, size: number, colour: string, resolution: number): HTMLCanvasElement {
  const font = `bold ${size}px ${FONT_FAMILY}`;
  const probe = newCanvas(1, 1).ctx;
  probe.font = font;
  const width = Math.ceil(probe.measureText(text).width) + OUTLINE * 2;
  const height = Math.ceil(size * 1.3) + OUTLINE * 2;
  const { canvas, ctx } = newCanvas(width, height, resolution);
  ctx.font = font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = OUTLINE;
  ctx.strokeStyle = '#ffffff';
  ctx.strokeText(text, width / 2, height / 2);
  ctx.fillStyle = colour;
  ctx.fillText(text, width / 2, height / 2);
  return canvas;
}
