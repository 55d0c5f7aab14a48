// Pure geometry and styling of the territory map: where each partner sits, how a link looks.
// No Phaser here, so the tests run in Node.
import type { Sector } from '../engine/ids.ts';

export const DESIGN_WIDTH = 1280;
export const DESIGN_HEIGHT = 720;

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Relais Insertion, and the ellipse the partners sit on. */
export const CENTRE: Point = { x: 640, y: 338 };
export const ORBIT = { rx: 445, ry: 238 } as const;
/** Design sizes (at 1280×720); the scene draws them bigger when the map is shown small (metricsFor). */
export const CENTRE_RADIUS = 46;
export const NODE_RADIUS = 31;
export const BADGE_SIZE = 26;

/**
 * How the map is drawn for the size it is shown at. Shown small, the camera zooms in by `k` on the middle
 * of the territory and the partners come closer to the centre by as much (placePartners' `orbitScale`),
 * so that the network keeps its proportions and its text stays legible.
 */
export interface MapMetrics {
  /** Camera zoom (1 when the map is shown at 1280×720 or more). */
  readonly k: number;
  readonly nodeRadius: number;
  readonly centreRadius: number;
  readonly badge: number;
  readonly wrap: number;
  readonly markerWrap: number;
  readonly text: {
    readonly name: number;
    readonly person: number;
    readonly centre: number;
    readonly trust: number;
    readonly bond: number;
    readonly marker: number;
    readonly feedback: number;
  };
}

/** The smallest a partner's name may look on screen, in CSS pixels. */
const MIN_NAME_PX = 12.5;
const NAME_SIZE = 15;

/** `displayScale`: how big the 1280×720 design is shown (0.5 when the map is 640 px wide). */
export function metricsFor(displayScale: number): MapMetrics {
  const wanted = displayScale > 0 ? MIN_NAME_PX / (NAME_SIZE * displayScale) : 1;
  // In tenths, so that small resizes do not redraw everything.
  const k = Math.round(Math.min(1.6, Math.max(1, wanted)) * 10) / 10;
  return {
    k,
    nodeRadius: NODE_RADIUS,
    centreRadius: CENTRE_RADIUS,
    badge: BADGE_SIZE,
    wrap: 190,
    markerWrap: 200,
    text: { name: NAME_SIZE, person: 13, centre: 17, trust: 13, bond: 12, marker: 14, feedback: 18 },
  };
}

/**
 * Each sector's preferred direction, in degrees clockwise from east (screen y points down).
 * Related sectors are neighbours: work at the top, daily life below, paperwork and language on the left.
 */
export const SECTOR_ANGLES: Readonly<Record<Sector, number>> = {
  emploi: -90,
  entreprise: -57,
  mobilite: -24,
  sante: 9,
  logement: 42,
  social: 75,
  ressources: 108,
  garde_enfants: 141,
  administratif: 174,
  langue: 207,
  formation: 240,
};

export type LabelSide = 'above' | 'below' | 'left' | 'right';

export interface Placement extends Point {
  readonly angle: number;
  readonly labelSide: LabelSide;
}

interface Placeable {
  readonly id: string;
  readonly sector: Sector;
}

const TURN = 360;
const MAX_GAP = 38;

function normalise(angle: number): number {
  const a = angle % TURN;
  return a < 0 ? a + TURN : a;
}

/** Which side of its node a label goes: away from the centre, so it never sits on the links. */
export function labelSideFor(angle: number): LabelSide {
  const rad = (angle * Math.PI) / 180;
  const cos = Math.cos(rad);
  if (cos > 0.62) return 'right';
  if (cos < -0.62) return 'left';
  return Math.sin(rad) < 0 ? 'above' : 'below';
}

/**
 * Every partner of the scenario gets a place, known or not, so that discovering one never moves the
 * others. Partners start at their sector's direction (several of one sector fanned around it) and are
 * then pushed apart until neighbours are at least a minimum angle from each other.
 */
export function placePartners(partners: readonly Placeable[], orbitScale = 1): Map<string, Placement> {
  const n = partners.length;
  const placements = new Map<string, Placement>();
  if (n === 0) return placements;
  const gap = Math.min(TURN / n, MAX_GAP);

  const bySector = new Map<Sector, Placeable[]>();
  for (const p of [...partners].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const list = bySector.get(p.sector) ?? [];
    list.push(p);
    bySector.set(p.sector, list);
  }
  const wanted: { id: string; angle: number }[] = [];
  for (const [sector, list] of bySector) {
    list.forEach((p, k) => {
      wanted.push({ id: p.id, angle: SECTOR_ANGLES[sector] + (k - (list.length - 1) / 2) * gap });
    });
  }
  // Sort round the circle, ties by id, then relax: each pass pushes apart neighbours closer than `gap`.
  const ring = wanted
    .map((w) => ({ id: w.id, angle: normalise(w.angle) }))
    .sort((a, b) => a.angle - b.angle || (a.id < b.id ? -1 : 1));
  const angles = ring.map((r) => r.angle);
  for (let pass = 0; pass < 400 && n > 1; pass++) {
    let moved = false;
    for (let i = 0; i < n; i++) {
      const j = (i + 1) % n;
      const a = angles[i] ?? 0;
      let b = angles[j] ?? 0;
      if (j === 0) b += TURN;
      const overlap = gap - (b - a);
      if (overlap > 1e-6) {
        angles[i] = a - overlap / 2;
        angles[j] = (j === 0 ? b - TURN : b) + overlap / 2;
        moved = true;
      }
    }
    if (!moved) break;
  }
  ring.forEach((r, i) => {
    const angle = normalise(angles[i] ?? r.angle);
    const rad = (angle * Math.PI) / 180;
    placements.set(r.id, {
      x: Math.round(CENTRE.x + ORBIT.rx * orbitScale * Math.cos(rad)),
      y: Math.round(CENTRE.y + ORBIT.ry * orbitScale * Math.sin(rad)),
      angle,
      labelSide: labelSideFor(angle),
    });
  });
  return placements;
}

export function clampScore(value: number): number {
  return Math.max(0, Math.min(100, Math.round(value)));
}

/** Stops of the scale from 0 to 100: brick, orange, amber, green, blue. Close stops keep the mix clean. */
const SCALE: Readonly<Record<'normal' | 'contrast', readonly (readonly [number, number])[]>> = {
  normal: [
    [0, 0xb3361f],
    [30, 0xd66d26],
    [50, 0xc99a1c],
    [70, 0x3a9558],
    [100, 0x1f62a8],
  ],
  contrast: [
    [0, 0x8a1c0c],
    [30, 0x9a3c00],
    [50, 0x6e5200],
    [70, 0x1c5e2e],
    [100, 0x0b3a7a],
  ],
};

function mix(a: number, b: number, t: number): number {
  const channel = (shift: number): number => {
    const x = (a >> shift) & 255;
    const y = (b >> shift) & 255;
    return Math.round(x + (y - x) * t) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}

/** Low to high: brick, orange, amber, green, blue (never colour alone: width and a number go with it). */
export function scaleColour(value: number, highContrast: boolean): number {
  const stops = SCALE[highContrast ? 'contrast' : 'normal'];
  const v = clampScore(value);
  for (let i = 1; i < stops.length; i++) {
    const [at, colour] = stops[i] ?? [100, 0];
    const [before, from] = stops[i - 1] ?? [0, 0];
    if (v <= at) return mix(from, colour, (v - before) / (at - before));
  }
  return stops[stops.length - 1]?.[1] ?? 0;
}

export interface LinkStyle {
  readonly width: number;
  readonly colour: number;
}

/** Trust link from Relais Insertion to a partner: 2 px at 0, 12 px at 100. */
export function trustStyle(trust: number, highContrast: boolean): LinkStyle {
  return { width: 2 + clampScore(trust) / 10, colour: scaleColour(trust, highContrast) };
}

/** Bond between two partners: thinner, and dashed when drawn. */
export function bondStyle(value: number, highContrast: boolean): LinkStyle {
  return { width: 1.5 + (clampScore(value) * 4.5) / 100, colour: scaleColour(value, highContrast) };
}

/** "+5", "−3" (a true minus sign). */
export function formatDelta(delta: number): string {
  return delta > 0 ? `+${delta}` : `\u2212${-delta}`;
}

export function bondKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * What moved since the last view, each as its key and by how much: only for things shown both times (a new
 * partner just appears). Nothing is built for a view that moved nothing.
 */
export function eachChange(
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
  visit: (key: string, delta: number) => void,
): void {
  for (const [key, value] of after) {
    const old = before.get(key);
    if (old !== undefined && old !== value) visit(key, value - old);
  }
}

/** The curve of a bond bows away from the centre so it does not run under Relais Insertion. */
export function bondControl(a: Point, b: Point, centre: Point = CENTRE): Point {
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  let nx = -dy / length;
  let ny = dx / length;
  if (nx * (mid.x - centre.x) + ny * (mid.y - centre.y) < 0) {
    nx = -nx;
    ny = -ny;
  }
  const bow = 0.18 * length + 12;
  return { x: mid.x + nx * bow, y: mid.y + ny * bow };
}

export function quadraticPoints(a: Point, control: Point, b: Point, segments = 24): Point[] {
  const points: Point[] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const u = 1 - t;
    points.push({
      x: u * u * a.x + 2 * u * t * control.x + t * t * b.x,
      y: u * u * a.y + 2 * u * t * control.y + t * t * b.y,
    });
  }
  return points;
}

/** Cuts a polyline into dashes, the first one starting `offset` along it: returns the dashes as polylines. */
export function dashes(points: readonly Point[], dash: number, gap: number, offset = 0): Point[][] {
  const result: Point[][] = [];
  let drawing = offset <= 0;
  let left = drawing ? dash : offset;
  let current: Point[] = [];
  const first = points[0];
  if (!first) return result;
  if (drawing) current.push(first);
  for (let i = 1; i < points.length; i++) {
    let from = points[i - 1] ?? first;
    const to = points[i] ?? from;
    let segment = Math.hypot(to.x - from.x, to.y - from.y);
    while (segment > 0) {
      const step = Math.min(left, segment);
      const t = step / segment;
      const at = { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
      if (drawing) current.push(at);
      segment -= step;
      left -= step;
      from = at;
      if (left <= 1e-9) {
        if (drawing && current.length > 1) result.push(current);
        drawing = !drawing;
        left = drawing ? dash : gap;
        current = drawing ? [at] : [];
      }
    }
  }
  if (drawing && current.length > 1) result.push(current);
  return result;
}

/**
 * The outline of a line from start to end, `width` wide, with round ends (a half circle of `steps`
 * segments at each end), to be filled in one go: a translucent line drawn this way has no darker joins.
 */
export function capsule(start: Point, end: Point, width: number, steps = 8): Point[] {
  const r = width / 2;
  const heading = Math.atan2(end.y - start.y, end.x - start.x);
  const points: Point[] = [];
  const arc = (centre: Point, from: number): void => {
    for (let i = 0; i <= steps; i++) {
      const a = from + (Math.PI * i) / steps;
      points.push({ x: centre.x + Math.cos(a) * r, y: centre.y + Math.sin(a) * r });
    }
  };
  arc(end, heading - Math.PI / 2);
  arc(start, heading + Math.PI / 2);
  return points;
}

/** The point at fraction t along the straight segment a→b. */
export function along(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/** Moves `from` towards `to` by `distance` (to start a link at the edge of a disc, not its centre). */
export function towards(from: Point, to: Point, distance: number): Point {
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return along(from, to, distance / length);
}

/** "Mission locale (Mme Lambert)" → organisation and contact person, for two lines of label. */
export function splitName(name: string): { organisation: string; person: string } {
  const match = /^(.*\S)\s*\(([^()]+)\)\s*$/u.exec(name);
  if (!match) return { organisation: name, person: '' };
  return { organisation: match[1] ?? name, person: match[2] ?? '' };
}

export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  // Cut at the last whole word (the cut may already fall just before a space).
  const space = clean[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** The part of the design that is on screen. */
export interface Bounds {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export const FULL_VIEW: Bounds = { left: 0, top: 0, right: DESIGN_WIDTH, bottom: DESIGN_HEIGHT };

/** What a camera zoomed by k on the middle of the design shows. */
export function viewFor(k: number): Bounds {
  const w = DESIGN_WIDTH / k;
  const h = DESIGN_HEIGHT / k;
  return {
    left: (DESIGN_WIDTH - w) / 2,
    top: (DESIGN_HEIGHT - h) / 2,
    right: (DESIGN_WIDTH + w) / 2,
    bottom: (DESIGN_HEIGHT + h) / 2,
  };
}

/** An axis-aligned box by its centre and size. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** How much it matters not to hide it (1 by default). */
  readonly weight?: number;
}

export function overlap(a: Box, b: Box): number {
  const dx = Math.min(a.x + a.w / 2, b.x + b.w / 2) - Math.max(a.x - a.w / 2, b.x - b.w / 2);
  const dy = Math.min(a.y + a.h / 2, b.y + b.h / 2) - Math.max(a.y - a.h / 2, b.y - b.h / 2);
  return dx > 0 && dy > 0 ? dx * dy : 0;
}

/** Where a box of this size can sit around a disc: beside, above, below, then the diagonals. */
/** Right, left, up, down, then the four diagonals (x, y, and whether the spot sits on a diagonal). */
const SPOT_DIRECTIONS: readonly (readonly [number, number, boolean])[] = [
  [1, 0, false],
  [-1, 0, false],
  [0, -1, false],
  [0, 1, false],
  [1, -1, true],
  [-1, -1, true],
  [1, 1, true],
  [-1, 1, true],
];
const SPOT_GAPS: readonly number[] = [14, 40, 72];

export function spotsAround(centre: Point, radius: number, w: number, h: number): Box[] {
  const spots: Box[] = [];
  for (const gap of SPOT_GAPS) {
    for (const [sx, sy, diagonal] of SPOT_DIRECTIONS) {
      const reach = diagonal ? radius * 0.7 : radius;
      spots.push({
        x: centre.x + (sx === 0 ? 0 : sx * (reach + gap + w / 2)),
        y: centre.y + (sy === 0 ? 0 : sy * (reach + gap + h / 2)),
        w,
        h,
      });
    }
  }
  return spots;
}

/** The point of a box nearest to p (p itself if inside). */
export function nearestInBox(box: Box, p: Point): Point {
  return {
    x: Math.max(box.x - box.w / 2, Math.min(box.x + box.w / 2, p.x)),
    y: Math.max(box.y - box.h / 2, Math.min(box.y + box.h / 2, p.y)),
  };
}

/**
 * Whether the segment a→b passes through the inside of the box (touching its edge or a corner does not
 * count): the segment is clipped to the box's four sides (Liang–Barsky) and what is left must have length.
 */
export function crosses(a: Point, b: Point, box: Box): boolean {
  return segmentCrosses(a.x, a.y, b.x, b.y, box);
}

/** crosses, with the segment given by its coordinates (spotCost calls it without making points). */
function segmentCrosses(ax: number, ay: number, bx: number, by: number, box: Box): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  const left = box.x - box.w / 2;
  const right = box.x + box.w / 2;
  const top = box.y - box.h / 2;
  const bottom = box.y + box.h / 2;
  let enter = 0;
  let leave = 1;
  // The part of the segment with p·t < q, for each side in turn (no closure: this runs thousands of times
  // per drawing of the markers).
  for (let side = 0; side < 4; side++) {
    const p = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
    const q = side === 0 ? ax - left : side === 1 ? right - ax : side === 2 ? ay - top : bottom - ay;
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
    if (enter >= leave) return false;
  }
  return leave - enter > 1e-9;
}

/**
 * How bad a spot is: what it hides of the obstacles (by their weight), how far it leaves the view, and
 * each obstacle the line from `from` to it would cross. Stops counting once past `enough` (a spot already
 * found is better), and then returns a figure above it.
 */
export function spotCost(
  spot: Box,
  obstacles: readonly Box[],
  from?: Point,
  view: Bounds = FULL_VIEW,
  enough = Infinity,
): number {
  const outside =
    Math.max(0, view.left - (spot.x - spot.w / 2)) +
    Math.max(0, spot.x + spot.w / 2 - view.right) +
    Math.max(0, view.top - (spot.y - spot.h / 2)) +
    Math.max(0, spot.y + spot.h / 2 - view.bottom);
  let cost = outside * 1000;
  for (const o of obstacles) cost += overlap(spot, o) * (o.weight ?? 1);
  if (!from || cost >= enough) return cost;
  // The leader line's end: the point of the spot nearest to `from` (see nearestInBox).
  const endX = Math.max(spot.x - spot.w / 2, Math.min(spot.x + spot.w / 2, from.x));
  const endY = Math.max(spot.y - spot.h / 2, Math.min(spot.y + spot.h / 2, from.y));
  for (const o of obstacles) {
    if (Math.abs(o.x - from.x) < 1 && Math.abs(o.y - from.y) < 1) continue;
    if (segmentCrosses(from.x, from.y, endX, endY, o)) cost += 600 * (o.weight ?? 1);
    if (cost >= enough) return cost;
  }
  return cost;
}

/**
 * The spot that hides the least of what is already drawn, stays on screen and can be joined to `from`
 * by a short line that crosses nothing; the earlier spot wins a tie, so the choice is stable (and a spot
 * that costs nothing ends the search).
 */
export function leastCrowded(
  spots: readonly Box[],
  obstacles: readonly Box[],
  from?: Point,
  view: Bounds = FULL_VIEW,
): Box | undefined {
  let best: Box | undefined;
  let bestCost = Infinity;
  for (const spot of spots) {
    const cost = spotCost(spot, obstacles, from, view, bestCost - 1e-6);
    if (cost < bestCost - 1e-6) {
      best = spot;
      bestCost = cost;
      if (cost <= 0) break;
    }
  }
  return best;
}
