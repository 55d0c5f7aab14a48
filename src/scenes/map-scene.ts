// The play scene: the territory map over the backdrop of the current scene. It draws the view it is given
// and nothing else: trust links, bonds, partners once known, markers for choices that have a place.
//
// Drawing budget: the backdrop and every link are painted together into one picture when the view changes,
// and every label is a small painted image, so a frame is a few dozen images whatever the network's size.
import Phaser from 'phaser';
import type { Mood, SceneId } from '../engine/ids.ts';
import type { WorldBridge } from './bridge.ts';
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
  changesBetween,
  dashes,
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
import type { LabelSpec } from './paint/label.ts';
import { cssColour, paintBond, paintTrustLink } from './paint/links.ts';
import { FONT_FAMILY, PALETTES } from '../map/palette.ts';
import type { MapPalette } from '../map/palette.ts';
import { Pill } from './pill.ts';
import { backdropCanvas, ensureIcons, loadPortrait } from './textures.ts';
import type { WorldMarker, WorldPartner, WorldView } from '../map/world-view.ts';

const DEPTH = { layer: 0, linkLabels: 20, nodes: 30, labels: 35, markers: 40, feedback: 50 } as const;
const FADE_MS = 450;

interface PartnerNode {
  readonly container: Phaser.GameObjects.Container;
  readonly ring: Phaser.GameObjects.Image;
  readonly portrait: Phaser.GameObjects.Image;
  readonly badge: Phaser.GameObjects.Image;
  readonly speakerRing: Phaser.GameObjects.Graphics;
  readonly label: Pill;
  labelSpots: Box[];
  wantedPortrait: string;
  speaking: boolean;
  pulse: Phaser.Tweens.Tween | undefined;
}

interface Layer {
  readonly texture: Phaser.Textures.CanvasTexture;
  readonly image: Phaser.GameObjects.Image;
}

export class MapScene extends Phaser.Scene {
  private view: WorldView | undefined;
  private palette: MapPalette = PALETTES.normal;
  private metrics: MapMetrics = metricsFor(1);
  private bounds: Bounds = FULL_VIEW;
  private layers: [Layer, Layer] | undefined;
  private front: 0 | 1 = 0;
  private backdropName: SceneId | undefined;
  private centreImage: Phaser.GameObjects.Image | undefined;
  private centreLabel: Pill | undefined;
  private nodes = new Map<string, PartnerNode>();
  private trustPills = new Map<string, Pill>();
  private bondPills = new Map<string, Pill>();
  private markers: Pill[] = [];
  private markerRings: Phaser.GameObjects.Graphics[] = [];
  private leaders: Phaser.GameObjects.Graphics | undefined;
  private ghosts: Phaser.GameObjects.Container[] = [];
  private placements = new Map<string, Placement>();
  private layoutSignature = '';
  private layerSignature = '';
  private markerSignature = '';
  private trustBefore = new Map<string, number>();
  private bondsBefore = new Map<string, number>();
  private feedback = new Set<Phaser.GameObjects.Text>();

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
    this.front = 0;
    this.backdropName = undefined;
    this.centreImage = undefined;
    this.centreLabel = undefined;
    this.nodes = new Map();
    this.trustPills = new Map();
    this.bondPills = new Map();
    this.markers = [];
    this.markerRings = [];
    this.leaders = undefined;
    this.ghosts = [];
    this.placements = new Map();
    this.layoutSignature = '';
    this.layerSignature = '';
    this.markerSignature = '';
    this.trustBefore = new Map();
    this.bondsBefore = new Map();
    this.feedback = new Set();
  }

  create(): void {
    const layer = (n: 0 | 1): Layer => {
      const key = TEXTURE_KEYS.mapLayer(n);
      const existing = this.textures.exists(key) ? this.textures.get(key) : undefined;
      const texture =
        existing instanceof Phaser.Textures.CanvasTexture
          ? existing
          : this.textures.createCanvas(key, DESIGN_WIDTH, DESIGN_HEIGHT);
      if (!texture) throw new Error('no canvas texture for the map');
      const image = this.add.image(0, 0, key).setOrigin(0, 0).setDepth(DEPTH.layer);
      return { texture, image };
    };
    this.layers = [layer(0), layer(1)];
    this.layers[1].image.setVisible(false);
    this.front = 0;
    this.leaders = this.add.graphics().setDepth(DEPTH.markers - 1);
    this.centreImage = this.add.image(CENTRE.x, CENTRE.y, '__DEFAULT').setDepth(DEPTH.nodes);
    this.centreLabel = new Pill(this, CENTRE.x, CENTRE.y).setDepth(DEPTH.labels);
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

  /** Zooms on the middle of the territory by k (see MapMetrics). */
  private frameCamera(): void {
    this.cameras.main.setZoom(this.metrics.k).centerOn(DESIGN_WIDTH / 2, DESIGN_HEIGHT / 2);
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
    this.layerSignature = '';
    this.markerSignature = '';
    this.view = undefined;
    this.applyView(view);
  };

  applyView(view: WorldView): void {
    if (!this.layers) return;
    const first = this.view === undefined;
    this.view = view;
    this.palette = view.highContrast ? PALETTES.contrast : PALETTES.normal;
    ensureIcons(this.textures, view.highContrast, this.metrics);

    const signature = `${this.metrics.k}|${view.partners.map((p) => `${p.id}:${p.sector}`).join(',')}`;
    if (signature !== this.layoutSignature) {
      this.layoutSignature = signature;
      this.placements = placePartners(view.partners, 1 / this.metrics.k);
    }
    const known = view.partners.filter((p) => p.known && this.placements.has(p.id));
    this.updateCentre(view);
    this.updateNodes(known, view, first);
    this.updateLayer(known, view, first);
    this.updateMarkers(view);
    this.showChanges(known, view, first);
  }

  // --- Backdrop and links: one picture ---------------------------------------------------------

  private updateLayer(known: readonly WorldPartner[], view: WorldView, first: boolean): void {
    const layers = this.layers;
    if (!layers) return;
    const knownIds = new Set(known.map((p) => p.id));
    const bonds = view.bonds.filter((b) => knownIds.has(b.a) && knownIds.has(b.b) && b.a !== b.b);
    const signature = JSON.stringify([
      view.scene,
      view.highContrast,
      view.labels,
      this.layoutSignature,
      known.map((p) => [p.id, Math.round(p.trust)]),
      bonds.map((b) => [b.a, b.b, Math.round(b.value)]),
    ]);
    if (signature === this.layerSignature) return;
    this.layerSignature = signature;

    const sceneChanged = this.backdropName !== undefined && this.backdropName !== view.scene;
    this.backdropName = view.scene;
    const fade = sceneChanged && !first && !view.reducedMotion;
    const target = fade ? ((1 - this.front) as 0 | 1) : this.front;
    const { texture, image } = layers[target];
    const ctx = texture.getContext();
    ctx.clearRect(0, 0, DESIGN_WIDTH, DESIGN_HEIGHT);
    ctx.drawImage(backdropCanvas(this.textures, view.scene, view.highContrast), 0, 0, DESIGN_WIDTH, DESIGN_HEIGHT);
    this.paintLinks(ctx, known, bonds, view);
    texture.refresh();

    const other = layers[(1 - target) as 0 | 1].image;
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

  private paintLinks(
    ctx: CanvasRenderingContext2D,
    known: readonly WorldPartner[],
    bonds: WorldView['bonds'],
    view: WorldView,
  ): void {
    const p = this.palette;
    const m = this.metrics;
    const casing = { colour: cssColour(p.casing), alpha: p.casingAlpha };
    const small: Omit<LabelSpec, 'lines'> = {
      fill: cssColour(p.pill),
      border: cssColour(p.pillBorder),
      borderWidth: p.pillBorderWidth,
      radius: 9,
      padX: 7,
      padY: 2,
    };

    // Bonds first, under the trust links: dashed curves between two known partners.
    const liveBonds = new Set<string>();
    for (const bond of bonds) {
      const a = this.placements.get(bond.a);
      const b = this.placements.get(bond.b);
      if (!a || !b) continue;
      const key = bondKey(bond.a, bond.b);
      liveBonds.add(key);
      const control = bondControl(a, b);
      const start = towards(a, control, m.nodeRadius + 6);
      const end = towards(b, control, m.nodeRadius + 6);
      paintBond(ctx, start, control, end, bondStyle(bond.value, view.highContrast), casing);
      const curve = quadraticPoints(start, control, end, 2);
      const mid = curve[1] ?? control;
      const pill = this.bondPills.get(key) ?? new Pill(this, mid.x, mid.y).setDepth(DEPTH.linkLabels);
      this.bondPills.set(key, pill);
      pill.setPosition(mid.x, mid.y).set({
        ...small,
        lines: [{ text: `${view.labels.bond} ${Math.round(bond.value)}`, size: m.text.bond, colour: p.inkSoft }],
      });
    }
    removeStale(this.bondPills, liveBonds);

    // Trust links from Relais Insertion, by width, colour and number.
    const liveTrust = new Set<string>();
    const ordered = [...known].sort(
      (x, y) => (this.placements.get(x.id)?.angle ?? 0) - (this.placements.get(y.id)?.angle ?? 0),
    );
    ordered.forEach((partner, i) => {
      const place = this.placements.get(partner.id);
      if (!place) return;
      liveTrust.add(partner.id);
      const style = trustStyle(partner.trust, view.highContrast);
      const start = towards(CENTRE, place, m.centreRadius + 4);
      const end = towards(place, CENTRE, m.nodeRadius + 5);
      paintTrustLink(ctx, start, end, style, casing);
      // Alternate labels along neighbouring links so that they do not touch.
      const at = along(start, end, i % 2 === 0 ? 0.56 : 0.7);
      const pill = this.trustPills.get(partner.id) ?? new Pill(this, at.x, at.y).setDepth(DEPTH.linkLabels);
      this.trustPills.set(partner.id, pill);
      pill.setPosition(at.x, at.y).set({
        ...small,
        border: cssColour(style.colour),
        borderWidth: 2,
        lines: [
          { text: `${view.labels.trust} ${Math.round(partner.trust)}`, size: m.text.trust, bold: true, colour: p.ink },
        ],
      });
    });
    removeStale(this.trustPills, liveTrust);
  }

  // --- Relais Insertion -------------------------------------------------------------------------

  private labelLook(): Omit<LabelSpec, 'lines'> {
    const p = this.palette;
    return {
      fill: cssColour(p.pill),
      border: cssColour(p.pillBorder),
      borderWidth: p.pillBorderWidth,
      radius: 10,
      padX: 10,
      padY: 4,
      shadow: true,
    };
  }

  private updateCentre(view: WorldView): void {
    const m = this.metrics;
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
    }
    for (const partner of known) {
      const place = this.placements.get(partner.id);
      if (!place) continue;
      let node = this.nodes.get(partner.id);
      const isNew = !node;
      if (!node) {
        node = this.createNode(partner, place);
        this.nodes.set(partner.id, node);
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
    const ring = this.add.image(0, 0, TEXTURE_KEYS.nodeRing(partner.sector, false, m.nodeRadius));
    const portrait = this.add.image(0, 0, '__DEFAULT').setVisible(false);
    const badge = this.add.image(
      m.nodeRadius * 0.74,
      m.nodeRadius * 0.74,
      TEXTURE_KEYS.sectorIcons(m.badge),
      partner.sector,
    );
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
      speaking: false,
      pulse: undefined,
    };
  }

  private styleNode(node: PartnerNode, partner: WorldPartner, place: Placement, view: WorldView): void {
    const m = this.metrics;
    node.ring.setTexture(TEXTURE_KEYS.nodeRing(partner.sector, view.highContrast, m.nodeRadius));
    node.badge.setFrame(partner.sector);
    const speaking = view.speaker?.id === partner.id;
    const mood: Mood = speaking && view.speaker ? view.speaker.mood : 'neutral';
    this.showPortrait(node, partner.id, mood);
    this.setSpeaking(node, speaking, view.reducedMotion);

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
    const size = this.metrics.nodeRadius * 2;
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
    for (const m of this.markers) m.destroy();
    this.markers = [];
    for (const r of this.markerRings) {
      this.tweens.killTweensOf(r);
      r.destroy();
    }
    this.markerRings = [];
    this.leaders?.clear();
    for (const g of this.ghosts) g.destroy();
    this.ghosts = [];
  }

  private updateMarkers(view: WorldView): void {
    const signature = JSON.stringify([
      view.markers,
      view.highContrast,
      view.reducedMotion,
      this.layoutSignature,
      view.partners.map((p) => p.known),
      [...this.trustPills.values()].map((p) => [p.x, p.y]),
    ]);
    if (signature === this.markerSignature) return;
    this.markerSignature = signature;
    this.clearMarkers();
    const byPlace = new Map<string, WorldMarker[]>();
    for (const marker of view.markers) {
      const list = byPlace.get(marker.place) ?? [];
      list.push(marker);
      byPlace.set(marker.place, list);
    }
    const placed: Box[] = [];
    for (const [place, list] of byPlace) {
      const obstacles = [...this.drawnBoxes(place), ...placed];
      const partner = view.partners.find((p) => p.id === place);
      const placement = partner ? this.placements.get(partner.id) : undefined;
      // A place that is not a partner (a beneficiary's home, the office): at Relais Insertion.
      const anchor: Point = placement ?? CENTRE;
      const radius = placement ? this.metrics.nodeRadius : this.metrics.centreRadius;
      if (partner && placement && !partner.known) this.ghosts.push(this.createGhost(placement));
      this.markerRings.push(this.createMarkerRing(anchor, radius, view.reducedMotion));
      // The stack of markers goes round the partner where it hides the least of the map.
      const buttons = list.map((marker) => this.createMarkerButton(marker));
      const gap = 6;
      const w = Math.max(...buttons.map((b) => b.pillWidth));
      const h = buttons.reduce((sum, b) => sum + b.pillHeight + gap, -gap);
      const spot = leastCrowded(spotsAround(anchor, radius + 8, w, h), obstacles, anchor, this.bounds) ?? {
        x: anchor.x,
        y: anchor.y,
        w,
        h,
      };
      placed.push({ ...spot, weight: 4 });
      this.drawLeader(anchor, radius, spot);
      let y = spot.y - h / 2;
      for (const button of buttons) {
        button.setPosition(
          this.clampX(spot.x, button.pillWidth),
          this.clampY(y + button.pillHeight / 2, button.pillHeight),
        );
        y += button.pillHeight + gap;
        this.markers.push(button);
      }
    }
  }

  /** Everything already on the map that a marker should not hide, the partner's own name and trust most. */
  private drawnBoxes(place: string): Box[] {
    const box = (pill: Pill, weight: number): Box => ({
      x: pill.x,
      y: pill.y,
      w: pill.pillWidth,
      h: pill.pillHeight,
      weight,
    });
    const m = this.metrics;
    const boxes: Box[] = [
      { x: CENTRE.x, y: CENTRE.y, w: m.centreRadius * 2 + 10, h: m.centreRadius * 2 + 10, weight: 2 },
    ];
    if (this.centreLabel) boxes.push(box(this.centreLabel, 2));
    for (const [id, node] of this.nodes) {
      boxes.push(box(node.label, id === place ? 6 : 2));
      boxes.push({
        x: node.container.x,
        y: node.container.y,
        w: m.nodeRadius * 2 + 12,
        h: m.nodeRadius * 2 + 12,
        weight: 8,
      });
    }
    for (const [id, pill] of this.trustPills) boxes.push(box(pill, id === place ? 6 : 2));
    for (const pill of this.bondPills.values()) boxes.push(box(pill, 1));
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

  private createMarkerButton(marker: WorldMarker): Pill {
    const p = this.palette;
    const look = (fill: number): LabelSpec => ({
      fill: cssColour(fill),
      border: '#ffffff',
      borderWidth: 2,
      radius: 16,
      padX: 10,
      padY: 5,
      align: 'left',
      shadow: true,
      lead: { text: String(marker.choiceIndex + 1), disc: '#ffffff', colour: cssColour(fill) },
      lines: [
        {
          text: truncate(marker.text, 52),
          size: this.metrics.text.marker,
          bold: true,
          colour: p.markerText,
          wrap: this.metrics.markerWrap,
        },
      ],
    });
    const button = new Pill(this, 0, 0).setDepth(DEPTH.markers).set(look(p.marker));
    button.setInteractive({ useHandCursor: true });
    button.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OVER, () => {
      button.set(look(p.markerHover));
    });
    button.on(Phaser.Input.Events.GAMEOBJECT_POINTER_OUT, () => {
      button.set(look(p.marker));
    });
    button.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => {
      this.bridge.onMarker(marker.choiceIndex);
    });
    return button;
  }

  // --- Feedback ---------------------------------------------------------------------------------

  private showChanges(known: readonly WorldPartner[], view: WorldView, first: boolean): void {
    const trustNow = new Map(known.map((p) => [p.id, Math.round(p.trust)]));
    const bondsNow = new Map<string, number>();
    for (const b of view.bonds) {
      if (trustNow.has(b.a) && trustNow.has(b.b)) bondsNow.set(bondKey(b.a, b.b), Math.round(b.value));
    }
    if (!first) {
      for (const change of changesBetween(this.trustBefore, trustNow)) {
        const place = this.placements.get(change.key);
        if (!place) continue;
        const r = this.metrics.nodeRadius;
        this.floatLabel(
          `${view.labels.trust} ${formatDelta(change.delta)}`,
          place.x + r,
          place.y - r - 14,
          change.delta,
          view,
        );
      }
      for (const change of changesBetween(this.bondsBefore, bondsNow)) {
        const pill = this.bondPills.get(change.key);
        if (pill)
          this.floatLabel(`${view.labels.bond} ${formatDelta(change.delta)}`, pill.x, pill.y - 22, change.delta, view);
      }
    }
    this.trustBefore = trustNow;
    this.bondsBefore = bondsNow;
  }

  private floatLabel(text: string, x: number, y: number, delta: number, view: WorldView): void {
    const colour = trustStyle(delta > 0 ? 100 : 0, view.highContrast).colour;
    const label = this.add
      .text(this.clampX(x, 130), y, text, {
        fontFamily: FONT_FAMILY,
        fontSize: `${this.metrics.text.feedback}px`,
        fontStyle: 'bold',
        color: cssColour(colour),
        stroke: '#ffffff',
        strokeThickness: 5,
      })
      .setOrigin(0.5)
      .setDepth(DEPTH.feedback);
    this.feedback.add(label);
    const done = (): void => {
      this.feedback.delete(label);
      label.destroy();
    };
    if (view.reducedMotion) {
      // Calm: the label simply stays a moment, without moving.
      this.time.delayedCall(2200, done);
    } else {
      this.tweens.add({ targets: label, y: y - 38, duration: 1800, ease: 'Cubic.easeOut' });
      this.tweens.add({ targets: label, alpha: 0, delay: 1100, duration: 700, onComplete: done });
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
    this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize);
    // Game objects go with the scene; what is left is our own bookkeeping.
    this.clearMarkers();
    for (const node of this.nodes.values()) node.pulse?.remove();
    this.nodes.clear();
    this.trustPills.clear();
    this.bondPills.clear();
    this.feedback.clear();
    this.layers = undefined;
    this.leaders = undefined;
    this.centreImage = undefined;
    this.centreLabel = undefined;
    this.bridge.sceneGone(this);
  }
}

function removeStale(pills: Map<string, Pill>, live: ReadonlySet<string>): void {
  for (const [key, pill] of pills) {
    if (live.has(key)) continue;
    pill.destroy();
    pills.delete(key);
  }
}

function strokePolyline(g: Phaser.GameObjects.Graphics, points: readonly Point[]): void {
  const [first, ...rest] = points;
  if (!first) return;
  g.beginPath();
  g.moveTo(first.x, first.y);
  for (const p of rest) g.lineTo(p.x, p.y);
  g.strokePath();
}
