// Sector badges (a white glyph on the sector's colour) and Relais Insertion's building, painted once.
import { SECTORS } from '../../engine/ids.ts';
import type { Sector } from '../../engine/ids.ts';
import { SECTOR_COLOURS } from '../../map/palette.ts';
import { fillRoundRect, newCanvas, shade } from './brush.ts';
import type { Ctx } from './brush.ts';

/** Glyphs are drawn in a 64 px box, then scaled to the size asked for. */
const GLYPH_BOX = 64;

function glyph(ctx: Ctx, sector: Sector): void {
  ctx.fillStyle = '#ffffff';
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 4;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  switch (sector) {
    case 'emploi':
      fillRoundRect(ctx, 15, 24, 34, 23, 4, '#ffffff');
      ctx.strokeRect(26, 17, 12, 8);
      break;
    case 'entreprise':
      ctx.beginPath();
      ctx.moveTo(14, 48);
      ctx.lineTo(14, 30);
      ctx.lineTo(24, 36);
      ctx.lineTo(24, 30);
      ctx.lineTo(34, 36);
      ctx.lineTo(34, 18);
      ctx.lineTo(42, 18);
      ctx.lineTo(42, 30);
      ctx.lineTo(50, 30);
      ctx.lineTo(50, 48);
      ctx.closePath();
      ctx.fill();
      break;
    case 'formation':
      ctx.beginPath();
      ctx.moveTo(32, 16);
      ctx.lineTo(54, 27);
      ctx.lineTo(32, 38);
      ctx.lineTo(10, 27);
      ctx.closePath();
      ctx.fill();
      ctx.beginPath();
      ctx.moveTo(20, 33);
      ctx.lineTo(20, 42);
      ctx.quadraticCurveTo(32, 50, 44, 42);
      ctx.lineTo(44, 33);
      ctx.lineTo(32, 39);
      ctx.closePath();
      ctx.fill();
      ctx.beginPath();
      ctx.moveTo(50, 29);
      ctx.lineTo(50, 42);
      ctx.stroke();
      break;
    case 'langue':
      fillRoundRect(ctx, 11, 14, 28, 20, 6, '#ffffff');
      ctx.beginPath();
      ctx.moveTo(17, 32);
      ctx.lineTo(15, 40);
      ctx.lineTo(25, 33);
      ctx.fill();
      ctx.globalAlpha = 0.8;
      fillRoundRect(ctx, 27, 28, 26, 18, 6, '#ffffff');
      ctx.beginPath();
      ctx.moveTo(46, 44);
      ctx.lineTo(49, 51);
      ctx.lineTo(40, 45);
      ctx.fill();
      ctx.globalAlpha = 1;
      break;
    case 'administratif':
      ctx.beginPath();
      ctx.moveTo(19, 12);
      ctx.lineTo(38, 12);
      ctx.lineTo(47, 21);
      ctx.lineTo(47, 52);
      ctx.lineTo(19, 52);
      ctx.closePath();
      ctx.fill();
      ctx.strokeStyle = SECTOR_COLOURS.administratif;
      ctx.lineWidth = 3;
      for (const y of [27, 35, 43]) {
        ctx.beginPath();
        ctx.moveTo(25, y);
        ctx.lineTo(41, y);
        ctx.stroke();
      }
      break;
    case 'ressources':
      ctx.beginPath();
      ctx.arc(32, 32, 18, 0, Math.PI * 2);
      ctx.fill();
      ctx.strokeStyle = SECTOR_COLOURS.ressources;
      ctx.lineWidth = 3.5;
      ctx.beginPath();
      ctx.arc(34, 32, 9, Math.PI * 0.3, Math.PI * 1.7);
      ctx.stroke();
      ctx.beginPath();
      ctx.moveTo(22, 29);
      ctx.lineTo(33, 29);
      ctx.moveTo(22, 35);
      ctx.lineTo(33, 35);
      ctx.stroke();
      break;
    case 'garde_enfants':
      ctx.beginPath();
      ctx.moveTo(14, 28);
      ctx.lineTo(46, 28);
      ctx.quadraticCurveTo(46, 42, 32, 42);
      ctx.lineTo(26, 42);
      ctx.quadraticCurveTo(14, 42, 14, 28);
      ctx.fill();
      ctx.beginPath();
      ctx.moveTo(30, 28);
      ctx.arc(30, 28, 14, Math.PI, Math.PI * 1.5);
      ctx.closePath();
      ctx.fill();
      ctx.beginPath();
      ctx.moveTo(46, 28);
      ctx.lineTo(52, 18);
      ctx.stroke();
      ctx.beginPath();
      ctx.arc(21, 47, 4.5, 0, Math.PI * 2);
      ctx.arc(40, 47, 4.5, 0, Math.PI * 2);
      ctx.fill();
      break;
    case 'social':
      ctx.beginPath();
      ctx.arc(24, 23, 7, 0, Math.PI * 2);
      ctx.arc(41, 25, 6, 0, Math.PI * 2);
      ctx.fill();
      ctx.beginPath();
      ctx.moveTo(11, 48);
      ctx.quadraticCurveTo(11, 33, 24, 33);
      ctx.quadraticCurveTo(37, 33, 37, 48);
      ctx.closePath();
      ctx.fill();
      ctx.beginPath();
      ctx.moveTo(35, 36);
      ctx.quadraticCurveTo(38, 33, 42, 33);
      ctx.quadraticCurveTo(53, 33, 53, 46);
      ctx.lineTo(39, 46);
      ctx.closePath();
      ctx.fill();
      break;
    case 'logement':
      ctx.beginPath();
      ctx.moveTo(10, 32);
      ctx.lineTo(32, 13);
      ctx.lineTo(54, 32);
      ctx.closePath();
      ctx.fill();
      ctx.fillRect(17, 30, 30, 20);
      ctx.fillStyle = SECTOR_COLOURS.logement;
      ctx.fillRect(28, 36, 8, 14);
      break;
    case 'sante':
      fillRoundRect(ctx, 26, 13, 12, 38, 3, '#ffffff');
      fillRoundRect(ctx, 13, 26, 38, 12, 3, '#ffffff');
      break;
    case 'mobilite':
      fillRoundRect(ctx, 14, 14, 36, 30, 6, '#ffffff');
      ctx.fillStyle = SECTOR_COLOURS.mobilite;
      fillRoundRect(ctx, 18, 19, 28, 11, 2, SECTOR_COLOURS.mobilite);
      ctx.beginPath();
      ctx.arc(21, 37, 2.6, 0, Math.PI * 2);
      ctx.arc(43, 37, 2.6, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(17, 43, 7, 7);
      ctx.fillRect(40, 43, 7, 7);
      break;
    default: {
      const never: never = sector;
      throw new Error(`no glyph for ${String(never)}`);
    }
  }
}

/** One row of badges, one per sector, in the order of SECTORS (frame name = sector), each `size` px. */
export function paintSectorIcons(size: number): HTMLCanvasElement {
  const { canvas, ctx } = newCanvas(size * SECTORS.length, size);
  SECTORS.forEach((sector, i) => {
    ctx.save();
    ctx.translate(i * size, 0);
    ctx.scale(size / GLYPH_BOX, size / GLYPH_BOX);
    ctx.fillStyle = '#ffffff';
    ctx.beginPath();
    ctx.arc(32, 32, 31, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = SECTOR_COLOURS[sector];
    ctx.beginPath();
    ctx.arc(32, 32, 28, 0, Math.PI * 2);
    ctx.fill();
    ctx.translate(32, 32);
    ctx.scale(0.78, 0.78);
    ctx.translate(-32, -32);
    glyph(ctx, sector);
    ctx.restore();
  });
  return canvas;
}

const CENTRE_ICON_SIZE = 192;

/** The disc a partner's portrait sits in: soft shadow, a ring in the sector's colour (black in high contrast). */
export function paintNodeRing(sector: Sector, highContrast: boolean, radius: number): HTMLCanvasElement {
  const size = (radius + 8) * 2;
  const { canvas, ctx } = newCanvas(size, size);
  const c = size / 2;
  ctx.fillStyle = highContrast ? 'rgba(0, 0, 0, 0.35)' : 'rgba(31, 42, 32, 0.22)';
  ctx.beginPath();
  ctx.arc(c + 2, c + 3, radius + 5, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = highContrast ? '#000000' : SECTOR_COLOURS[sector];
  ctx.beginPath();
  ctx.arc(c, c, radius + 4, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#fffdf7';
  ctx.beginPath();
  ctx.arc(c, c, radius + 1, 0, Math.PI * 2);
  ctx.fill();
  return canvas;
}

/** Relais Insertion: a warm house with its door open, in a round medallion with its ring and shadow. */
export function paintCentre(highContrast: boolean, radius: number): HTMLCanvasElement {
  const s = CENTRE_ICON_SIZE;
  const k = (radius * 2) / s;
  const { canvas, ctx } = newCanvas(Math.ceil((s + 20) * k), Math.ceil((s + 20) * k));
  ctx.scale(k, k);
  ctx.fillStyle = highContrast ? 'rgba(0, 0, 0, 0.35)' : 'rgba(31, 42, 32, 0.22)';
  ctx.beginPath();
  ctx.arc(s / 2 + 10, s / 2 + 12, s / 2 + 4, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = highContrast ? '#000000' : '#fffdf7';
  ctx.beginPath();
  ctx.arc(s / 2 + 8, s / 2 + 8, s / 2 + 6, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#e9a23b';
  ctx.beginPath();
  ctx.arc(s / 2 + 8, s / 2 + 8, s / 2 + 1, 0, Math.PI * 2);
  ctx.fill();
  ctx.translate(8, 8);
  const c = s / 2;
  // (Painted in a 192 px box, scaled to the radius asked for.)
  const sky = ctx.createLinearGradient(0, 0, 0, s);
  sky.addColorStop(0, '#fdf3df');
  sky.addColorStop(1, '#f6dfb8');
  ctx.fillStyle = sky;
  ctx.beginPath();
  ctx.arc(c, c, c - 2, 0, Math.PI * 2);
  ctx.fill();
  ctx.save();
  ctx.beginPath();
  ctx.arc(c, c, c - 2, 0, Math.PI * 2);
  ctx.clip();
  ctx.fillStyle = '#a9c987';
  ctx.fillRect(0, 138, s, s);
  // The building.
  const wall = '#fbf3e4';
  ctx.fillStyle = shade(wall, -0.12);
  ctx.fillRect(116, 82, 34, 62);
  ctx.fillStyle = wall;
  ctx.fillRect(44, 72, 76, 72);
  ctx.fillStyle = '#d0704f';
  ctx.beginPath();
  ctx.moveTo(34, 76);
  ctx.lineTo(82, 34);
  ctx.lineTo(130, 76);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = '#b85f43';
  ctx.beginPath();
  ctx.moveTo(112, 60);
  ctx.lineTo(160, 86);
  ctx.lineTo(116, 86);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = '#f2b705';
  ctx.fillRect(70, 106, 24, 38);
  ctx.fillStyle = '#6d8192';
  for (const [x, y] of [
    [54, 84],
    [98, 84],
    [124, 98],
  ] as const) {
    fillRoundRect(ctx, x, y, 14, 14, 2, '#6d8192');
  }
  ctx.fillStyle = '#3e7cb1';
  ctx.fillRect(80, 20, 3, 18);
  ctx.fillRect(83, 20, 16, 10);
  // The footbridge in front.
  ctx.strokeStyle = '#8a6446';
  ctx.lineWidth = 7;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(18, 162);
  ctx.quadraticCurveTo(c, 128, s - 18, 162);
  ctx.stroke();
  ctx.strokeStyle = '#fffaf0';
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(22, 150);
  ctx.quadraticCurveTo(c, 116, s - 22, 150);
  ctx.stroke();
  ctx.restore();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  return canvas;
}
