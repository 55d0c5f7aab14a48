// The play scene: the territory map over the backdrop of the current scene. It draws the view it is given
// and nothing else: trust links, bonds, partners once known, markers for choices that have a place.
//
// Drawing budget: the backdrop is one image painted once per scene; the links are a few dozen shapes drawn by
// one Graphics object; every label is a small painted image repainted only when its text or look changes.
// So a change of trust redraws shapes and one label, never a full-screen picture.
import Phaser from 'phaser';
import { MOODS } from '../engine/ids.ts';
import type { Mood, SceneId } from '../engine/ids.ts';
import type { DrawnMap, WorldBridge } from './bridge.ts';
import { SCENE_KEYS, TEXTURE_KEYS } from './keys.ts';
import {
  CENTRE,
  DESIGN_HEIGHT,
  DESIGN_WIDTH,
  FULL_VIEW,
  along,
  bondControl,
  bondKey,
  bondStyle,
  dashes,
  eachChange,
  formatDelta,
  leastCrowded,
  metricsFor,
  nearestInBox,
  placePartners,
  quadraticPoints,
  spotsAround,
  splitName,
  towards,
  truncate,
  trustStyle,
  viewFor,
} from '../map/layout.ts';
import type { Bounds, Box, MapMetrics, Placement, Point } from '../map/layout.ts';
import { Fingerprint } from '../map/fingerprint.ts';
import type { LabelSpec } from './paint/label.ts';
import { bondDashes, cssColour, drawBond, drawTrustLink, strokePolyline } from './paint/links.ts';
import type { BondDashes } from './paint/links.ts';
import { FONT_FAMILY, PALETTES } from '../map/palette.ts';
import type { MapPalette } from '../map/palette.ts';
import { FIGURE_VALUES, FigureCache, FigureLabel } from './figures.ts';
import { Pill } from './pill.ts';
import { resolutionOf } from './resolution.ts';
import { ensureBackdrop, ensureFeedback, ensureIcons, ensureMarkerPin, loadPortrait } from './textures.ts';
import { PIN_RADIUS } from './paint/pin.ts';
import type { WorldMarker, WorldPartner, WorldView } from '../map/world-view.ts';

const DEPTH = { layer: 0, links: 10, linkLabels: 20, nodes: 30, labels: 35, markers: 40, feedback: 50 } as const;
const FADE_MS = 450;
/** Between two pins of one place. */
const PIN_GAP = 6;

/** Something drawn that markers avoid, and how much it matters to the markers of its own partner or others'. */
interface DrawnBox extends Box {
  weight: number;
  readonly owner: string | null;
  readonly own: number;
  readonly other: number;
}

/** A floating note: shown at `at` (scene time) at height `y`, then rising and fading unless motion is reduced. */
interface FloatingNote {
  readonly image: Phaser.GameObjects.Image;
  readonly at: number;
  readonly y: number;
  readonly calm: boolean;
}

/** How long a note rises, when it starts to fade, how long it fades; how long it stays when motion is reduced. */
const NOTE_RISE_MS = 1800;
const NOTE_FADE_AT_MS = 1100;
const NOTE_FADE_MS = 700;
const NOTE_CALM_MS = 2200;
const NOTE_RISE = 38;
/** More notes at once would be noise: the oldest gives its image to the newest. */
const MAX_NOTES = 12;

/** A choice's pin on the map; the same pin is given another choice when the markers change. */
interface MarkerPin {
  readonly image: Phaser.GameObjects.Image;
  marker: WorldMarker;
}

interface LinkShape {
  readonly graphics: Phaser.GameObjects.Graphics;
  /** What it was last drawn for: its value, and for a trust link which of the two label places it has. */
  value: number;
  alternate: boolean;
  drawn: boolean;
}

interface PartnerNode {
  readonly container: Phaser.GameObjects.Container;
  readonly ring: Phaser.GameObjects.Image;
  readonly portrait: Phaser.GameObjects.Image;
  readonly badge: Phaser.GameObjects.Image;
  readonly speakerRing: Phaser.GameObjects.Graphics;
  readonly label: Pill;
  labelSpots: Box[];
  wantedPortrait: string;
  /** What the node was last styled for, and what its face and speaker's ring show (see styleNode). */
  readonly styled: Fingerprint;
  readonly voice: Fingerprint;
  speaking: boolean;
  pulse: Phaser.Tweens.Tween | undefined;
}

export class MapScene extends Phaser.Scene {
  private view: WorldView | undefined;
  private palette: MapPalette = PALETTES.normal;
  private metrics: MapMetrics = metricsFor(1);
  private bounds: Bounds = FULL_VIEW;
  /** Two backdrop images: one in front, the other fading out behind it when the scene changes. */
  private layers: [Phaser.GameObjects.Image, Phaser.GameObjects.Image] | undefined;
  /**
   * Each trust link and bond as its own shape, redrawn only when it changes (see drawLinks): a bond's by its
   * key (bondKey), a trust link's by its partner.
   */
  private bondLinks = new Map<string, LinkShape>();
  private trustLinks = new Map<string, LinkShape>();
  /** Bond keys already written, by first and second partner: a view that changes nothing writes none. */
  private bondKeys = new Map<string, Map<string, string>>();
  private liveBonds = new Set<string>();
  private liveTrust = new Set<string>();
  /** What every link's drawing depends on but its value (see drawLinks). */
  private linkDrawing = new Fingerprint();
  private front: 0 | 1 = 0;
  private backdropName: SceneId | undefined;
  private centreImage: Phaser.GameObjects.Image | undefined;
  private centreLabel: Pill | undefined;
  private nodes = new Map<string, PartnerNode>();
  private trustPills = new Map<string, FigureLabel>();
  private bondPills = new Map<string, FigureLabel>();
  /** The trust and bond figures, painted once per look (figures.ts); the look they were painted for. */
  private figures: FigureCache | undefined;
  private figureLook = new Fingerprint();
  /** Counts the figure prefetches: a newer one (or the scene closing) stops an older one. */
  private figureRound = 0;
  /** The markers on the map, in the order they were placed. */
  private markers: MarkerPin[] = [];
  /** Every pin made so far: the first ones show the markers, the others wait hidden. */
  private pins: MarkerPin[] = [];
  /** The hovered pin's choice, in words. */
  private markerTip: Pill | undefined;
  private tipChoice: number | null = null;
  private markersSeen: WorldView['markers'] | undefined;
  private markersText = '';
  /** The pulsing ring round each place that has had markers, by place, size, motion and contrast. */
  private markerRings = new Map<string, Phaser.GameObjects.Graphics>();
  private leaders: Phaser.GameObjects.Graphics | undefined;
  private ghosts = new Map<string, Phaser.GameObjects.Container>();
  private placements = new Map<string, Placement>();
  /** Each bond's dashes for the current placements. */
  private bondCuts = new Map<string, BondDashes>();
  /** Counts the layouts (partners placed anew): what is drawn from the layout checks it. */
  private layoutVersion = 0;
  private layoutPrint = new Fingerprint();
  private layerPrint = new Fingerprint();
  private markerPrint = new Fingerprint();
  /** Counts the markers' drawings, for publishDrawn. */
  private markerVersion = 0;
  private knownIds = new Set<string>();
  private trustBefore = new Map<string, number>();
  private bondsBefore = new Map<string, number>();
  /** The « Confiance +7 » notes floating up now, moved by update(); and those put away for the next ones. */
  private notes: FloatingNote[] = [];
  private spareNotes: Phaser.GameObjects.Image[] = [];
  /** The maps the next view fills, while trustBefore and bondsBefore hold the last view's (they take turns). */
  private trustSpare = new Map<string, number>();
  private bondsSpare = new Map<string, number>();
  /** Where the partners' labels were last placed from (see placeLabels). */
  private labelSignature = '';
  /** Whether a partner's label may have changed since they were placed. */
  private labelsMoved = true;
  private iconSignature = '';
  private drawnPrint = new Fingerprint();
  private centrePrint = new Fingerprint();
  /** Portraits to paint while the page is idle (see prefetchPortraits), and whether one is being painted. */
  private portraitQueue: { castId: string; mood: Mood; size: number }[] = [];
  private prefetching = false;
  /** Counts the scene's starts and stops: a prefetch of an earlier start does nothing. */
  private portraitRound = 0;
  /** Canvas pixels per design unit (resolution.ts): textures are painted at it and shown at 1/resolution. */
  private resolution = 1;

  constructor(private readonly bridge: WorldBridge) {
    super({ key: SCENE_KEYS.map });
  }

  /** Phaser reuses the scene object: everything is reset here, not in the constructor. */
  init(): void {
    this.view = undefined;
    this.palette = PALETTES.normal;
    this.metrics = metricsFor(1);
    this.bounds = FULL_VIEW;
    this.layers = undefined;
    this.bondLinks = new Map();
    this.trustLinks = new Map();
    this.bondKeys = new Map();
    this.liveBonds = new Set();
    this.liveTrust = new Set();
    this.linkDrawing = new Fingerprint();
    this.front = 0;
    this.backdropName = undefined;
    this.centreImage = undefined;
    this.centreLabel = undefined;
    this.nodes = new Map();
    this.trustPills = new Map();
    this.bondPills = new Map();
    this.figures = undefined;
    this.figureLook = new Fingerprint();
    this.figureRound += 1;
    this.markers = [];
    this.pins = [];
    this.markerTip = undefined;
    this.tipChoice = null;
    this.markersSeen = undefined;
    this.markersText = '';
    this.markerRings = new Map();
    this.leaders = undefined;
    this.ghosts = new Map();
    this.placements = new Map();
    this.bondCuts = new Map();
    this.layoutVersion = 0;
    this.layoutPrint = new Fingerprint();
    this.layerPrint = new Fingerprint();
    this.markerPrint = new Fingerprint();
    this.markerVersion = 0;
    this.knownIds = new Set();
    this.trustBefore = new Map();
    this.bondsBefore = new Map();
    this.notes = [];
    this.spareNotes = [];
    this.portraitQueue = [];
    this.prefetching = false;
    this.portraitRound += 1;
    this.trustSpare = new Map();
    this.bondsSpare = new Map();
    this.labelSignature = '';
    this.labelsMoved = true;
    this.iconSignature = '';
    this.drawnPrint = new Fingerprint();
    this.centrePrint = new Fingerprint();
    this.resolution = resolutionOf(this);
  }

  create(): void {
    const layer = (): Phaser.GameObjects.Image =>
      this.add.image(0, 0, '__DEFAULT').setOrigin(0, 0).setDepth(DEPTH.layer).setVisible(false);
    this.layers = [layer(), layer()];
    this.front = 0;
    this.leaders = this.add.graphics().setDepth(DEPTH.markers - 1);
    this.centreImage = this.add
      .image(CENTRE.x, CENTRE.y, '__DEFAULT')
      .setScale(1 / this.resolution)
      .setDepth(DEPTH.nodes);
    this.centreLabel = new Pill(this, CENTRE.x, CENTRE.y).setDepth(DEPTH.labels);
    this.figures = new FigureCache(this.textures, this.resolution);
    this.metrics = this.currentMetrics();
    this.frameCamera();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.shutdown();
    });
    this.applyView(this.bridge.view());
    this.bridge.sceneReady(this);
  }

  /** How big the map is on screen decides how big its labels are drawn (see metricsFor). */
  private currentMetrics(): MapMetrics {
    return metricsFor(this.scale.displaySize.width / DESIGN_WIDTH);
  }

  /** Zooms on the middle of the territory by k (see MapMetrics), at the canvas's resolution. */
  private frameCamera(): void {
    this.cameras.main.setZoom(this.metrics.k * this.resolution).centerOn(DESIGN_WIDTH / 2, DESIGN_HEIGHT / 2);
    this.bounds = viewFor(this.metrics.k);
  }

  private readonly onResize = (): void => {
    const metrics = this.currentMetrics();
    if (metrics.k === this.metrics.k) return;
    this.metrics = metrics;
    this.frameCamera();
    const view = this.view;
    if (!view) return;
    // Everything drawn depends on the sizes: start again from an empty map, without animations.
    for (const node of this.nodes.values()) {
      node.pulse?.remove();
      node.container.destroy();
      node.label.destroy();
    }
    this.nodes.clear();
    this.clearMarkers();
    removeStale(this.trustPills, new Set());
    removeStale(this.bondPills, new Set());
    this.layerPrint.reset();
    this.labelSignature = '';
    this.labelsMoved = true;
    this.iconSignature = '';
    this.drawnPrint.reset();
    this.centrePrint.reset();
    this.markerPrint.reset();
    this.view = undefined;
    this.applyView(view);
  };

  applyView(view: WorldView): void {
    if (!this.layers) return;
    const first = this.view === undefined;
    this.view = view;
    this.palette = view.highContrast ? PALETTES.contrast : PALETTES.normal;
    const icons = `${view.highContrast}|${this.metrics.k}`;
    if (icons !== this.iconSignature) {
      this.iconSignature = icons;
      ensureIcons(this.textures, view.highContrast, this.metrics, this.resolution);
    }

    const layout = this.layoutPrint.begin().add(this.metrics.k);
    for (const p of view.partners) layout.add(p.id).add(p.sector);
    if (layout.end()) {
      this.layoutVersion += 1;
      this.placements = placePartners(view.partners, 1 / this.metrics.k);
      this.bondCuts = new Map();
    }
    const known = this.knownPartners();
    this.updateCentre(view);
    this.updateNodes(known, view, first);
    this.updateLayer(known, view, first);
    this.updateMarkers(view);
    this.showChanges(known, view, first);
    this.publishDrawn(known);
  }

  /** Tells where things are drawn, when that changed: with the layout, the partners met, the markers or the tip. */
  private publishDrawn(known: readonly WorldPartner[]): void {
    const tip = this.markerTip?.visible ? this.tipChoice : null;
    const drawn = this.drawnPrint.begin().add(this.layoutVersion).add(this.markerVersion).add(tip);
    for (const p of known) drawn.add(p.id);
    if (!drawn.end()) return;
    this.bridge.drawn(this.drawnMap(known, tip));
  }

  /** The partners met, and placed (all of them once the view's partners are laid out). */
  private knownPartners(): WorldPartner[] {
    return (this.view?.partners ?? []).filter((p) => p.known && this.placements.has(p.id));
  }

  private drawnMap(known: readonly WorldPartner[], tip: number | null): DrawnMap {
    const b = this.bounds;
    const at = (p: Point): { x: number; y: number } => ({
      x: Math.round(((p.x - b.left) / (b.right - b.left)) * 10_000) / 10_000,
      y: Math.round(((p.y - b.top) / (b.bottom - b.top)) * 10_000) / 10_000,
    });
    return {
      partners: known.flatMap((p) => {
        const place = this.placements.get(p.id);
        return place ? [{ id: p.id, name: p.name, ...at(place) }] : [];
      }),
      markers: this.markers.map(({ image, marker }) => ({ choiceIndex: marker.choiceIndex, ...at(image) })),
      tip,
    };
  }

  // --- Backdrop and links ------------------------------------------------------------------------

  private updateLayer(known: readonly WorldPartner[], view: WorldView, first: boolean): void {
    const layers = this.layers;
    if (!layers) return;
    const knownIds = this.knownIds;
    knownIds.clear();
    for (const p of known) knownIds.add(p.id);
    const shown = (b: WorldView['bonds'][number]): boolean => knownIds.has(b.a) && knownIds.has(b.b) && b.a !== b.b;
    const print = this.layerPrint
      .begin()
      .add(view.scene)
      .add(view.highContrast)
      .add(view.labels.trust)
      .add(view.labels.bond)
      .add(this.layoutVersion);
    for (const p of known) print.add(p.id).add(Math.round(p.trust));
    for (const b of view.bonds) if (shown(b)) print.add(b.a).add(b.b).add(Math.round(b.value));
    if (!print.end()) return;

    this.drawLinks(known, view.bonds.filter(shown), view);

    const backdrop = ensureBackdrop(this.textures, view.scene, view.highContrast);
    const front = layers[this.front];
    if (front.visible && front.texture.key === backdrop) return;
    const sceneChanged = this.backdropName !== undefined && this.backdropName !== view.scene;
    this.backdropName = view.scene;
    const fade = sceneChanged && !first && !view.reducedMotion;
    const target = fade ? ((1 - this.front) as 0 | 1) : this.front;
    const image = layers[target].setTexture(backdrop).setDisplaySize(DESIGN_WIDTH, DESIGN_HEIGHT);
    const other = layers[(1 - target) as 0 | 1];
    this.tweens.killTweensOf(image);
    if (!fade) {
      image
        .setVisible(true)
        .setAlpha(1)
        .setDepth(DEPTH.layer + 1);
      other.setVisible(false);
      return;
    }
    // Cross-fade to the new scene's backdrop.
    this.front = target;
    other.setDepth(DEPTH.layer).setVisible(true).setAlpha(1);
    image
      .setDepth(DEPTH.layer + 1)
      .setVisible(true)
      .setAlpha(0);
    this.tweens.add({
      targets: image,
      alpha: 1,
      duration: FADE_MS,
      ease: 'Sine.easeInOut',
      onComplete: () => {
        other.setVisible(false);
      },
    });
  }

  private drawLinks(known: readonly WorldPartner[], bonds: WorldView['bonds'], view: WorldView): void {
    const p = this.palette;
    const m = this.metrics;
    // Where links go and how they look, but for their values, only changes with the layout and the settings.
    const drawing = this.linkDrawing
      .begin()
      .add(this.layoutVersion)
      .add(view.highContrast)
      .add(view.labels.bond)
      .add(view.labels.trust);
    if (drawing.end()) {
      for (const shape of this.bondLinks.values()) shape.drawn = false;
      for (const shape of this.trustLinks.values()) shape.drawn = false;
    }
    const casing = { colour: p.casing, alpha: p.casingAlpha };
    const figures = this.figures;
    if (!figures) return;
    const look = this.figureLook.begin().add(m.k).add(view.highContrast).add(view.labels.trust).add(view.labels.bond);
    if (look.end()) {
      // Every figure is shown again below, in the new look.
      figures.clear();
      this.prefetchFigures();
    }

    // Bonds first, under the trust links: dashed curves between two known partners.
    const liveBonds = this.liveBonds;
    liveBonds.clear();
    for (const bond of bonds) {
      const a = this.placements.get(bond.a);
      const b = this.placements.get(bond.b);
      if (!a || !b) continue;
      const key = this.keyOf(bond.a, bond.b);
      liveBonds.add(key);
      const shape = this.linkShape(this.bondLinks, key, DEPTH.links, bond.value, false);
      if (!shape) continue;
      const control = bondControl(a, b);
      const start = towards(a, control, m.nodeRadius + 6);
      const end = towards(b, control, m.nodeRadius + 6);
      const style = bondStyle(bond.value, view.highContrast);
      let cut = this.bondCuts.get(key);
      if (!cut) {
        cut = bondDashes(start, control, end);
        this.bondCuts.set(key, cut);
      }
      drawBond(shape, cut, style, casing);
      const mid = quadraticPoints(start, control, end, 2)[1] ?? control;
      const pill = this.bondPills.get(key) ?? this.newFigureLabel();
      this.bondPills.set(key, pill);
      pill.setPosition(mid.x, mid.y).show(figures.get('bond', Math.round(bond.value), this.bondLook));
    }
    removeStale(this.bondPills, liveBonds);

    // Trust links from Relais Insertion, by width, colour and number.
    const liveTrust = this.liveTrust;
    liveTrust.clear();
    const ordered = [...known].sort(
      (x, y) => (this.placements.get(x.id)?.angle ?? 0) - (this.placements.get(y.id)?.angle ?? 0),
    );
    ordered.forEach((partner, i) => {
      const place = this.placements.get(partner.id);
      if (!place) return;
      liveTrust.add(partner.id);
      // Alternate labels along neighbouring links so that they do not touch.
      const alternate = i % 2 === 0;
      const shape = this.linkShape(this.trustLinks, partner.id, DEPTH.links + 1, partner.trust, alternate);
      if (!shape) return;
      const style = trustStyle(partner.trust, view.highContrast);
      const start = towards(CENTRE, place, m.centreRadius + 4);
      const end = towards(place, CENTRE, m.nodeRadius + 5);
      const at = along(start, end, alternate ? 0.56 : 0.7);
      drawTrustLink(shape, start, end, style, casing);
      const pill = this.trustPills.get(partner.id) ?? this.newFigureLabel();
      this.trustPills.set(partner.id, pill);
      pill.setPosition(at.x, at.y).show(figures.get('trust', Math.round(partner.trust), this.trustLook));
    });
    removeStale(this.trustPills, liveTrust);
    removeStaleShapes(this.bondLinks, liveBonds);
    removeStaleShapes(this.trustLinks, liveTrust);
  }

  private newFigureLabel(): FigureLabel {
    return new FigureLabel(this, 0, 0, this.resolution).setDepth(DEPTH.linkLabels);
  }

  /** A trust figure (« Confiance 52 ») in the current look, its border in the colour of its link. */
  private readonly trustLook = (value: number): LabelSpec => {
    const view = this.view;
    return {
      ...this.labelLook('figure'),
      border: cssColour(trustStyle(value, view?.highContrast ?? false).colour),
      borderWidth: 2,
      lines: [
        {
          text: `${view?.labels.trust ?? ''} ${value}`,
          size: this.metrics.text.trust,
          bold: true,
          colour: this.palette.ink,
        },
      ],
    };
  };

  /** A bond figure (« Lien 40 ») in the current look. */
  private readonly bondLook = (value: number): LabelSpec => ({
    ...this.labelLook('figure'),
    lines: [
      { text: `${this.view?.labels.bond ?? ''} ${value}`, size: this.metrics.text.bond, colour: this.palette.inkSoft },
    ],
  });

  /**
   * Paints every trust and bond figure of this look while the page is idle (0 to 100 each), so that a change
   * of trust or of a bond shows a figure already painted.
   */
  private prefetchFigures(): void {
    this.figureRound += 1;
    const round = this.figureRound;
    let next = 0;
    const step = (deadline?: IdleDeadline): void => {
      const figures = this.figures;
      if (round !== this.figureRound || !figures) return;
      do {
        if (next >= 2 * FIGURE_VALUES) return;
        if (next < FIGURE_VALUES) figures.get('trust', next, this.trustLook);
        else figures.get('bond', next - FIGURE_VALUES, this.bondLook);
        next += 1;
      } while (deadline && deadline.timeRemaining() > 2);
      whenIdle(step);
    };
    whenIdle(step);
  }

  /** bondKey, written once for each pair of partners. */
  private keyOf(a: string, b: string): string {
    let row = this.bondKeys.get(a);
    if (!row) {
      row = new Map();
      this.bondKeys.set(a, row);
    }
    let key = row.get(b);
    if (key === undefined) {
      key = bondKey(a, b);
      row.set(b, key);
    }
    return key;
  }

  /**
   * The cleared shape to draw a link into when its value has changed (or the drawing as a whole, see
   * drawLinks), or undefined when it is drawn already, its pill too.
   */
  private linkShape(
    links: Map<string, LinkShape>,
    key: string,
    depth: number,
    value: number,
    alternate: boolean,
  ): Phaser.GameObjects.Graphics | undefined {
    let shape = links.get(key);
    if (!shape) {
      shape = { graphics: this.add.graphics().setDepth(depth), value, alternate, drawn: false };
      links.set(key, shape);
    }
    if (shape.drawn && shape.value === value && shape.alternate === alternate) return undefined;
    shape.drawn = true;
    shape.value = value;
    shape.alternate = alternate;
    return shape.graphics.clear();
  }

  // --- Relais Insertion -------------------------------------------------------------------------

  /** A label's box: a name's (with a shadow), or a trust or bond figure's (smaller, flat). */
  private labelLook(kind: 'name' | 'figure' = 'name'): Omit<LabelSpec, 'lines'> {
    const p = this.palette;
    const box = { fill: cssColour(p.pill), border: cssColour(p.pillBorder), borderWidth: p.pillBorderWidth };
    return kind === 'figure'
      ? { ...box, radius: 9, padX: 7, padY: 2 }
      : { ...box, radius: 10, padX: 10, padY: 4, shadow: true };
  }

  private updateCentre(view: WorldView): void {
    const m = this.metrics;
    if (!this.centrePrint.begin().add(view.centreLabel).add(view.highContrast).add(m.k).end()) return;
    // The partners' labels keep clear of Relais Insertion's.
    this.labelsMoved = true;
    this.centreImage?.setTexture(TEXTURE_KEYS.centre(view.highContrast, m.centreRadius));
    this.centreLabel?.set({
      ...this.labelLook(),
      lines: [{ text: view.centreLabel, size: m.text.centre, bold: true, colour: this.palette.ink }],
    });
    this.centreLabel?.setPosition(CENTRE.x, CENTRE.y + m.centreRadius + 8 + (this.centreLabel.pillHeight || 0) / 2);
  }

  // --- Partners ---------------------------------------------------------------------------------

  private updateNodes(known: readonly WorldPartner[], view: WorldView, first: boolean): void {
    const keep = new Set(known.map((p) => p.id));
    for (const [id, node] of this.nodes) {
      if (keep.has(id)) continue;
      node.pulse?.remove();
      node.container.destroy();
      node.label.destroy();
      this.nodes.delete(id);
      this.labelsMoved = true;
    }
    for (const partner of known) {
      const place = this.placements.get(partner.id);
      if (!place) continue;
      let node = this.nodes.get(partner.id);
      const isNew = !node;
      if (!node) {
        node = this.createNode(partner, place);
        this.nodes.set(partner.id, node);
        this.prefetchPortraits(partner.id);
      }
      this.styleNode(node, partner, place, view);
      if (isNew && !first && !view.reducedMotion) {
        node.container.setScale(0.6).setAlpha(0);
        node.label.setAlpha(0);
        this.tweens.add({ targets: node.container, scale: 1, alpha: 1, duration: 420, ease: 'Back.easeOut' });
        this.tweens.add({ targets: node.label, alpha: 1, duration: 420, delay: 120 });
      }
    }
    this.placeLabels();
  }

  private createNode(partner: WorldPartner, place: Placement): PartnerNode {
    const speakerRing = this.add.graphics().setVisible(false);
    const m = this.metrics;
    const shown = 1 / this.resolution;
    const ring = this.add.image(0, 0, TEXTURE_KEYS.nodeRing(partner.sector, false, m.nodeRadius)).setScale(shown);
    const portrait = this.add.image(0, 0, '__DEFAULT').setScale(shown).setVisible(false);
    const badge = this.add
      .image(m.nodeRadius * 0.74, m.nodeRadius * 0.74, TEXTURE_KEYS.sectorIcons(m.badge), partner.sector)
      .setScale(shown);
    const container = this.add.container(place.x, place.y, [speakerRing, ring, portrait, badge]).setDepth(DEPTH.nodes);
    const label = new Pill(this, place.x, place.y).setDepth(DEPTH.labels);
    return {
      container,
      ring,
      portrait,
      badge,
      speakerRing,
      label,
      labelSpots: [],
      wantedPortrait: '',
      styled: new Fingerprint(),
      voice: new Fingerprint(),
      speaking: false,
      pulse: undefined,
    };
  }

  private styleNode(node: PartnerNode, partner: WorldPartner, place: Placement, view: WorldView): void {
    const m = this.metrics;
    const speaking = view.speaker?.id === partner.id;
    const mood: Mood = speaking && view.speaker ? view.speaker.mood : 'neutral';
    // The face and the speaker's ring change with the speaker and the mood; the label does not.
    const voice = node.voice.begin().add(speaking).add(mood).add(view.highContrast).add(view.reducedMotion).add(m.k);
    if (voice.end()) {
      this.showPortrait(node, partner.id, mood);
      this.setSpeaking(node, speaking, view.reducedMotion);
    }
    // A partner's ring, badge and label stay the same until its name, its sector, its place or the display
    // settings change.
    const styled = node.styled
      .begin()
      .add(partner.name)
      .add(partner.sector)
      .add(view.highContrast)
      .add(m.k)
      .add(place.x)
      .add(place.y)
      .add(place.angle)
      .add(place.labelSide);
    if (!styled.end()) return;
    this.labelsMoved = true;
    node.ring.setTexture(TEXTURE_KEYS.nodeRing(partner.sector, view.highContrast, m.nodeRadius));
    node.badge.setFrame(partner.sector);

    const { organisation, person } = splitName(partner.name);
    const sideways = place.labelSide === 'left' || place.labelSide === 'right';
    // Beside the node the label is narrower, so that it fits between the node and the edge.
    const wrap = sideways ? Math.round(m.wrap * 0.8) : m.wrap;
    node.label.set({
      ...this.labelLook(),
      lines: [
        { text: organisation, size: m.text.name, bold: true, colour: this.palette.ink, wrap },
        { text: person, size: m.text.person, colour: this.palette.inkSoft, wrap },
      ],
    });
    const w = node.label.pillWidth;
    const h = node.label.pillHeight;
    const at = (side: Placement['labelSide']): Point => {
      const gap = m.nodeRadius + (side === 'left' || side === 'right' ? 14 : 8);
      switch (side) {
        case 'above':
          return { x: place.x, y: place.y - gap - h / 2 };
        case 'below':
          return { x: place.x, y: place.y + gap + h / 2 };
        case 'left':
          return { x: place.x - gap - w / 2, y: place.y };
        case 'right':
          return { x: place.x + gap + w / 2, y: place.y };
      }
    };
    // Where the label may go, best first: away from the centre, then the other sides (placeLabels picks).
    const vertical: Placement['labelSide'][] = place.y > CENTRE.y ? ['below', 'above'] : ['above', 'below'];
    const horizontal: Placement['labelSide'][] = place.x > CENTRE.x ? ['right', 'left'] : ['left', 'right'];
    const order = [place.labelSide, ...(sideways ? [...vertical, ...horizontal] : [...horizontal, ...vertical])];
    node.labelSpots = [...new Set(order)].map((side) => {
      const p = at(side);
      return { x: this.clampX(p.x, w), y: this.clampY(p.y, h), w, h };
    });
  }

  /** Puts each partner's label where it hides no node and no other label, preferring its own side. */
  private placeLabels(): void {
    // Labels only move when a partner appears or goes, or a label changes size.
    if (!this.labelsMoved) return;
    this.labelsMoved = false;
    const signature = JSON.stringify([
      this.centreLabel ? [this.centreLabel.x, this.centreLabel.y, this.centreLabel.pillWidth] : null,
      [...this.nodes].map(([id, node]) => [id, node.labelSpots]),
    ]);
    if (signature === this.labelSignature) return;
    this.labelSignature = signature;
    const m = this.metrics;
    const obstacles: Box[] = [
      { x: CENTRE.x, y: CENTRE.y, w: m.centreRadius * 2 + 10, h: m.centreRadius * 2 + 10, weight: 8 },
    ];
    if (this.centreLabel) {
      const c = this.centreLabel;
      obstacles.push({ x: c.x, y: c.y, w: c.pillWidth, h: c.pillHeight, weight: 4 });
    }
    const nodes = [...this.nodes.entries()].sort(
      ([a], [b]) => (this.placements.get(a)?.angle ?? 0) - (this.placements.get(b)?.angle ?? 0),
    );
    for (const [, node] of nodes) {
      const d = m.nodeRadius * 2 + 10;
      obstacles.push({ x: node.container.x, y: node.container.y, w: d, h: d, weight: 8 });
    }
    for (const [, node] of nodes) {
      const spot = leastCrowded(node.labelSpots, obstacles, undefined, this.bounds) ?? node.labelSpots[0];
      if (!spot) continue;
      node.label.setPosition(spot.x, spot.y);
      obstacles.push({ ...spot, weight: 4 });
    }
  }

  private showPortrait(node: PartnerNode, castId: string, mood: Mood): void {
    // Painted at the canvas's resolution (the node shows it at 1/resolution).
    const size = Math.round(this.metrics.nodeRadius * 2 * this.resolution);
    const key = TEXTURE_KEYS.portrait(castId, mood, size);
    if (node.wantedPortrait === key) return;
    node.wantedPortrait = key;
    void loadPortrait(this.textures, castId, mood, size).then((loaded) => {
      // The node may be gone, or want another mood by now. (A destroyed object has no scene.)
      if (loaded === null || node.wantedPortrait !== loaded || !(node.portrait.scene as Phaser.Scene | undefined))
        return;
      node.portrait.setTexture(loaded).setVisible(true);
    });
  }

  /**
   * Paints a partner's face in every mood while the page is idle, one at a time: when the partner speaks,
   * the face of the mood is there at once, and the change that makes them speak does not wait for DiceBear
   * to draw it.
   */
  private prefetchPortraits(castId: string): void {
    const size = Math.round(this.metrics.nodeRadius * 2 * this.resolution);
    for (const mood of MOODS) this.portraitQueue.push({ castId, mood, size });
    this.nextPortrait();
  }

  private nextPortrait(): void {
    if (this.prefetching) return;
    const next = this.portraitQueue.shift();
    if (!next) return;
    this.prefetching = true;
    const round = this.portraitRound;
    whenIdle(() => {
      // The scene may have stopped (or started again) meanwhile.
      if (round !== this.portraitRound) return;
      void loadPortrait(this.textures, next.castId, next.mood, next.size).then(() => {
        if (round !== this.portraitRound) return;
        this.prefetching = false;
        this.nextPortrait();
      });
    });
  }

  private setSpeaking(node: PartnerNode, speaking: boolean, reducedMotion: boolean): void {
    node.speakerRing.clear();
    node.speakerRing.lineStyle(4, this.palette.speaker, 1);
    node.speakerRing.strokeCircle(0, 0, this.metrics.nodeRadius + 9);
    node.speakerRing.setVisible(speaking);
    const wantsPulse = speaking && !reducedMotion;
    if (speaking === node.speaking && (node.pulse !== undefined) === wantsPulse) return;
    node.speaking = speaking;
    node.pulse?.remove();
    node.pulse = undefined;
    node.speakerRing.setAlpha(1);
    if (wantsPulse) {
      node.pulse = this.tweens.add({
        targets: node.speakerRing,
        alpha: 0.35,
        duration: 900,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
      });
    }
  }

  // --- Markers ----------------------------------------------------------------------------------

  private clearMarkers(): void {
    for (const pin of this.pins) pin.image.destroy();
    this.markers = [];
    this.pins = [];
    this.markerTip?.setVisible(false);
    for (const r of this.markerRings.values()) {
      this.tweens.killTweensOf(r);
      r.destroy();
    }
    this.markerRings.clear();
    this.leaders?.clear();
    for (const g of this.ghosts.values()) g.destroy();
    this.ghosts.clear();
  }

  private updateMarkers(view: WorldView): void {
    // The same list of markers is not written out again (most changes leave it as it was).
    // They are drawn in choice order (below), so markers that only come in another order draw the same.
    if (view.markers !== this.markersSeen) {
      this.markersSeen = view.markers;
      this.markersText = JSON.stringify([...view.markers].sort((a, b) => a.choiceIndex - b.choiceIndex));
    }
    // What the markers avoid (labels, trust figures) only moves with the layout and the partners met.
    const print = this.markerPrint
      .begin()
      .add(this.markersText)
      .add(view.highContrast)
      .add(view.reducedMotion)
      .add(this.layoutVersion);
    for (const p of view.partners) print.add(p.known);
    if (!print.end()) return;
    this.markerVersion += 1;
    this.leaders?.clear();
    this.markerTip?.setVisible(false);
    this.markers = [];

    // Places in the order of their first choice, each row of pins in choice order: the first choices get
    // the best spots, whatever order the markers come in.
    const byPlace = new Map<string, WorldMarker[]>();
    for (const marker of [...view.markers].sort((a, b) => a.choiceIndex - b.choiceIndex)) {
      const list = byPlace.get(marker.place) ?? [];
      list.push(marker);
      byPlace.set(marker.place, list);
    }
    const ringsShown = new Set<string>();
    const ghosts = new Map<string, Phaser.GameObjects.Container>();
    const placed: Box[] = [];
    const size = PIN_RADIUS * 2;
    let used = 0;
    const drawn = this.drawnBoxes();
    for (const [place, list] of byPlace) {
      for (const box of drawn) box.weight = box.owner === place ? box.own : box.other;
      const obstacles = [...drawn, ...placed];
      const partner = view.partners.find((p) => p.id === place);
      const placement = partner ? this.placements.get(partner.id) : undefined;
      // A place that is not a partner (a beneficiary's home, the office): at Relais Insertion.
      const anchor: Point = placement ?? CENTRE;
      const radius = placement ? this.metrics.nodeRadius : this.metrics.centreRadius;
      if (partner && placement && !partner.known) {
        ghosts.set(place, this.ghosts.get(place) ?? this.createGhost(placement));
        this.ghosts.delete(place);
      }
      const ringKey = `${anchor.x} ${anchor.y} ${radius} ${view.reducedMotion} ${view.highContrast}`;
      const ring = this.markerRings.get(ringKey) ?? this.createMarkerRing(anchor, radius, view.reducedMotion);
      this.markerRings.set(ringKey, ring.setVisible(true));
      ringsShown.add(ringKey);
      // The row of pins goes round the partner where it hides the least of the map.
      const w = list.length * size + (list.length - 1) * PIN_GAP;
      const spot = leastCrowded(spotsAround(anchor, radius + 8, w, size), obstacles, anchor, this.bounds) ?? {
        x: anchor.x,
        y: anchor.y,
        w,
        h: size,
      };
      placed.push({ ...spot, weight: 4 });
      this.drawLeader(anchor, radius, spot);
      const y = this.clampY(spot.y, size);
      let x = this.clampX(spot.x, w) - w / 2 + PIN_RADIUS;
      for (const marker of list) {
        const pin = this.pins[used] ?? this.createPin(marker);
        this.pins[used] = pin;
        used += 1;
        pin.marker = marker;
        pin.image
          .setTexture(this.pinTexture(marker, false))
          .setPosition(x, y)
          .setVisible(true)
          .setInteractive({ useHandCursor: true });
        x += size + PIN_GAP;
        this.markers.push(pin);
      }
    }
    for (const pin of this.pins.slice(used)) pin.image.removeInteractive().setVisible(false);
    // A ring stays made, hidden, for the next time its place has markers (there are a dozen places at most).
    for (const [key, ring] of this.markerRings) ring.setVisible(ringsShown.has(key));
    for (const ghost of this.ghosts.values()) ghost.destroy();
    this.ghosts = ghosts;
  }

  /**
   * Everything already on the map that a marker should not hide; a partner's own name and trust matter more
   * to its own markers (`own`) than to the others' (`other`): updateMarkers sets `weight` for each place.
   */
  private drawnBoxes(): DrawnBox[] {
    const box = (
      pill: { readonly x: number; readonly y: number; readonly pillWidth: number; readonly pillHeight: number },
      owner: string | null,
      own: number,
      other: number,
    ): DrawnBox => ({
      x: pill.x,
      y: pill.y,
      w: pill.pillWidth,
      h: pill.pillHeight,
      weight: other,
      owner,
      own,
      other,
    });
    const m = this.metrics;
    const centre = m.centreRadius * 2 + 10;
    const boxes: DrawnBox[] = [
      { x: CENTRE.x, y: CENTRE.y, w: centre, h: centre, weight: 2, owner: null, own: 2, other: 2 },
    ];
    if (this.centreLabel) boxes.push(box(this.centreLabel, null, 2, 2));
    const d = m.nodeRadius * 2 + 12;
    for (const [id, node] of this.nodes) {
      boxes.push(box(node.label, id, 6, 2));
      boxes.push({ x: node.container.x, y: node.container.y, w: d, h: d, weight: 8, owner: null, own: 8, other: 8 });
    }
    for (const [id, pill] of this.trustPills) boxes.push(box(pill, id, 6, 2));
    for (const pill of this.bondPills.values()) boxes.push(box(pill, null, 1, 1));
    return boxes;
  }

  /** A short line from the partner to its markers, so that they never seem to belong to a neighbour. */
  private drawLeader(anchor: Point, radius: number, spot: Box): void {
    const g = this.leaders;
    if (!g) return;
    const near = nearestInBox(spot, anchor);
    const from = towards(anchor, near, radius + 4);
    g.lineStyle(5, 0xffffff, 1);
    g.lineBetween(from.x, from.y, near.x, near.y);
    g.lineStyle(3, this.palette.marker, 1);
    g.lineBetween(from.x, from.y, near.x, near.y);
    g.fillStyle(this.palette.marker, 1);
    g.fillCircle(from.x, from.y, 4);
  }

  /** A partner not yet on the map but named by a choice: a dashed circle with a question mark. */
  private createGhost(place: Placement): Phaser.GameObjects.Container {
    const g = this.add.graphics();
    const r = this.metrics.nodeRadius;
    const points: Point[] = [];
    for (let i = 0; i <= 48; i++) {
      const a = (i / 48) * Math.PI * 2;
      points.push({ x: Math.cos(a) * r, y: Math.sin(a) * r });
    }
    g.fillStyle(0xfffdf7, 0.8);
    g.fillCircle(0, 0, r);
    g.lineStyle(3, this.palette.ghost, 1);
    for (const piece of dashes(points, 8, 6)) strokePolyline(g, piece);
    const mark = this.add
      .text(0, 0, '?', {
        fontFamily: FONT_FAMILY,
        fontSize: `${Math.round(r * 0.85)}px`,
        fontStyle: 'bold',
        color: this.palette.inkSoft,
        resolution: this.resolution,
      })
      .setOrigin(0.5);
    return this.add.container(place.x, place.y, [g, mark]).setDepth(DEPTH.nodes);
  }

  private createMarkerRing(anchor: Point, radius: number, reducedMotion: boolean): Phaser.GameObjects.Graphics {
    const ring = this.add.graphics({ x: anchor.x, y: anchor.y }).setDepth(DEPTH.nodes - 1);
    ring.lineStyle(4, this.palette.marker, 0.9);
    ring.strokeCircle(0, 0, radius + 12);
    if (!reducedMotion) {
      this.tweens.add({
        targets: ring,
        scale: 1.18,
        alpha: 0.2,
        duration: 1100,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
      });
    }
    return ring;
  }

  private pinTexture(marker: WorldMarker, hovered: boolean): string {
    const p = this.palette;
    const fill = cssColour(hovered ? p.markerHover : p.marker);
    return ensureMarkerPin(this.textures, String(marker.choiceIndex + 1), fill, p.markerText, this.resolution);
  }

  private createPin(marker: WorldMarker): MarkerPin {
    const image = this.add
      .image(0, 0, this.pinTexture(marker, false))
      .setScale(1 / this.resolution)
      .setDepth(DEPTH.markers);
    const pin: MarkerPin = { image, marker };
    image.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, () => {
      image.setTexture(this.pinTexture(pin.marker, true));
      this.showTip(pin);
    });
    image.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OUT, () => {
      image.setTexture(this.pinTexture(pin.marker, false));
      this.markerTip?.setVisible(false);
      this.publishDrawn(this.knownPartners());
    });
    image.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => {
      this.bridge.onMarker(pin.marker.choiceIndex);
    });
    return pin;
  }

  /** The choice's words above its pin (below when there is no room above). */
  private showTip(pin: MarkerPin): void {
    const p = this.palette;
    this.markerTip ??= new Pill(this, 0, 0).setDepth(DEPTH.markers + 1);
    const tip = this.markerTip.set({
      fill: cssColour(p.markerHover),
      border: '#ffffff',
      borderWidth: 2,
      radius: 12,
      padX: 10,
      padY: 5,
      align: 'left',
      shadow: true,
      lines: [
        {
          text: truncate(pin.marker.text, 90),
          size: this.metrics.text.marker,
          bold: true,
          colour: p.markerText,
          wrap: this.metrics.markerWrap,
        },
      ],
    });
    const above = pin.image.y - PIN_RADIUS - 6 - tip.pillHeight / 2;
    const fits = above - tip.pillHeight / 2 >= this.bounds.top;
    const y = fits ? above : pin.image.y + PIN_RADIUS + 6 + tip.pillHeight / 2;
    tip.setPosition(this.clampX(pin.image.x, tip.pillWidth), y).setVisible(true);
    this.tipChoice = pin.marker.choiceIndex;
    this.publishDrawn(this.knownPartners());
  }

  // --- Feedback ---------------------------------------------------------------------------------

  private showChanges(known: readonly WorldPartner[], view: WorldView, first: boolean): void {
    // This view's values go into the spare maps, which then become the ones the next view is compared with:
    // nothing is allocated for a view that changes nothing.
    const trustBefore = this.trustBefore;
    const bondsBefore = this.bondsBefore;
    const trustNow = this.trustSpare;
    const bondsNow = this.bondsSpare;
    trustNow.clear();
    bondsNow.clear();
    for (const p of known) trustNow.set(p.id, Math.round(p.trust));
    for (const b of view.bonds) {
      if (trustNow.has(b.a) && trustNow.has(b.b)) bondsNow.set(this.keyOf(b.a, b.b), Math.round(b.value));
    }
    this.trustBefore = trustNow;
    this.bondsBefore = bondsNow;
    this.trustSpare = trustBefore;
    this.bondsSpare = bondsBefore;
    if (first) return;
    const r = this.metrics.nodeRadius;
    eachChange(trustBefore, trustNow, (id, delta) => {
      const place = this.placements.get(id);
      if (place)
        this.floatLabel(`${view.labels.trust} ${formatDelta(delta)}`, place.x + r, place.y - r - 14, delta, view);
    });
    eachChange(bondsBefore, bondsNow, (key, delta) => {
      const pill = this.bondPills.get(key);
      if (pill) this.floatLabel(`${view.labels.bond} ${formatDelta(delta)}`, pill.x, pill.y - 22, delta, view);
    });
  }

  private floatLabel(text: string, x: number, y: number, delta: number, view: WorldView): void {
    const colour = cssColour(trustStyle(delta > 0 ? 100 : 0, view.highContrast).colour);
    const key = ensureFeedback(this.textures, text, colour, this.metrics.text.feedback, this.resolution);
    const image = (this.spareNotes.pop() ?? this.oldestNote() ?? this.add.image(0, 0, key))
      .setTexture(key)
      .setScale(1 / this.resolution)
      .setDepth(DEPTH.feedback)
      .setAlpha(1)
      .setVisible(true);
    image.setPosition(this.clampX(x, image.displayWidth), y);
    this.notes.push({ image, at: this.time.now, y, calm: view.reducedMotion });
  }

  /** Takes the oldest note off the map when there are MAX_NOTES already, and gives back its image. */
  private oldestNote(): Phaser.GameObjects.Image | undefined {
    const notes = this.notes;
    if (notes.length < MAX_NOTES) return undefined;
    let oldest = 0;
    for (let i = 1; i < notes.length; i++) if ((notes[i]?.at ?? Infinity) < (notes[oldest]?.at ?? Infinity)) oldest = i;
    const [note] = notes.splice(oldest, 1);
    return note?.image;
  }

  /** Moves the floating notes (Phaser calls it every frame): no tween or object is made per note. */
  override update(time: number): void {
    const notes = this.notes;
    for (let i = notes.length - 1; i >= 0; i--) {
      const note = notes[i];
      if (!note) continue;
      const age = time - note.at;
      const over = note.calm ? age >= NOTE_CALM_MS : age >= NOTE_RISE_MS;
      if (over) {
        note.image.setVisible(false);
        this.spareNotes.push(note.image);
        notes[i] = notes[notes.length - 1] ?? note;
        notes.pop();
        continue;
      }
      if (note.calm) continue;
      const rise = 1 - (1 - Math.min(1, age / NOTE_RISE_MS)) ** 3;
      note.image.y = note.y - NOTE_RISE * rise;
      note.image.alpha = 1 - Math.max(0, Math.min(1, (age - NOTE_FADE_AT_MS) / NOTE_FADE_MS));
    }
  }

  /** Keeps a box of this width, centred on x, on screen. */
  private clampX(x: number, width: number): number {
    return Math.max(this.bounds.left + width / 2 + 6, Math.min(this.bounds.right - width / 2 - 6, x));
  }

  private clampY(y: number, height: number): number {
    return Math.max(this.bounds.top + height / 2 + 6, Math.min(this.bounds.bottom - height / 2 - 6, y));
  }

  private shutdown(): void {
    this.portraitQueue = [];
    this.prefetching = false;
    this.portraitRound += 1;
    this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize);
    // Game objects go with the scene; what is left is our own bookkeeping.
    this.clearMarkers();
    for (const node of this.nodes.values()) node.pulse?.remove();
    this.nodes.clear();
    this.trustPills.clear();
    this.bondPills.clear();
    this.figureRound += 1;
    this.figures?.clear();
    this.figures = undefined;
    this.notes = [];
    this.spareNotes = [];
    this.layers = undefined;
    this.bondLinks.clear();
    this.trustLinks.clear();
    this.leaders = undefined;
    this.centreImage = undefined;
    this.centreLabel = undefined;
    this.bridge.sceneGone(this);
  }
}

/** Runs `task` when the page has nothing else to do (within two seconds at most), with the time it has. */
function whenIdle(task: (deadline?: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 50);
}

function removeStaleShapes(shapes: Map<string, LinkShape>, live: ReadonlySet<string>): void {
  for (const [key, shape] of shapes) {
    if (live.has(key)) continue;
    shape.graphics.destroy();
    shapes.delete(key);
  }
}

function removeStale(pills: Map<string, { destroy(): void }>, live: ReadonlySet<string>): void {
  for (const [key, pill] of pills) {
    if (live.has(key)) continue;
    pill.destroy();
    pills.delete(key);
  }
}
