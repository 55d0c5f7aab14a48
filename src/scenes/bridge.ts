// What the scenes know of the world around them: the latest view, where clicks go, and who is on screen.
import type { WorldView } from '../map/world-view.ts';

export interface ViewScene {
  applyView(view: WorldView): void;
}

/**
 * Where the map scene drew each partner and each marker, as fractions of the canvas (0–1 from its top
 * left corner): written on the canvas for the browser tests, which cannot look inside it.
 */
export interface DrawnMap {
  readonly partners: readonly { readonly id: string; readonly name: string; readonly x: number; readonly y: number }[];
  readonly markers: readonly { readonly choiceIndex: number; readonly x: number; readonly y: number }[];
  /** The choice whose words show over its pin (the pointer is on it), or null. */
  readonly tip: number | null;
}

export interface WorldBridge {
  /** The latest view given to the world (scenes read it when they start). */
  view(): WorldView;
  onMarker(choiceIndex: number): void;
  sceneReady(scene: ViewScene): void;
  sceneGone(scene: ViewScene): void;
  /** The map scene has placed its partners and markers. */
  drawn(map: DrawnMap): void;
}
