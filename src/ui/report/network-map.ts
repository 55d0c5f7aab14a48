// The final network map of the report: a static SVG built with DOM APIs, placed like the territory
// map (same layout), with every trust and bond written as a number, never shown by colour alone.
import type { BondReport, PartnerReport } from '../../engine/report.ts';
import {
  bondControl,
  bondStyle,
  CENTRE,
  CENTRE_RADIUS,
  DESIGN_HEIGHT,
  DESIGN_WIDTH,
  NODE_RADIUS,
  placePartners,
  splitName,
  trustStyle,
} from '../../map/layout.ts';
import type { Point } from '../../map/layout.ts';
import { SECTOR_COLOURS } from '../../map/palette.ts';

const SVG = 'http://www.w3.org/2000/svg';

type SvgAttrs = Readonly<Record<string, string | number>>;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: SvgAttrs = {},
  ...children: (SVGElement | string)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

const hex = (n: number): string => `#${n.toString(16).padStart(6, '0')}`;

/** A number in a rounded pill, readable over any line. */
function pill(at: Point, label: string, className: string): SVGGElement {
  const width = 14 + label.length * 11;
  return svg(
    'g',
    { class: `pill ${className}` },
    svg('rect', { x: at.x - width / 2, y: at.y - 14, width, height: 28, rx: 14 }),
    svg('text', { x: at.x, y: at.y + 6, 'text-anchor': 'middle' }, label),
  );
}

/**
 * Fits the view box to what was drawn (labels reach past the orbit), with a margin. Call it once the
 * map is in the document: text has no size before.
 */
export function fitNetworkMap(map: SVGSVGElement, margin = 16): void {
  try {
    const box = map.getBBox();
    if (box.width <= 0 || box.height <= 0) return;
    map.setAttribute(
      'viewBox',
      `${Math.floor(box.x - margin)} ${Math.floor(box.y - margin)} ${Math.ceil(box.width + 2 * margin)} ${Math.ceil(box.height + 2 * margin)}`,
    );
  } catch {
    // Not rendered (no layout): the design-sized view box stays.
  }
}

export interface NetworkMapLabels {
  readonly title: string;
  readonly description: string;
  readonly centre: string;
  readonly notMet: string;
  readonly bond: string;
}

export function networkMap(
  partners: readonly PartnerReport[],
  bonds: readonly BondReport[],
  labels: NetworkMapLabels,
  highContrast = false,
): SVGSVGElement {
  const places = placePartners(partners);
  const root = svg('svg', {
    viewBox: `0 0 ${DESIGN_WIDTH} ${DESIGN_HEIGHT}`,
    class: 'network-map',
    role: 'img',
    'aria-labelledby': 'network-map-title network-map-desc',
  });
  root.append(
    svg('title', { id: 'network-map-title' }, labels.title),
    svg('desc', { id: 'network-map-desc' }, labels.description),
  );

  const links = svg('g', { class: 'links' });
  const bondLayer = svg('g', { class: 'bonds' });
  const nodes = svg('g', { class: 'nodes' });
  const numbers = svg('g', { class: 'numbers' });

  for (const b of bonds) {
    const a = places.get(b.a);
    const c = places.get(b.b);
    if (!a || !c) continue;
    const control = bondControl(a, c);
    const style = bondStyle(b.value, highContrast);
    bondLayer.append(
      svg('path', {
        d: `M ${a.x} ${a.y} Q ${control.x} ${control.y} ${c.x} ${c.y}`,
        fill: 'none',
        stroke: hex(style.colour),
        'stroke-width': style.width,
        'stroke-dasharray': '10 8',
        'stroke-linecap': 'round',
      }),
    );
    // The midpoint of the curve, where its number goes.
    const mid = { x: 0.25 * a.x + 0.5 * control.x + 0.25 * c.x, y: 0.25 * a.y + 0.5 * control.y + 0.25 * c.y };
    numbers.append(pill(mid, `${labels.bond} ${b.value}`, 'bond-pill'));
  }

  for (const p of partners) {
    const at = places.get(p.id);
    if (!at) continue;
    if (p.known) {
      const style = trustStyle(p.trust, highContrast);
      links.append(
        svg('line', {
          x1: CENTRE.x,
          y1: CENTRE.y,
          x2: at.x,
          y2: at.y,
          stroke: hex(style.colour),
          'stroke-width': style.width,
          'stroke-linecap': 'round',
        }),
      );
      numbers.append(
        pill({ x: CENTRE.x * 0.45 + at.x * 0.55, y: CENTRE.y * 0.45 + at.y * 0.55 }, String(p.trust), 'trust-pill'),
      );
    }
    const { organisation, person } = splitName(p.name);
    const second = p.known ? person : labels.notMet;
    const lines = second === '' ? 1 : 2;
    const gap = NODE_RADIUS + 12;
    const side = at.labelSide;
    const anchor = side === 'left' ? 'end' : side === 'right' ? 'start' : 'middle';
    const x = side === 'left' ? at.x - gap : side === 'right' ? at.x + gap : at.x;
    const top =
      side === 'above'
        ? at.y - gap - (lines - 1) * 24
        : side === 'below'
          ? at.y + gap + 14
          : at.y + 6 - (lines - 1) * 12;
    const label = svg(
      'text',
      { x, y: top, 'text-anchor': anchor, class: 'node-label' },
      svg('tspan', { x, dy: 0, class: 'organisation' }, organisation),
    );
    if (second !== '') label.append(svg('tspan', { x, dy: 24, class: 'person' }, second));
    nodes.append(
      svg(
        'g',
        { class: p.known ? 'node' : 'node unknown' },
        svg('circle', {
          cx: at.x,
          cy: at.y,
          r: NODE_RADIUS,
          fill: p.known ? SECTOR_COLOURS[p.sector] : '#ffffff',
          stroke: p.known ? '#ffffff' : '#6b7280',
          'stroke-width': 3,
          'stroke-dasharray': p.known ? '0' : '6 5',
        }),
        label,
      ),
    );
  }

  nodes.append(
    svg(
      'g',
      { class: 'centre' },
      svg('circle', { cx: CENTRE.x, cy: CENTRE.y, r: CENTRE_RADIUS, fill: '#1f2a36' }),
      svg(
        'text',
        { x: CENTRE.x, y: CENTRE.y + CENTRE_RADIUS + 28, 'text-anchor': 'middle', class: 'node-label centre-label' },
        labels.centre,
      ),
    ),
  );

  root.append(links, bondLayer, nodes, numbers);
  return root;
}
