import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTORS } from '../../src/engine/ids.ts';
import type { Sector } from '../../src/engine/ids.ts';
import {
  CENTRE,
  DESIGN_HEIGHT,
  DESIGN_WIDTH,
  ORBIT,
  bondControl,
  bondKey,
  bondStyle,
  capsule,
  crosses,
  dashes,
  eachChange,
  formatDelta,
  labelSideFor,
  leastCrowded,
  nearestInBox,
  overlap,
  placePartners,
  scaleColour,
  spotCost,
  spotsAround,
  splitName,
  truncate,
  trustStyle,
} from '../../src/map/layout.ts';

const partner = (id: string, sector: Sector): { id: string; sector: Sector } => ({ id, sector });

function angularGap(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return Math.min(d, 360 - d);
}

describe('placePartners', () => {
  it('should give every partner a place on the orbit, known or not', () => {
    const partners = SECTORS.map((s, i) => partner(`p${i}`, s));
    const places = placePartners(partners);
    expect(places.size).toBe(partners.length);
    for (const p of places.values()) {
      const ex = (p.x - CENTRE.x) / ORBIT.rx;
      const ey = (p.y - CENTRE.y) / ORBIT.ry;
      expect(Math.hypot(ex, ey)).toBeCloseTo(1, 1);
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(DESIGN_WIDTH);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(DESIGN_HEIGHT);
    }
  });

  it('should be deterministic and independent of the order partners are listed in', () => {
    const partners = [partner('a', 'emploi'), partner('b', 'social'), partner('c', 'emploi'), partner('d', 'sante')];
    const once = placePartners(partners);
    const again = placePartners([...partners].reverse());
    for (const p of partners) expect(again.get(p.id)).toEqual(once.get(p.id));
  });

  it('should put a lone partner in its sector’s direction', () => {
    expect(placePartners([partner('ft', 'emploi')]).get('ft')).toMatchObject({
      x: CENTRE.x,
      y: CENTRE.y - ORBIT.ry,
      labelSide: 'above',
    });
    expect(placePartners([partner('h', 'logement')]).get('h')?.angle).toBeCloseTo(42, 5);
  });

  it('should spread several partners of one sector around its direction, apart from each other', () => {
    const partners = ['a', 'b', 'c', 'd'].map((id) => partner(id, 'emploi'));
    const places = [...placePartners(partners).values()];
    const angles = places.map((p) => p.angle);
    for (let i = 0; i < angles.length; i++) {
      for (let j = i + 1; j < angles.length; j++)
        expect(angularGap(angles[i] ?? 0, angles[j] ?? 0)).toBeGreaterThanOrEqual(37.9);
    }
    const mean = angles.reduce((s, a) => s + (a > 180 ? a - 360 : a), 0) / angles.length;
    expect(mean).toBeCloseTo(-90, 0);
  });

  it('should keep neighbours apart even when every partner shares a sector', () => {
    const partners = Array.from({ length: 12 }, (_, i) => partner(`p${String(i).padStart(2, '0')}`, 'social'));
    const angles = [...placePartners(partners).values()].map((p) => p.angle).sort((a, b) => a - b);
    for (let i = 0; i < angles.length; i++) {
      const next = angles[(i + 1) % angles.length] ?? 0;
      expect(angularGap(angles[i] ?? 0, next)).toBeGreaterThan(29);
    }
  });
});

describe('labelSideFor', () => {
  it('should put labels away from the centre', () => {
    expect(labelSideFor(0)).toBe('right');
    expect(labelSideFor(180)).toBe('left');
    expect(labelSideFor(-90)).toBe('above');
    expect(labelSideFor(90)).toBe('below');
  });
});

describe('link styles', () => {
  it('should grow wider with trust, from 2 to 12 px, and clamp out-of-range values', () => {
    expect(trustStyle(0, false).width).toBe(2);
    expect(trustStyle(100, false).width).toBe(12);
    expect(trustStyle(150, false)).toEqual(trustStyle(100, false));
    expect(trustStyle(-5, false)).toEqual(trustStyle(0, false));
    expect(trustStyle(60, false).width).toBeGreaterThan(trustStyle(40, false).width);
  });

  it('should draw bonds thinner than trust links', () => {
    for (const v of [0, 50, 100]) expect(bondStyle(v, false).width).toBeLessThan(trustStyle(v, false).width);
  });

  it('should run from brick to blue, darker in high contrast', () => {
    expect(scaleColour(0, false)).toBe(0xb3361f);
    expect(scaleColour(100, false)).toBe(0x1f62a8);
    expect(scaleColour(50, false)).toBe(0xc99a1c);
    const luminance = (c: number): number => ((c >> 16) & 255) * 0.3 + ((c >> 8) & 255) * 0.59 + (c & 255) * 0.11;
    for (const v of [0, 25, 50, 75, 100])
      expect(luminance(scaleColour(v, true))).toBeLessThan(luminance(scaleColour(v, false)));
  });
});

describe('eachChange', () => {
  it('should report what moved, and nothing for what just appeared', () => {
    const before = new Map([
      ['a', 50],
      ['b', 40],
    ]);
    const after = new Map([
      ['a', 55],
      ['b', 40],
      ['c', 70],
    ]);
    const seen: [string, number][] = [];
    eachChange(before, after, (key, delta) => seen.push([key, delta]));
    expect(seen).toEqual([['a', 5]]);
  });

  it('should write deltas with a sign, a true minus for losses', () => {
    expect(formatDelta(5)).toBe('+5');
    expect(formatDelta(-3)).toBe('\u22123');
  });

  it('should name a bond the same whichever partner comes first', () => {
    expect(bondKey('b', 'a')).toBe(bondKey('a', 'b'));
  });
});

describe('bond curves and dashes', () => {
  it('should bow a bond away from the centre', () => {
    const a = { x: CENTRE.x - 200, y: CENTRE.y - 150 };
    const b = { x: CENTRE.x + 200, y: CENTRE.y - 150 };
    expect(bondControl(a, b).y).toBeLessThan(a.y);
  });

  it('should cut a line into dashes that cover it in the right proportion', () => {
    const line = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ];
    const pieces = dashes(line, 10, 5);
    expect(pieces).toHaveLength(7);
    const covered = pieces.reduce((sum, p) => sum + ((p[p.length - 1]?.x ?? 0) - (p[0]?.x ?? 0)), 0);
    expect(covered).toBeCloseTo(70, 5);
  });

  it('should start the dashes later by the offset', () => {
    const line = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ];
    const starts = dashes(line, 12, 8, 1).map((p) => p[0]?.x);
    expect(starts.slice(0, 3)).toEqual([1, 21, 41]);
  });

  it('should outline a link with round ends as wide as asked', () => {
    const start = { x: 100, y: 100 };
    const end = { x: 300, y: 250 };
    const outline = capsule(start, end, 10);
    // Every point of the outline is half the width from the segment, and both ends are rounded.
    const distance = (p: { x: number; y: number }): number => {
      const dx = end.x - start.x;
      const dy = end.y - start.y;
      const t = Math.max(0, Math.min(1, ((p.x - start.x) * dx + (p.y - start.y) * dy) / (dx * dx + dy * dy)));
      return Math.hypot(p.x - (start.x + t * dx), p.y - (start.y + t * dy));
    };
    for (const p of outline) expect(distance(p)).toBeCloseTo(5, 6);
    expect(outline.some((p) => Math.hypot(p.x - end.x, p.y - end.y) < 5.01 && distance(p) > 4.99)).toBe(true);
    const beyondEnd = outline.filter((p) => (p.x - end.x) * 200 + (p.y - end.y) * 150 > 0);
    const beforeStart = outline.filter((p) => (p.x - start.x) * 200 + (p.y - start.y) * 150 < 0);
    expect(beyondEnd.length).toBeGreaterThan(3);
    expect(beforeStart.length).toBeGreaterThan(3);
  });
});

describe('marker placement', () => {
  it('should measure overlaps of boxes', () => {
    expect(overlap({ x: 0, y: 0, w: 10, h: 10 }, { x: 5, y: 5, w: 10, h: 10 })).toBe(25);
    expect(overlap({ x: 0, y: 0, w: 10, h: 10 }, { x: 20, y: 0, w: 10, h: 10 })).toBe(0);
  });

  it('should take the first free spot, and avoid a spot that hides something', () => {
    const centre = { x: 640, y: 360 };
    const spots = spotsAround(centre, 30, 100, 30);
    expect(leastCrowded(spots, [])).toEqual(spots[0]);
    const blocker = { ...(spots[0] ?? centre), w: 100, h: 30 };
    const chosen = leastCrowded(spots, [blocker]);
    expect(chosen).toBeDefined();
    expect(overlap(chosen ?? blocker, blocker)).toBe(0);
  });

  it('should keep markers on screen', () => {
    const spots = spotsAround({ x: 20, y: 360 }, 30, 200, 30);
    const chosen = leastCrowded(spots, []);
    expect((chosen?.x ?? 0) - (chosen?.w ?? 0) / 2).toBeGreaterThanOrEqual(0);
  });

  it('should prefer a spot whose leader line crosses nothing', () => {
    const from = { x: 640, y: 360 };
    const wall = { x: 640 + 60, y: 360, w: 20, h: 200, weight: 5 };
    const right = { x: 640 + 150, y: 360, w: 100, h: 30 };
    const left = { x: 640 - 150, y: 360, w: 100, h: 30 };
    expect(crosses(from, nearestInBox(right, from), wall)).toBe(true);
    expect(leastCrowded([right, left], [wall], from)).toEqual(left);
  });

  it('should tell that a segment crosses a box exactly when some point of it is inside the box', () => {
    const coordinate = fc.integer({ min: 0, max: 400 });
    const point = fc.record({ x: coordinate, y: coordinate });
    const box = fc.record({
      x: coordinate,
      y: coordinate,
      w: fc.integer({ min: 2, max: 200 }),
      h: fc.integer({ min: 2, max: 200 }),
    });
    fc.assert(
      fc.property(point, point, box, (a, b, o) => {
        // Dense samples (a step far under a pixel) inside the box, or inside it grown by a pixel.
        const inside = (margin: number): boolean => {
          for (let i = 0; i <= 2000; i++) {
            const t = i / 2000;
            const x = a.x + (b.x - a.x) * t;
            const y = a.y + (b.y - a.y) * t;
            if (Math.abs(x - o.x) < o.w / 2 + margin && Math.abs(y - o.y) < o.h / 2 + margin) return true;
          }
          return false;
        };
        const crossing = crosses(a, b, o);
        if (inside(-1)) expect(crossing).toBe(true);
        if (crossing) expect(inside(1)).toBe(true);
      }),
    );
  });

  it('should pick the spot of least cost, the earliest of equals, however soon it stops looking', () => {
    const coordinate = fc.integer({ min: 0, max: 1280 });
    const box = fc.record({
      x: coordinate,
      y: fc.integer({ min: 0, max: 720 }),
      w: fc.integer({ min: 10, max: 200 }),
      h: fc.integer({ min: 10, max: 120 }),
      weight: fc.integer({ min: 1, max: 8 }),
    });
    fc.assert(
      fc.property(
        fc.array(box, { minLength: 1, maxLength: 12 }),
        fc.array(box, { maxLength: 20 }),
        fc.option(fc.record({ x: coordinate, y: fc.integer({ min: 0, max: 720 }) }), { nil: undefined }),
        (spots, obstacles, from) => {
          const costs = spots.map((spot) => spotCost(spot, obstacles, from));
          const least = Math.min(...costs);
          const chosen = leastCrowded(spots, obstacles, from);
          expect(chosen).toBe(spots[costs.findIndex((c) => c <= least + 1e-6)]);
        },
      ),
    );
  });

  it('should not count a segment that only runs along a box’s edge as crossing it', () => {
    const o = { x: 100, y: 100, w: 40, h: 40 };
    expect(crosses({ x: 0, y: 80 }, { x: 200, y: 80 }, o)).toBe(false);
    expect(crosses({ x: 0, y: 81 }, { x: 200, y: 81 }, o)).toBe(true);
    expect(crosses({ x: 0, y: 0 }, { x: 80, y: 80 }, o)).toBe(false);
  });
});

describe('names and texts', () => {
  it('should split an organisation from its contact person', () => {
    expect(splitName('Mission locale du Val de Moran (Mme Sophie Lambert)')).toEqual({
      organisation: 'Mission locale du Val de Moran',
      person: 'Mme Sophie Lambert',
    });
    expect(splitName('CCAS')).toEqual({ organisation: 'CCAS', person: '' });
  });

  it('should shorten long texts at a word, with an ellipsis', () => {
    expect(truncate('Appeler le centre', 40)).toBe('Appeler le centre');
    const short = truncate('Appeler le CCAS pour préparer le dossier de Mme Dumas', 30);
    expect(short.length).toBeLessThanOrEqual(30);
    expect(short.endsWith('…')).toBe(true);
    expect(short).toBe('Appeler le CCAS pour préparer…');
  });
});
