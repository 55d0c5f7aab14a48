// Drawing at the screen's pixel density. The game's canvas has DESIGN_WIDTH × resolution pixels and each
// camera zooms by the resolution, so the scenes keep working in design units (1280×720); the textures
// painted at run time (labels, links, icons, portraits) are painted at the resolution and shown at
// 1/resolution, so that text and lines stay sharp on a 2× screen.
import type Phaser from 'phaser';
import { DESIGN_WIDTH } from '../map/layout.ts';

/** Past 2×, a 1280×720 design gains little sharpness for four times the pixels to fill. */
const MAX_RESOLUTION = 2;

/**
 * Canvas pixels per design unit for this screen: its device pixel ratio, between 1 and 2, in quarters (so
 * that the canvas has a whole number of pixels: 1280 × 1.25 = 1600).
 */
export function deviceResolution(): number {
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio;
  if (!Number.isFinite(ratio)) return 1;
  return Math.min(MAX_RESOLUTION, Math.max(1, Math.round(ratio * 4) / 4));
}

/** The resolution the scene's game was made with (its canvas width over the design width). */
export function resolutionOf(scene: Phaser.Scene): number {
  return scene.scale.gameSize.width / DESIGN_WIDTH;
}
