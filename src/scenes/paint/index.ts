// Every backdrop is painted once, on demand, into a canvas that becomes a Phaser texture.
import type { SceneId } from '../../engine/ids.ts';
import { DESIGN_HEIGHT, DESIGN_WIDTH } from '../../map/layout.ts';
import { newCanvas } from './brush.ts';
import { paintChannel, paintMeeting, paintOffice, paintPhone } from './interiors.ts';
import { paintTerritory } from './territory.ts';
import { paintTitle } from './title.ts';

export type BackdropName = 'title' | SceneId;

export function paintBackdrop(name: BackdropName, highContrast: boolean): HTMLCanvasElement {
  const { canvas, ctx } = newCanvas(DESIGN_WIDTH, DESIGN_HEIGHT);
  switch (name) {
    case 'title':
      paintTitle(ctx, DESIGN_WIDTH, DESIGN_HEIGHT);
      break;
    case 'territory':
      paintTerritory(ctx, DESIGN_WIDTH, DESIGN_HEIGHT);
      break;
    case 'office':
      paintOffice(ctx, DESIGN_WIDTH, DESIGN_HEIGHT);
      break;
    case 'meeting':
      paintMeeting(ctx, DESIGN_WIDTH, DESIGN_HEIGHT);
      break;
    case 'phone':
      paintPhone(ctx, DESIGN_WIDTH, DESIGN_HEIGHT);
      break;
    case 'channel':
      paintChannel(ctx, DESIGN_WIDTH, DESIGN_HEIGHT);
      break;
    default: {
      const never: never = name;
      throw new Error(`unknown backdrop ${String(never)}`);
    }
  }
  if (highContrast) {
    // Quieter picture, so that the map drawn over it stands out.
    ctx.fillStyle = 'rgba(255, 255, 255, 0.55)';
    ctx.fillRect(0, 0, DESIGN_WIDTH, DESIGN_HEIGHT);
  }
  return canvas;
}
