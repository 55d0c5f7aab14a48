// The territory seen from above: a patchwork of fields, a river, roads, and the town in the middle.
import { CENTRE } from '../../map/layout.ts';
import { Brush, grain, shade, treeTop, vignette } from './brush.ts';
import type { Ctx } from './brush.ts';

const FIELD_COLOURS = [
  '#d3e0b0',
  '#c6d9a3',
  '#e6dfb0',
  '#d9e4bf',
  '#bfd39c',
  '#ebe3bf',
  '#cbdcae',
  '#dfe7c5',
  '#e2d9a4',
];
const CROWNS = ['#93b77c', '#86ad72', '#9fc087', '#7ea56c'];
const ROOFS = ['#d58a6a', '#c97a5c', '#dc9a74', '#b8745f', '#a78a7c'];

type Pt = { x: number; y: number };

/** The river: one smooth curve from the top left to the bottom right, passing under the town. */
function riverCurve(ctx: Ctx): void {
  ctx.beginPath();
  ctx.moveTo(-40, 150);
  ctx.bezierCurveTo(210, 170, 300, 470, 560, 468);
  ctx.bezierCurveTo(800, 466, 870, 400, 1010, 470);
  ctx.bezierCurveTo(1130, 530, 1180, 650, 1330, 690);
}

function roadCurves(): Pt[][] {
  return [
    [
      { x: -20, y: 372 },
      { x: 250, y: 330 },
      { x: 430, y: 352 },
      { x: CENTRE.x, y: CENTRE.y },
    ],
    [
      { x: CENTRE.x, y: CENTRE.y },
      { x: 860, y: 322 },
      { x: 1000, y: 250 },
      { x: 1300, y: 236 },
    ],
    [
      { x: 598, y: -20 },
      { x: 610, y: 120 },
      { x: 660, y: 220 },
      { x: CENTRE.x, y: CENTRE.y },
    ],
    [
      { x: CENTRE.x, y: CENTRE.y },
      { x: 620, y: 470 },
      { x: 700, y: 600 },
      { x: 690, y: 740 },
    ],
    [
      { x: -20, y: 650 },
      { x: 220, y: 610 },
      { x: 420, y: 590 },
      { x: 676, y: 560 },
    ],
  ];
}

function strokeCurve(ctx: Ctx, c: readonly Pt[]): void {
  const [a, b, d, e] = c;
  if (!a || !b || !d || !e) return;
  ctx.beginPath();
  ctx.moveTo(a.x, a.y);
  ctx.bezierCurveTo(b.x, b.y, d.x, d.y, e.x, e.y);
  ctx.stroke();
}

function bezierAt(c: readonly Pt[], t: number): Pt {
  const [a, b, d, e] = c;
  if (!a || !b || !d || !e) return { x: 0, y: 0 };
  const u = 1 - t;
  return {
    x: u * u * u * a.x + 3 * u * u * t * b.x + 3 * u * t * t * d.x + t * t * t * e.x,
    y: u * u * u * a.y + 3 * u * u * t * b.y + 3 * u * t * t * d.y + t * t * t * e.y,
  };
}

function drawFields(ctx: Ctx, brush: Brush, width: number, height: number): void {
  const cw = 118;
  const ch = 96;
  const cols = Math.ceil(width / cw) + 2;
  const rows = Math.ceil(height / ch) + 2;
  const corner: Pt[][] = [];
  for (let r = 0; r <= rows; r++) {
    const row: Pt[] = [];
    for (let c = 0; c <= cols; c++) {
      row.push({ x: (c - 1) * cw + brush.range(-26, 26) + (r % 2) * 30, y: (r - 1) * ch + brush.range(-20, 20) });
    }
    corner.push(row);
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const p = [corner[r]?.[c], corner[r]?.[c + 1], corner[r + 1]?.[c + 1], corner[r + 1]?.[c]];
      if (p.some((q) => q === undefined)) continue;
      const quad = p as Pt[];
      const colour = brush.pick(FIELD_COLOURS);
      const kind = brush.next();
      ctx.save();
      ctx.beginPath();
      for (const q of quad) ctx.lineTo(q.x, q.y);
      ctx.closePath();
      ctx.fillStyle = colour;
      ctx.fill();
      ctx.strokeStyle = '#b4c596';
      ctx.lineWidth = 3;
      ctx.stroke();
      ctx.clip();
      const cx = quad.reduce((s, q) => s + q.x, 0) / 4;
      const cy = quad.reduce((s, q) => s + q.y, 0) / 4;
      if (kind < 0.45) {
        // Furrows.
        const angle = brush.range(0, Math.PI);
        ctx.strokeStyle = 'rgba(120, 130, 80, 0.16)';
        ctx.lineWidth = 2;
        for (let k = -12; k <= 12; k++) {
          const ox = Math.cos(angle + Math.PI / 2) * k * 7;
          const oy = Math.sin(angle + Math.PI / 2) * k * 7;
          ctx.beginPath();
          ctx.moveTo(cx + ox - Math.cos(angle) * 120, cy + oy - Math.sin(angle) * 120);
          ctx.lineTo(cx + ox + Math.cos(angle) * 120, cy + oy + Math.sin(angle) * 120);
          ctx.stroke();
        }
      } else if (kind < 0.5) {
        // Orchard.
        for (let ox = -60; ox <= 60; ox += 17) {
          for (let oy = -50; oy <= 50; oy += 17) treeTop(ctx, cx + ox, cy + oy, 4.5, '#9dbd84');
        }
      } else if (kind < 0.62) {
        // Woodland.
        ctx.fillStyle = '#a9c58f';
        ctx.fill();
        for (let k = 0; k < 26; k++) {
          treeTop(ctx, cx + brush.range(-60, 60), cy + brush.range(-50, 50), brush.range(7, 12), brush.pick(CROWNS));
        }
      }
      ctx.restore();
      // A few bushes along hedges.
      if (brush.next() < 0.5) {
        const a = quad[0];
        const b = quad[1];
        if (a && b) {
          for (let k = 0.15; k < 0.9; k += 0.18) {
            treeTop(ctx, a.x + (b.x - a.x) * k, a.y + (b.y - a.y) * k, brush.range(3.5, 6), brush.pick(CROWNS));
          }
        }
      }
    }
  }
}

function drawRiver(ctx: Ctx): void {
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  const layers: [string, number][] = [
    ['#c9d6b0', 46],
    ['#b6d3dc', 34],
    ['#a4cbe0', 28],
    ['rgba(205, 232, 243, 0.7)', 8],
  ];
  for (const [colour, width] of layers) {
    riverCurve(ctx);
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.stroke();
  }
  // A pond upstream.
  ctx.fillStyle = '#b6d3dc';
  ctx.beginPath();
  ctx.ellipse(150, 96, 62, 34, -0.2, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#a4cbe0';
  ctx.beginPath();
  ctx.ellipse(150, 96, 54, 27, -0.2, 0, Math.PI * 2);
  ctx.fill();
}

function drawRoads(ctx: Ctx): void {
  ctx.lineCap = 'round';
  for (const [colour, width] of [
    ['#cfc3a2', 13],
    ['#f4eedb', 9],
  ] as const) {
    for (const c of roadCurves()) {
      ctx.strokeStyle = colour;
      ctx.lineWidth = width;
      strokeCurve(ctx, c);
    }
  }
  // Bridge where the south road crosses the river.
  ctx.save();
  ctx.translate(654, 466);
  ctx.rotate(0.12);
  ctx.fillStyle = '#d9cdb0';
  ctx.fillRect(-9, -26, 18, 52);
  ctx.fillStyle = '#f4eedb';
  ctx.fillRect(-6, -26, 12, 52);
  ctx.fillStyle = '#9a8a70';
  ctx.fillRect(-10, -26, 2.5, 52);
  ctx.fillRect(7.5, -26, 2.5, 52);
  ctx.restore();
}

/** A building seen from above: a rectangle with a roof ridge and a soft shadow. */
function roofTop(ctx: Ctx, x: number, y: number, w: number, h: number, angle: number, roof: string): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.rotate(angle);
  ctx.fillStyle = 'rgba(70, 60, 40, 0.22)';
  ctx.fillRect(-w / 2 + 3, -h / 2 + 3, w, h);
  ctx.fillStyle = roof;
  ctx.fillRect(-w / 2, -h / 2, w, h);
  ctx.fillStyle = shade(roof, -0.14);
  ctx.fillRect(-w / 2, 0, w, h / 2);
  ctx.strokeStyle = shade(roof, -0.3);
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(-w / 2, 0);
  ctx.lineTo(w / 2, 0);
  ctx.stroke();
  ctx.restore();
}

function drawTown(ctx: Ctx, brush: Brush): void {
  // The square.
  ctx.fillStyle = '#efe7d2';
  ctx.beginPath();
  ctx.arc(CENTRE.x, CENTRE.y, 70, 0, Math.PI * 2);
  ctx.fill();
  // Houses along the roads that leave the square.
  for (const c of roadCurves()) {
    const fromCentre = c[0]?.x === CENTRE.x && c[0].y === CENTRE.y;
    for (let t = 0.04; t < 0.7; t += 0.035) {
      const tt = fromCentre ? t : 1 - t;
      const p = bezierAt(c, tt);
      const q = bezierAt(c, Math.min(1, tt + 0.01));
      const angle = Math.atan2(q.y - p.y, q.x - p.x);
      const d = Math.hypot(p.x - CENTRE.x, p.y - CENTRE.y);
      if (d < 80 || d > 250) continue;
      for (const side of [-1, 1]) {
        if (brush.next() < 0.15) continue;
        for (const row of [0, 1]) {
          if (row === 1 && (d > 170 || brush.next() < 0.4)) continue;
          const off = 19 + row * 20 + brush.range(0, 4);
          roofTop(
            ctx,
            p.x + Math.cos(angle + Math.PI / 2) * off * side,
            p.y + Math.sin(angle + Math.PI / 2) * off * side,
            brush.range(18, 26),
            brush.range(12, 16),
            angle,
            brush.pick(ROOFS),
          );
        }
      }
    }
  }
  // Around the square.
  for (let k = 0; k < 22; k++) {
    const a = (k / 22) * Math.PI * 2 + 0.2;
    if (brush.next() < 0.15) continue;
    roofTop(ctx, CENTRE.x + Math.cos(a) * 86, CENTRE.y + Math.sin(a) * 86, 22, 14, a + Math.PI / 2, brush.pick(ROOFS));
  }
}

const HAMLETS: readonly Pt[] = [
  { x: 640, y: 96 },
  { x: 1000, y: 150 },
  { x: 1120, y: 350 },
  { x: 960, y: 570 },
  { x: 420, y: 610 },
  { x: 210, y: 500 },
  { x: 190, y: 250 },
  { x: 330, y: 120 },
];

function drawHamlets(ctx: Ctx, brush: Brush): void {
  for (const h of HAMLETS) {
    const n = 3 + Math.floor(brush.next() * 3);
    for (let k = 0; k < n; k++) {
      roofTop(
        ctx,
        h.x + brush.range(-40, 40),
        h.y + brush.range(-26, 26),
        brush.range(13, 19),
        brush.range(9, 12),
        brush.range(-0.5, 0.5),
        brush.pick(ROOFS),
      );
    }
    for (let k = 0; k < 4; k++)
      treeTop(ctx, h.x + brush.range(-55, 55), h.y + brush.range(-35, 35), brush.range(5, 8), brush.pick(CROWNS));
  }
}

function drawRiverTrees(ctx: Ctx, brush: Brush): void {
  const points: Pt[] = [];
  const segments: Pt[][] = [
    [
      { x: -40, y: 150 },
      { x: 210, y: 170 },
      { x: 300, y: 470 },
      { x: 560, y: 468 },
    ],
    [
      { x: 560, y: 468 },
      { x: 800, y: 466 },
      { x: 870, y: 400 },
      { x: 1010, y: 470 },
    ],
    [
      { x: 1010, y: 470 },
      { x: 1130, y: 530 },
      { x: 1180, y: 650 },
      { x: 1330, y: 690 },
    ],
  ];
  for (const s of segments) for (let t = 0; t <= 1; t += 0.045) points.push(bezierAt(s, t));
  for (const p of points) {
    if (Math.hypot(p.x - 654, p.y - 466) < 40) continue;
    if (brush.next() < 0.45) continue;
    const side = brush.next() < 0.5 ? -1 : 1;
    treeTop(ctx, p.x + brush.range(-6, 6), p.y + side * brush.range(26, 34), brush.range(5, 9), brush.pick(CROWNS));
  }
}

export function paintTerritory(ctx: Ctx, width: number, height: number): void {
  const brush = new Brush(7311);
  ctx.fillStyle = '#dfe6c8';
  ctx.fillRect(0, 0, width, height);
  drawFields(ctx, brush, width, height);
  drawRiver(ctx);
  drawRiverTrees(ctx, brush);
  drawRoads(ctx);
  drawTown(ctx, brush);
  drawHamlets(ctx, brush);
  grain(ctx, width, height, brush, 6);
  // A light haze in the middle, where the network is drawn.
  const g = ctx.createRadialGradient(CENTRE.x, CENTRE.y, 60, CENTRE.x, CENTRE.y, 560);
  g.addColorStop(0, 'rgba(250, 248, 238, 0.32)');
  g.addColorStop(1, 'rgba(250, 248, 238, 0)');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, width, height);
  vignette(ctx, width, height, 0.2);
}
