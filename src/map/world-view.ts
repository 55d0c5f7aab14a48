// What the territory map is told to draw: plain data, built by the DOM app (src/ui/build-world-view.ts)
// and drawn by Phaser (src/scenes/world.ts). Both sides import it; neither imports the other.
import type { Mood, SceneId, Sector } from '../engine/ids.ts';

export interface WorldPartner {
  id: string;
  name: string;
  sector: Sector;
  trust: number;
  known: boolean;
  startTrust: number;
}
export interface WorldBond {
  a: string;
  b: string;
  value: number;
}
export interface WorldMarker {
  choiceIndex: number;
  place: string;
  text: string;
}
export interface WorldView {
  mode: 'title' | 'play';
  /** office | territory | meeting | phone | channel: the backdrop. */
  scene: SceneId;
  /** All partners of the scenario; only the known ones (met or mapped) are drawn. */
  partners: WorldPartner[];
  /** Partner–partner bonds (0–100, 50 neutral). */
  bonds: WorldBond[];
  /** Current choices that carry `place:`: clickable markers on that partner. */
  markers: WorldMarker[];
  speaker: { id: string; mood: Mood } | null;
  centreLabel: string;
  reducedMotion: boolean;
  highContrast: boolean;
  /** Localised words for text labels, e.g. { trust: 'confiance', bond: 'lien' }. */
  labels: { trust: string; bond: string };
}
export interface WorldHandle {
  update(view: WorldView): void;
  /** Stops the map's frame loop while no one can see it (false), and starts it again (true). */
  setRunning(running: boolean): void;
  destroy(): void;
}

/** Mounts the map into an element; marker clicks come back as the index of the choice they stand for. */
export type MountWorld = (
  parent: HTMLElement,
  options: { onMarker(choiceIndex: number): void },
) => Promise<WorldHandle>;
