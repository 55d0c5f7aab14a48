// Indoor backdrops: the office, the meeting room, the desk with its phone, the shared channel on screen.
// Quiet colours and a lighter middle, because the network is drawn over them.
import { CENTRE } from '../../map/layout.ts';
import { Brush, fillRoundRect, grain, roundRect, shade, verticalGradient, vignette, withAlpha } from './brush.ts';
import type { Ctx } from './brush.ts';

const BOOKS = ['#7d93a8', '#b0766a', '#c9a36a', '#6f8f7a', '#9a7fa6', '#d0b38a', '#5f7285', '#a8685a', '#8fa77e'];
const NOTES = ['#f8e6a0', '#f5c9b8', '#cde3c4', '#c8dcef', '#eed3ec'];

/** A pale wash behind the network so that its labels read well whatever is behind. */
function centreWash(ctx: Ctx, width: number, height: number, alpha: number): void {
  const g = ctx.createRadialGradient(CENTRE.x, CENTRE.y, 80, CENTRE.x, CENTRE.y, width * 0.48);
  g.addColorStop(0, `rgba(255, 253, 247, ${alpha})`);
  g.addColorStop(1, 'rgba(255, 253, 247, 0)');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, width, height);
}

function finish(ctx: Ctx, brush: Brush, width: number, height: number, wash: number): void {
  centreWash(ctx, width, height, wash);
  grain(ctx, width, height, brush, 5);
  vignette(ctx, width, height, 0.16);
}

function plant(ctx: Ctx, x: number, ground: number, size: number): void {
  const leaves = ['#6f9a63', '#7fae6c', '#5e8a57'];
  for (let i = 0; i < 9; i++) {
    const a = -Math.PI / 2 + (i - 4) * 0.3;
    ctx.fillStyle = leaves[i % 3] ?? '#6f9a63';
    ctx.beginPath();
    ctx.ellipse(
      x + Math.cos(a) * size * 0.45,
      ground - size * 0.55 + Math.sin(a) * size * 0.5,
      size * 0.12,
      size * 0.42,
      a + Math.PI / 2,
      0,
      Math.PI * 2,
    );
    ctx.fill();
  }
  ctx.fillStyle = '#c7785a';
  ctx.beginPath();
  ctx.moveTo(x - size * 0.3, ground - size * 0.42);
  ctx.lineTo(x + size * 0.3, ground - size * 0.42);
  ctx.lineTo(x + size * 0.22, ground);
  ctx.lineTo(x - size * 0.22, ground);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = shade('#c7785a', -0.15);
  ctx.fillRect(x - size * 0.32, ground - size * 0.46, size * 0.64, size * 0.08);
}

function windowView(ctx: Ctx, brush: Brush, x: number, y: number, w: number, h: number): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  ctx.fillStyle = verticalGradient(ctx, y, y + h, [
    [0, '#a9d0ea'],
    [0.7, '#e3eff2'],
    [1, '#f3ecd9'],
  ]);
  ctx.fillRect(x, y, w, h);
  const base = y + h * 0.72;
  ctx.fillStyle = '#b5cbb3';
  ctx.beginPath();
  ctx.moveTo(x, y + h);
  for (let i = 0; i <= 20; i++) ctx.lineTo(x + (w * i) / 20, base - Math.sin(i * 0.7) * 12 - 6);
  ctx.lineTo(x + w, y + h);
  ctx.fill();
  for (let i = 0; i < 9; i++) {
    const bw = brush.range(22, 44);
    const bh = brush.range(24, 70);
    const bx = x + 10 + i * (w / 9);
    ctx.fillStyle = brush.pick(['#e9dfcf', '#dfd2bf', '#f1e8da']);
    ctx.fillRect(bx, y + h - bh, bw, bh);
    ctx.fillStyle = brush.pick(['#c98769', '#b9806a', '#9a8378']);
    ctx.fillRect(bx - 2, y + h - bh - 6, bw + 4, 6);
  }
  ctx.restore();
}

export function paintOffice(ctx: Ctx, width: number, height: number): void {
  const brush = new Brush(1101);
  ctx.fillStyle = verticalGradient(ctx, 0, 560, [
    [0, '#f1e7d6'],
    [1, '#e7dac4'],
  ]);
  ctx.fillRect(0, 0, width, 560);
  // Wainscot and floor.
  ctx.fillStyle = '#dccab0';
  ctx.fillRect(0, 470, width, 90);
  ctx.fillStyle = '#cdb899';
  ctx.fillRect(0, 466, width, 6);
  ctx.fillStyle = '#bf9c78';
  ctx.fillRect(0, 560, width, height - 560);
  ctx.strokeStyle = 'rgba(110, 80, 50, 0.25)';
  ctx.lineWidth = 1.5;
  for (let y = 580; y < height; y += 26) {
    ctx.beginPath();
    ctx.moveTo(0, y);
    ctx.lineTo(width, y);
    ctx.stroke();
  }
  // Window with curtains.
  fillRoundRect(ctx, 62, 78, 312, 352, 6, '#fbf7ee');
  windowView(ctx, brush, 78, 94, 280, 320);
  ctx.fillStyle = '#fbf7ee';
  ctx.fillRect(214, 94, 8, 320);
  ctx.fillRect(78, 250, 280, 8);
  ctx.fillStyle = '#a9bfcf';
  ctx.beginPath();
  ctx.moveTo(40, 66);
  ctx.quadraticCurveTo(92, 250, 58, 450);
  ctx.lineTo(30, 450);
  ctx.lineTo(30, 66);
  ctx.fill();
  ctx.fillStyle = '#8d7a64';
  ctx.fillRect(30, 62, 360, 6);
  // Pinboard.
  fillRoundRect(ctx, 508, 92, 304, 180, 8, '#9c7653');
  fillRoundRect(ctx, 518, 102, 284, 160, 4, '#d9b68c');
  for (let i = 0; i < 9; i++) {
    const nx = 530 + (i % 5) * 54 + brush.range(-6, 6);
    const ny = 114 + Math.floor(i / 5) * 74 + brush.range(-4, 8);
    ctx.save();
    ctx.translate(nx + 20, ny + 22);
    ctx.rotate(brush.range(-0.12, 0.12));
    ctx.fillStyle = 'rgba(60, 40, 20, 0.15)';
    ctx.fillRect(-18, -18, 42, 42);
    ctx.fillStyle = brush.pick(NOTES);
    ctx.fillRect(-20, -20, 40, 40);
    ctx.fillStyle = 'rgba(80, 80, 90, 0.3)';
    for (let l = 0; l < 3; l++) ctx.fillRect(-14, -8 + l * 8, brush.range(14, 28), 2);
    ctx.fillStyle = brush.pick(['#d9534f', '#3d7cc9', '#e0a030']);
    ctx.beginPath();
    ctx.arc(0, -15, 3.2, 0, Math.PI * 2);
    ctx.fill();
    ctx.restore();
  }
  // Bookshelf.
  fillRoundRect(ctx, 948, 104, 262, 460, 4, '#8a6446');
  ctx.fillStyle = '#74533a';
  ctx.fillRect(960, 116, 238, 440);
  for (let s = 0; s < 4; s++) {
    const shelfY = 214 + s * 110;
    let bx = 966;
    while (bx < 1186) {
      const bw = brush.range(12, 22);
      const bh = brush.range(62, 92);
      if (bx + bw > 1192) break;
      if (brush.next() < 0.12) {
        bx += bw;
        continue;
      }
      ctx.fillStyle = brush.pick(BOOKS);
      ctx.fillRect(bx, shelfY - bh, bw - 2, bh);
      ctx.fillStyle = 'rgba(255, 255, 255, 0.25)';
      ctx.fillRect(bx + 2, shelfY - bh + 10, bw - 6, 3);
      bx += bw;
    }
    ctx.fillStyle = '#9a7352';
    ctx.fillRect(956, shelfY, 246, 10);
  }
  plant(ctx, 470, 560, 120);
  // Desk in front.
  ctx.fillStyle = 'rgba(60, 40, 20, 0.18)';
  ctx.fillRect(120, 606, 1040, 14);
  ctx.fillStyle = '#b08256';
  ctx.fillRect(100, 612, 1080, 40);
  ctx.fillStyle = '#8e6542';
  ctx.fillRect(100, 652, 1080, 70);
  ctx.fillStyle = '#c99a6c';
  ctx.fillRect(100, 612, 1080, 5);
  // On the desk: a mug and a pile of files.
  fillRoundRect(ctx, 860, 570, 44, 46, 6, '#f4f1ea');
  ctx.strokeStyle = '#f4f1ea';
  ctx.lineWidth = 6;
  ctx.beginPath();
  ctx.arc(906, 592, 11, -Math.PI / 2, Math.PI / 2);
  ctx.stroke();
  for (let i = 0; i < 4; i++)
    fillRoundRect(ctx, 300 + i * 3, 598 - i * 8, 150, 10, 2, brush.pick(['#e8d7a8', '#c7d7e6', '#e9c0b0', '#d3e2c6']));
  finish(ctx, brush, width, height, 0.5);
}

export function paintMeeting(ctx: Ctx, width: number, height: number): void {
  const brush = new Brush(2202);
  ctx.fillStyle = verticalGradient(ctx, 0, 520, [
    [0, '#e6edf0'],
    [1, '#dbe4e8'],
  ]);
  ctx.fillRect(0, 0, width, 520);
  ctx.fillStyle = '#b6bfc6';
  ctx.fillRect(0, 520, width, height - 520);
  ctx.fillStyle = '#c9d1d6';
  ctx.fillRect(0, 514, width, 8);
  // Tall windows on the right.
  for (let i = 0; i < 2; i++) {
    const x = 1010 + i * 120;
    fillRoundRect(ctx, x, 60, 108, 410, 4, '#f8fafb');
    windowView(ctx, brush, x + 8, 68, 92, 394);
  }
  // The screen.
  fillRoundRect(ctx, 430, 46, 420, 250, 10, '#2f3542');
  fillRoundRect(ctx, 442, 58, 396, 226, 4, '#e9f0f5');
  ctx.fillStyle = '#5d7fa8';
  ctx.fillRect(442, 58, 396, 30);
  ctx.fillStyle = 'rgba(70, 90, 110, 0.35)';
  for (let i = 0; i < 4; i++) ctx.fillRect(470, 112 + i * 34, brush.range(160, 300), 10);
  ctx.fillStyle = '#2f3542';
  ctx.fillRect(632, 296, 16, 24);
  // Whiteboard on the left with a few lines drawn on it.
  fillRoundRect(ctx, 60, 110, 280, 220, 6, '#cfd6db');
  fillRoundRect(ctx, 68, 118, 264, 204, 3, '#fbfcfc');
  ctx.lineWidth = 3;
  ctx.lineCap = 'round';
  for (const [colour, y] of [
    ['#3d7cc9', 150],
    ['#d9534f', 190],
    ['#3f9a6a', 230],
    ['#3d7cc9', 270],
  ] as const) {
    ctx.strokeStyle = withAlpha(colour, 0.6);
    ctx.beginPath();
    ctx.moveTo(92, y);
    for (let x = 92; x < 92 + brush.range(120, 210); x += 12) ctx.lineTo(x, y + Math.sin(x * 0.3) * 3);
    ctx.stroke();
  }
  plant(ctx, 400, 520, 110);
  // Chairs behind the table, then the table.
  for (let i = 0; i < 7; i++) {
    const x = 240 + i * 133;
    fillRoundRect(ctx, x - 34, 456, 68, 96, 14, '#60778a');
    fillRoundRect(ctx, x - 28, 462, 56, 30, 10, '#6f879a');
  }
  ctx.fillStyle = 'rgba(40, 40, 40, 0.16)';
  ctx.beginPath();
  ctx.ellipse(640, 636, 560, 118, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#a77e58';
  ctx.beginPath();
  ctx.ellipse(640, 620, 560, 112, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#bf946a';
  ctx.beginPath();
  ctx.ellipse(640, 612, 548, 104, 0, 0, Math.PI * 2);
  ctx.fill();
  // On the table: notebooks and cups.
  for (let i = 0; i < 6; i++) {
    const x = 250 + i * 160 + brush.range(-20, 20);
    const y = 598 + brush.range(-14, 22);
    ctx.save();
    ctx.translate(x, y);
    ctx.rotate(brush.range(-0.25, 0.25));
    fillRoundRect(ctx, -30, -20, 60, 40, 3, brush.pick(['#f5f1e6', '#e3ecf3', '#f3e3d6']));
    ctx.restore();
    ctx.fillStyle = '#f7f5f0';
    ctx.beginPath();
    ctx.arc(x + 52, y - 8, 11, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#8a5a3c';
    ctx.beginPath();
    ctx.arc(x + 52, y - 8, 7, 0, Math.PI * 2);
    ctx.fill();
  }
  finish(ctx, brush, width, height, 0.45);
}

export function paintPhone(ctx: Ctx, width: number, height: number): void {
  const brush = new Brush(3303);
  // The desk, seen from above, with its grain.
  ctx.fillStyle = '#c9a47c';
  ctx.fillRect(0, 0, width, height);
  for (let i = 0; i < 70; i++) {
    const y = brush.range(0, height);
    ctx.strokeStyle = withAlpha(brush.pick(['#a9825c', '#d8b48c', '#b99069']), 0.35);
    ctx.lineWidth = brush.range(1, 3);
    ctx.beginPath();
    ctx.moveTo(0, y);
    for (let x = 0; x <= width; x += 40) ctx.lineTo(x, y + Math.sin(x * 0.006 + i) * 8);
    ctx.stroke();
  }
  // Notepad.
  ctx.save();
  ctx.translate(250, 380);
  ctx.rotate(-0.06);
  ctx.fillStyle = 'rgba(60, 40, 20, 0.22)';
  ctx.fillRect(-150, -232, 310, 480);
  ctx.fillStyle = '#fcfaf3';
  ctx.fillRect(-160, -240, 310, 480);
  ctx.strokeStyle = 'rgba(90, 140, 200, 0.35)';
  ctx.lineWidth = 1.2;
  for (let y = -190; y < 230; y += 26) {
    ctx.beginPath();
    ctx.moveTo(-160, y);
    ctx.lineTo(150, y);
    ctx.stroke();
  }
  ctx.strokeStyle = 'rgba(210, 90, 90, 0.45)';
  ctx.beginPath();
  ctx.moveTo(-118, -240);
  ctx.lineTo(-118, 240);
  ctx.stroke();
  ctx.strokeStyle = 'rgba(50, 60, 90, 0.55)';
  ctx.lineWidth = 2;
  for (let row = 0; row < 9; row++) {
    const y = -198 + row * 26;
    let x = -104;
    const end = x + brush.range(120, 230);
    ctx.beginPath();
    ctx.moveTo(x, y);
    while (x < end) {
      x += 6;
      ctx.lineTo(x, y - Math.abs(Math.sin(x * 0.5)) * 7);
    }
    ctx.stroke();
  }
  ctx.fillStyle = '#7d8a99';
  ctx.fillRect(-160, -250, 310, 16);
  ctx.restore();
  // A pen.
  ctx.save();
  ctx.translate(470, 560);
  ctx.rotate(-0.7);
  fillRoundRect(ctx, -80, -6, 160, 12, 6, '#2f4f7a');
  ctx.fillStyle = '#d8d2c4';
  ctx.fillRect(70, -4, 14, 8);
  ctx.restore();
  // Sticky notes.
  for (let i = 0; i < 3; i++) {
    ctx.save();
    ctx.translate(560 + i * 70, 96 + (i % 2) * 20);
    ctx.rotate(brush.range(-0.15, 0.15));
    ctx.fillStyle = 'rgba(60, 40, 20, 0.18)';
    ctx.fillRect(-28, -26, 60, 60);
    ctx.fillStyle = brush.pick(NOTES);
    ctx.fillRect(-30, -30, 60, 60);
    ctx.restore();
  }
  // The desk phone and its handset.
  ctx.save();
  ctx.translate(1040, 330);
  ctx.rotate(0.08);
  ctx.fillStyle = 'rgba(20, 20, 30, 0.28)';
  roundRect(ctx, -140, -166, 300, 350, 30);
  ctx.fill();
  fillRoundRect(ctx, -150, -180, 300, 350, 30, '#3a4352');
  fillRoundRect(ctx, -132, -160, 264, 84, 26, '#2b323e');
  fillRoundRect(ctx, -120, -150, 240, 64, 22, '#434d5e');
  fillRoundRect(ctx, -96, -56, 120, 44, 6, '#a9c4b0');
  for (let r = 0; r < 4; r++) {
    for (let c = 0; c < 3; c++) fillRoundRect(ctx, -96 + c * 42, 6 + r * 38, 32, 28, 6, '#dfe3e8');
  }
  fillRoundRect(ctx, 50, -56, 70, 30, 8, '#5aa06a');
  fillRoundRect(ctx, 50, -16, 70, 30, 8, '#c6604f');
  ctx.restore();
  // Coiled cord.
  ctx.strokeStyle = '#2b323e';
  ctx.lineWidth = 3;
  ctx.beginPath();
  for (let t = 0; t <= 1; t += 0.004) {
    const x = 900 + t * -90 + Math.cos(t * 140) * 9;
    const y = 250 + t * 300 + Math.sin(t * 140) * 9;
    if (t === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.stroke();
  // Coffee.
  ctx.fillStyle = 'rgba(40, 30, 20, 0.25)';
  ctx.beginPath();
  ctx.arc(840, 628, 46, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#f6f3ec';
  ctx.beginPath();
  ctx.arc(834, 620, 46, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#6b4630';
  ctx.beginPath();
  ctx.arc(834, 620, 36, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = 'rgba(255, 240, 220, 0.35)';
  ctx.beginPath();
  ctx.ellipse(822, 608, 14, 8, -0.6, 0, Math.PI * 2);
  ctx.fill();
  finish(ctx, brush, width, height, 0.42);
}

export function paintChannel(ctx: Ctx, width: number, height: number): void {
  const brush = new Brush(4404);
  // Screen bezel, then the app: a sidebar of channels, a header, messages, a box to write in.
  ctx.fillStyle = '#262b33';
  ctx.fillRect(0, 0, width, height);
  const x0 = 16;
  const y0 = 16;
  const w = width - 32;
  const h = height - 32;
  fillRoundRect(ctx, x0, y0, w, h, 8, '#f5f7fa');
  ctx.save();
  roundRect(ctx, x0, y0, w, h, 8);
  ctx.clip();
  ctx.fillStyle = '#33405a';
  ctx.fillRect(x0, y0, 250, h);
  ctx.fillStyle = '#2a354b';
  ctx.fillRect(x0, y0, 250, 64);
  fillRoundRect(ctx, x0 + 20, y0 + 22, 150, 18, 6, '#c9d3e3');
  for (let i = 0; i < 9; i++) {
    const y = y0 + 96 + i * 44;
    if (i === 2) fillRoundRect(ctx, x0 + 10, y - 10, 230, 36, 8, '#5479b3');
    ctx.fillStyle = i === 2 ? '#ffffff' : '#8f9bb2';
    ctx.font = '600 20px sans-serif';
    ctx.fillText('#', x0 + 24, y + 15);
    fillRoundRect(ctx, x0 + 48, y + 2, brush.range(80, 150), 12, 6, i === 2 ? '#e9effa' : '#6f7c96');
  }
  // Header.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(x0 + 250, y0, w - 250, 64);
  ctx.fillStyle = '#e1e6ee';
  ctx.fillRect(x0 + 250, y0 + 64, w - 250, 2);
  fillRoundRect(ctx, x0 + 280, y0 + 22, 220, 20, 8, '#3d4a61');
  for (let i = 0; i < 4; i++) {
    ctx.fillStyle = ['#f2c4a8', '#bcd7c2', '#c6d2ef', '#ecd1e5'][i] ?? '#ccc';
    ctx.beginPath();
    ctx.arc(x0 + w - 160 + i * 26, y0 + 32, 14, 0, Math.PI * 2);
    ctx.fill();
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 3;
    ctx.stroke();
  }
  // Messages.
  const avatars = ['#f2c4a8', '#bcd7c2', '#c6d2ef', '#ecd1e5', '#f3e2a9'];
  let y = y0 + 100;
  while (y < y0 + h - 120) {
    const ax = x0 + 284;
    ctx.fillStyle = brush.pick(avatars);
    fillRoundRect(ctx, ax, y, 40, 40, 10, ctx.fillStyle);
    fillRoundRect(ctx, ax + 56, y + 2, brush.range(90, 150), 12, 6, '#3d4a61');
    fillRoundRect(ctx, ax + 56 + 170, y + 4, 50, 8, 4, '#b3bccb');
    const lines = 1 + Math.floor(brush.next() * 3);
    for (let l = 0; l < lines; l++)
      fillRoundRect(ctx, ax + 56, y + 24 + l * 20, brush.range(260, 720), 10, 5, '#c3cad6');
    y += 48 + lines * 20;
  }
  // Writing box.
  fillRoundRect(ctx, x0 + 280, y0 + h - 84, w - 314, 58, 12, '#ffffff');
  ctx.strokeStyle = '#cfd6e2';
  ctx.lineWidth = 2;
  roundRect(ctx, x0 + 280, y0 + h - 84, w - 314, 58, 12);
  ctx.stroke();
  fillRoundRect(ctx, x0 + w - 100, y0 + h - 74, 52, 38, 10, '#5479b3');
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.moveTo(x0 + w - 84, y0 + h - 64);
  ctx.lineTo(x0 + w - 60, y0 + h - 55);
  ctx.lineTo(x0 + w - 84, y0 + h - 46);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
  finish(ctx, brush, width, height, 0.55);
}
