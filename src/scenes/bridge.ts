// What the scenes know of the world around them: the latest view, where clicks go, and who is on screen.
import type { WorldView } from '../map/world-view.ts';

export interface ViewScene {
  applyView(view: WorldView): void;
}

export interface WorldBridge {
  /** The latest view given to the world (scenes read it when they start). */
  view(): WorldView;
  onMarker(choiceIndex: number): void;
  sceneReady(scene: ViewScene): void;
  sceneGone(scene: ViewScene): void;
}
