// The title backdrop: a calm valley at morning, a river, a small town and the footbridge the game is named for.
import {
  Brush,
  fillBelow,
  glow,
  grain,
  house,
  poplar,
  ridge,
  roundTree,
  shade,
  verticalGradient,
  vignette,
  withAlpha,
} from './brush.ts';
import type { Ctx } from './brush.ts';

const HORIZON = 372;
const VANISH = { x: 700, y: 250 };

interface RiverPoint {
  x: number;
  y: number;
  half: number;
}

/** The river's centre line from the horizon to the bottom edge, widening with perspective. */
function riverPath(width: number, height: number): RiverPoint[] {
  const points: RiverPoint[] = [];
  for (let i = 0; i <= 60; i++) {
    const t = i / 60;
    const y = HORIZON + 8 + Math.pow(t, 1.35) * (height - HORIZON + 30);
    const swing = Math.sin(t * 4.2 + 0.6) * (30 + 170 * t) + Math.sin(t * 9) * 12 * t;
    points.push({ x: width * 0.58 + swing - t * 160, y, half: 2.5 + Math.pow(t, 1.25) * 125 });
  }
  return points;
}

function drawSky(ctx: Ctx, width: number): void {
  ctx.fillStyle = verticalGradient(ctx, 0, HORIZON + 20, [
    [0, '#8fc1e3'],
    [0.45, '#c7e2ef'],
    [0.8, '#f3ead3'],
    [1, '#fae6c4'],
  ]);
  ctx.fillRect(0, 0, width, HORIZON + 40);
  glow(ctx, 1010, 215, 300, '#fff3d6', 0.85);
  glow(ctx, 1010, 215, 90, '#fffaf0', 0.9);
  ctx.fillStyle = '#fffaf0';
  ctx.beginPath();
  ctx.arc(1010, 215, 34, 0, Math.PI * 2);
  ctx.fill();
}

function drawHills(ctx: Ctx, brush: Brush, width: number, height: number): void {
  fillBelow(ctx, width, height, ridge(brush, width, HORIZON - 62, 26, 3), '#b8cdd8');
  fillBelow(ctx, width, height, ridge(brush, width, HORIZON - 30, 20, 3), '#a9c5bd');
  const near = ridge(brush, width, HORIZON - 4, 12, 2);
  fillBelow(
    ctx,
    width,
    height,
    near,
    verticalGradient(ctx, HORIZON - 30, HORIZON + 30, [
      [0, '#a3c49a'],
      [1, '#9cc08f'],
    ]),
  );
  // Haze at the foot of the hills.
  ctx.fillStyle = verticalGradient(ctx, HORIZON - 40, HORIZON + 12, [
    [0, 'rgba(250, 240, 220, 0)'],
    [1, 'rgba(250, 240, 220, 0.55)'],
  ]);
  ctx.fillRect(0, HORIZON - 40, width, 52);
}

const FIELDS = ['#b9d48f', '#cddc9a', '#e6d89a', '#a9cc86', '#d9e2a8', '#c4d98e', '#eadfae', '#9fc47e'];

/** Fields in perspective: bands towards the viewer, cut by lines that meet at the vanishing point. */
function drawFields(ctx: Ctx, brush: Brush, width: number, height: number): void {
  ctx.fillStyle = '#a9c987';
  ctx.fillRect(0, HORIZON, width, height - HORIZON);
  const bands: number[] = [HORIZON];
  let y = HORIZON;
  let step = 9;
  while (y < height + 40) {
    y += step;
    bands.push(y);
    step *= 1.42;
  }
  for (let b = 0; b < bands.length - 1; b++) {
    const y0 = bands[b] ?? HORIZON;
    const y1 = bands[b + 1] ?? height;
    const xAt = (angleX: number, yy: number): number =>
      VANISH.x + (angleX - VANISH.x) * ((yy - VANISH.y) / (HORIZON - VANISH.y));
    let x = -400 - brush.range(0, 200);
    while (x < width + 400) {
      const w = brush.range(70, 170);
      const colour = brush.pick(FIELDS);
      const corners = [
        { x: xAt(x, y0), y: y0 },
        { x: xAt(x + w, y0), y: y0 },
        { x: xAt(x + w, y1), y: y1 },
        { x: xAt(x, y1), y: y1 },
      ] as const;
      ctx.fillStyle = colour;
      ctx.beginPath();
      ctx.moveTo(corners[0].x, corners[0].y);
      for (const c of corners) ctx.lineTo(c.x, c.y);
      ctx.closePath();
      ctx.fill();
      if (brush.next() < 0.55) {
        // Furrows converging with the field's sides.
        ctx.save();
        ctx.clip();
        ctx.strokeStyle = withAlpha(shade(colour, -0.2), 0.35);
        ctx.lineWidth = Math.max(0.6, (y1 - HORIZON) / 90);
        const lines = 7;
        for (let i = 1; i < lines; i++) {
          const fx = x + (w * i) / lines;
          ctx.beginPath();
          ctx.moveTo(xAt(fx, y0), y0);
          ctx.lineTo(xAt(fx, y1), y1);
          ctx.stroke();
        }
        ctx.restore();
      }
      // Hedge on the field's side.
      ctx.strokeStyle = '#7fa66a';
      ctx.lineWidth = Math.max(0.8, (y1 - HORIZON) / 40);
      ctx.beginPath();
      ctx.moveTo(corners[0].x, corners[0].y);
      ctx.lineTo(corners[3].x, corners[3].y);
      ctx.stroke();
      x += w;
    }
    // Hedgerow along the band, bushes a little bigger nearer the viewer.
    const size = Math.max(1, (y0 - HORIZON) / 34);
    ctx.fillStyle = '#86ad70';
    for (let hx = 0; hx < width; hx += size * brush.range(1.6, 3.4)) {
      if (brush.next() < 0.3) continue;
      ctx.beginPath();
      ctx.ellipse(hx, y0 - size * 0.2, size * brush.range(0.9, 1.6), size * brush.range(0.6, 0.9), 0, 0, Math.PI * 2);
      ctx.fill();
    }
  }
}

function drawRiver(ctx: Ctx, path: readonly RiverPoint[]): void {
  const edge = (side: 1 | -1): { x: number; y: number }[] => path.map((p) => ({ x: p.x + side * p.half, y: p.y }));
  const left = edge(-1);
  const right = edge(1).reverse();
  const outline = (grow: number): void => {
    ctx.beginPath();
    for (const p of left) ctx.lineTo(p.x - grow, p.y);
    for (const p of right) ctx.lineTo(p.x + grow, p.y);
    ctx.closePath();
  };
  outline(6);
  ctx.fillStyle = '#c9c59a';
  ctx.fill();
  outline(0);
  ctx.fillStyle = verticalGradient(ctx, HORIZON, 720, [
    [0, '#cfe6ef'],
    [0.4, '#9ccbe0'],
    [1, '#7fb6d3'],
  ]);
  ctx.fill();
  // Glints.
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.7)';
  ctx.lineCap = 'round';
  path.forEach((p, i) => {
    if (i % 3 !== 0 || i < 6) return;
    const len = p.half * 0.35;
    ctx.lineWidth = Math.max(1, p.half / 30);
    ctx.beginPath();
    ctx.moveTo(p.x - len * 0.6 + ((i * 37) % 20) - 10, p.y);
    ctx.lineTo(p.x + len * 0.2 + ((i * 37) % 20) - 10, p.y);
    ctx.stroke();
  });
}

/** The footbridge: a light arch with railings, across the river. */
function drawFootbridge(ctx: Ctx, at: RiverPoint): void {
  const span = at.half * 2 + 34;
  const x0 = at.x - span / 2;
  const deck = at.y - 6;
  const rise = 26;
  const curve = (t: number): number => deck - Math.sin(Math.PI * t) * rise;
  ctx.fillStyle = 'rgba(40, 70, 90, 0.18)';
  ctx.beginPath();
  ctx.ellipse(at.x, at.y + 14, span * 0.42, 7, 0, 0, Math.PI * 2);
  ctx.fill();
  // Deck.
  ctx.strokeStyle = '#8a6446';
  ctx.lineWidth = 9;
  ctx.lineCap = 'round';
  ctx.beginPath();
  for (let i = 0; i <= 30; i++) {
    const t = i / 30;
    const x = x0 + span * t;
    if (i === 0) ctx.moveTo(x, curve(t));
    else ctx.lineTo(x, curve(t));
  }
  ctx.stroke();
  ctx.strokeStyle = '#b98d62';
  ctx.lineWidth = 4;
  ctx.stroke();
  // Two people meeting halfway across.
  for (const [t, coat, facing] of [
    [0.43, '#3e7cb1', 1],
    [0.57, '#d0704f', -1],
  ] as const) {
    const x = x0 + span * t;
    const y = curve(t) - 4;
    ctx.fillStyle = coat;
    ctx.beginPath();
    ctx.roundRect(x - 3.5, y - 15, 7, 14, 3);
    ctx.fill();
    ctx.fillStyle = '#5a4334';
    ctx.fillRect(x - 3, y - 2, 2.2, 5);
    ctx.fillRect(x + 0.8, y - 2, 2.2, 5);
    ctx.fillStyle = '#e9c3a0';
    ctx.beginPath();
    ctx.arc(x + facing * 0.5, y - 19, 3.6, 0, Math.PI * 2);
    ctx.fill();
    // An arm reaching out to the other.
    ctx.strokeStyle = coat;
    ctx.lineWidth = 2.2;
    ctx.lineCap = 'round';
    ctx.beginPath();
    ctx.moveTo(x + facing * 2, y - 11);
    ctx.lineTo(x + facing * 7, y - 9);
    ctx.stroke();
  }
  // Railing and posts.
  ctx.strokeStyle = '#fdf8ee';
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  for (let i = 0; i <= 30; i++) {
    const t = i / 30;
    const x = x0 + span * t;
    if (i === 0) ctx.moveTo(x, curve(t) - 16);
    else ctx.lineTo(x, curve(t) - 16);
  }
  ctx.stroke();
  ctx.lineWidth = 2;
  for (let i = 0; i <= 10; i++) {
    const t = i / 10;
    const x = x0 + span * t;
    ctx.beginPath();
    ctx.moveTo(x, curve(t) - 3);
    ctx.lineTo(x, curve(t) - 16);
    ctx.stroke();
  }
}

const ROOFS = ['#cf7b5c', '#bd6a4f', '#d98b62', '#a95e4a', '#8f6f66'];
const WALLS = ['#f6ecdb', '#f0e2c8', '#efe6d8', '#f7efe0', '#e8dcc8'];

/** The town sits on the right bank, under the sun; a hamlet on the far left. */
function drawTown(ctx: Ctx, brush: Brush): void {
  const ground = HORIZON + 22;
  const dx = 720;
  // Church and town hall first, houses in front.
  ctx.fillStyle = '#eadfcb';
  ctx.fillRect(dx + 236, ground - 78, 22, 70);
  ctx.fillStyle = '#9a6f62';
  ctx.beginPath();
  ctx.moveTo(dx + 232, ground - 78);
  ctx.lineTo(dx + 247, ground - 116);
  ctx.lineTo(dx + 262, ground - 78);
  ctx.closePath();
  ctx.fill();
  house(ctx, dx + 196, ground - 6, 56, 34, { wall: '#efe3cc', roof: '#9a6f62', window: '#6d7f8e' });
  house(ctx, dx + 300, ground - 4, 70, 40, { wall: '#f7efe2', roof: '#4f6f8a', window: '#6d7f8e' });
  ctx.fillStyle = '#d94f3d';
  ctx.fillRect(dx + 334, ground - 92, 2, 22);
  ctx.fillRect(dx + 336, ground - 92, 12, 7);
  for (let i = 0; i < 14; i++) {
    const x = dx + 70 + i * 32 + brush.range(-8, 8);
    const w = brush.range(22, 36);
    const h = brush.range(18, 30);
    const g = ground + brush.range(6, 26);
    house(ctx, x, g, w, h, { wall: brush.pick(WALLS), roof: brush.pick(ROOFS), window: '#71828f' });
  }
  // A hamlet on the far left.
  for (let i = 0; i < 6; i++) {
    const x = 90 + i * 30 + brush.range(-6, 6);
    house(ctx, x, HORIZON + 14 + brush.range(0, 6), brush.range(16, 24), brush.range(12, 18), {
      wall: brush.pick(WALLS),
      roof: brush.pick(ROOFS),
      window: '#7d8c96',
    });
  }
}

function drawTrees(ctx: Ctx, brush: Brush, river: readonly RiverPoint[]): void {
  const crowns = ['#6e9e5e', '#7fae68', '#5f8f55', '#86b36f'];
  // Poplars along both banks, bigger nearer the viewer.
  river.forEach((p, i) => {
    if (i % 5 !== 2 || i > 44 || (i > 26 && i < 40)) return;
    const size = 12 + i * 1.5;
    poplar(ctx, p.x - p.half - 16 - size * 0.3, p.y + 4, size, brush.pick(crowns));
    if (i % 10 === 7) poplar(ctx, p.x + p.half + 18 + size * 0.3, p.y + 6, size, brush.pick(crowns));
  });
  // Copses in the fields.
  const copses = [
    { x: 120, y: 470, n: 5 },
    { x: 1150, y: 470, n: 4 },
    { x: 470, y: 430, n: 3 },
    { x: 1010, y: 560, n: 4 },
    { x: 210, y: 610, n: 4 },
  ];
  for (const c of copses) {
    const scale = (c.y - HORIZON) / 9;
    for (let i = 0; i < c.n; i++) {
      roundTree(
        ctx,
        c.x + i * scale * 0.9 + brush.range(-6, 6),
        c.y + brush.range(-4, 8),
        scale * brush.range(0.9, 1.2),
        brush.pick(crowns),
      );
    }
  }
}

function drawForeground(ctx: Ctx, brush: Brush, width: number, height: number): void {
  const bank = ridge(brush, width, height - 46, 14, 2);
  fillBelow(
    ctx,
    width,
    height,
    bank,
    verticalGradient(ctx, height - 80, height, [
      [0, '#8fb874'],
      [1, '#79a562'],
    ]),
  );
  const flowers = ['#fff8e7', '#f6d86b', '#f2a9b8', '#c9b6f0'];
  for (let i = 0; i < 90; i++) {
    const x = brush.range(0, width);
    const y = bank(x) + brush.range(8, 46);
    ctx.fillStyle = brush.pick(flowers);
    ctx.beginPath();
    ctx.arc(x, y, brush.range(1.5, 3.2), 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.strokeStyle = 'rgba(70, 110, 60, 0.5)';
  ctx.lineWidth = 1.4;
  for (let i = 0; i < 160; i++) {
    const x = brush.range(0, width);
    const y = bank(x) + brush.range(2, 40);
    ctx.beginPath();
    ctx.moveTo(x, y + 8);
    ctx.quadraticCurveTo(x + brush.range(-3, 3), y + 3, x + brush.range(-5, 5), y - brush.range(2, 8));
    ctx.stroke();
  }
}

export function paintTitle(ctx: Ctx, width: number, height: number): void {
  const brush = new Brush(20240917);
  drawSky(ctx, width);
  drawHills(ctx, brush, width, height);
  drawFields(ctx, brush, width, height);
  const river = riverPath(width, height);
  drawRiver(ctx, river);
  drawTown(ctx, brush);
  drawTrees(ctx, brush, river);
  const bridgeAt = river[30];
  if (bridgeAt) drawFootbridge(ctx, bridgeAt);
  drawForeground(ctx, brush, width, height);
  grain(ctx, width, height, brush, 7);
  vignette(ctx, width, height, 0.22);
}

/** A cumulus, white and soft, flat underneath, on a transparent canvas. */
export function paintCloud(ctx: Ctx, width: number, height: number, seed: number): void {
  const brush = new Brush(seed);
  const base = height * 0.78;
  const puffs = Array.from({ length: 6 }, (_, i) => {
    const t = (i + 0.5) / 6;
    const swell = Math.sin(Math.PI * t);
    return {
      x: width * (0.12 + 0.76 * t) + brush.range(-10, 10),
      r: height * (0.16 + 0.3 * swell * brush.range(0.75, 1.1)),
    };
  });
  // Shade on the underside, then the white body, then a flat, softly faded bottom.
  for (const p of puffs) {
    ctx.fillStyle = 'rgba(196, 212, 228, 0.9)';
    ctx.beginPath();
    ctx.arc(p.x, base - p.r * 0.55, p.r, 0, Math.PI * 2);
    ctx.fill();
  }
  for (const p of puffs) {
    const g = ctx.createRadialGradient(p.x - p.r * 0.25, base - p.r * 0.95, p.r * 0.1, p.x, base - p.r * 0.7, p.r);
    g.addColorStop(0, 'rgba(255, 255, 255, 1)');
    g.addColorStop(1, 'rgba(248, 251, 253, 0.96)');
    ctx.fillStyle = g;
    ctx.beginPath();
    ctx.arc(p.x, base - p.r * 0.7, p.r * 0.92, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.globalCompositeOperation = 'destination-out';
  const cut = ctx.createLinearGradient(0, base - 6, 0, base + 6);
  cut.addColorStop(0, 'rgba(0, 0, 0, 0)');
  cut.addColorStop(1, 'rgba(0, 0, 0, 1)');
  ctx.fillStyle = cut;
  ctx.fillRect(0, base - 6, width, height - base + 6);
  // Soft edges all round.
  const edge = ctx.createLinearGradient(0, 0, width, 0);
  edge.addColorStop(0, 'rgba(0, 0, 0, 0.6)');
  edge.addColorStop(0.12, 'rgba(0, 0, 0, 0)');
  edge.addColorStop(0.88, 'rgba(0, 0, 0, 0)');
  edge.addColorStop(1, 'rgba(0, 0, 0, 0.6)');
  ctx.fillStyle = edge;
  ctx.fillRect(0, 0, width, height);
  ctx.globalCompositeOperation = 'source-over';
}
