// Textures made at run time: painted backdrops, sector badges, clouds, and DiceBear portraits.
import type Phaser from 'phaser';
import { SECTORS } from '../engine/ids.ts';
import type { Mood } from '../engine/ids.ts';
import { portraitDataUri } from '../map/portraits.ts';
import { CLOUD_COUNT, TEXTURE_KEYS } from './keys.ts';
import { newCanvas } from './paint/brush.ts';
import { paintFeedback } from './paint/feedback.ts';
import { paintPin } from './paint/pin.ts';
import { paintCentre, paintNodeRing, paintSectorIcons } from './paint/icons.ts';
import type { MapMetrics } from '../map/layout.ts';
import { paintBackdrop } from './paint/index.ts';
import type { BackdropName } from './paint/index.ts';
import { paintCloud } from './paint/title.ts';

type Textures = Phaser.Textures.TextureManager;

/**
 * A painted canvas as a texture. Phaser's addCanvas makes a CanvasTexture, which copies every pixel back out
 * of the canvas (getImageData) for pixel editing the map never does: a plain texture over the canvas skips
 * that copy, and the memory it would hold.
 */
export function addPainted(textures: Textures, key: string, canvas: HTMLCanvasElement): Phaser.Textures.Texture | null {
  const texture = textures.create(key, canvas, canvas.width, canvas.height);
  texture?.add('__BASE', 0, 0, 0, canvas.width, canvas.height);
  return texture;
}

export function ensureBackdrop(textures: Textures, name: BackdropName, highContrast: boolean): string {
  const key = TEXTURE_KEYS.backdrop(name, highContrast);
  if (!textures.exists(key)) addPainted(textures, key, paintBackdrop(name, highContrast));
  return key;
}

export function ensureClouds(textures: Textures): void {
  for (let i = 0; i < CLOUD_COUNT; i++) {
    const key = TEXTURE_KEYS.cloud(i);
    if (textures.exists(key)) continue;
    const { canvas, ctx } = newCanvas(360, 130);
    paintCloud(ctx, 360, 130, 91 + i * 17);
    addPainted(textures, key, canvas);
  }
}

/**
 * Sector badges, Relais Insertion's medallion and the partners' rings, painted at the size they are shown
 * times the game's resolution (the scene shows them at 1/resolution).
 */
export function ensureIcons(textures: Textures, highContrast: boolean, m: MapMetrics, resolution: number): void {
  const icons = TEXTURE_KEYS.sectorIcons(m.badge);
  if (!textures.exists(icons)) {
    const size = Math.round(m.badge * resolution);
    const texture = addPainted(textures, icons, paintSectorIcons(size));
    SECTORS.forEach((sector, i) => texture?.add(sector, 0, i * size, 0, size, size));
  }
  const centre = TEXTURE_KEYS.centre(highContrast, m.centreRadius);
  if (!textures.exists(centre)) addPainted(textures, centre, paintCentre(highContrast, m.centreRadius, resolution));
  for (const sector of SECTORS) {
    const key = TEXTURE_KEYS.nodeRing(sector, highContrast, m.nodeRadius);
    if (!textures.exists(key)) addPainted(textures, key, paintNodeRing(sector, highContrast, m.nodeRadius, resolution));
  }
}

/** A floating feedback label's picture, painted the first time it is needed (see paint/feedback.ts). */
export function ensureFeedback(
  textures: Textures,
  text: string,
  colour: string,
  size: number,
  resolution: number,
): string {
  const key = TEXTURE_KEYS.feedback(text, colour, size, resolution);
  if (!textures.exists(key)) addPainted(textures, key, paintFeedback(text, size, colour, resolution));
  return key;
}

/** A choice's pin on the map, painted the first time it is needed (see paint/pin.ts). */
export function ensureMarkerPin(
  textures: Textures,
  label: string,
  fill: string,
  ink: string,
  resolution: number,
): string {
  const key = TEXTURE_KEYS.markerPin(label, fill, resolution);
  if (!textures.exists(key)) addPainted(textures, key, paintPin(label, fill, ink, resolution));
  return key;
}

/** The painted backdrop itself (to be drawn under the links). */
export function backdropCanvas(textures: Textures, name: BackdropName, highContrast: boolean): CanvasImageSource {
  return textures.get(ensureBackdrop(textures, name, highContrast)).getSourceImage() as CanvasImageSource;
}

/**
 * Resolves with the texture key once the portrait is decoded and drawn at the size it is shown (an SVG
 * drawn every frame would be rasterised every frame); the caller checks that it still wants it (the scene
 * may have closed meanwhile). Rejections are swallowed: a missing face is not worth an error.
 */
export function loadPortrait(textures: Textures, castId: string, mood: Mood, size: number): Promise<string | null> {
  const key = TEXTURE_KEYS.portrait(castId, mood, size);
  if (textures.exists(key)) return Promise.resolve(key);
  const image = new Image(256, 256);
  image.src = portraitDataUri(castId, mood);
  return image.decode().then(
    () => {
      // The game may have been destroyed while the image was decoding.
      if (!(textures as { game: Phaser.Game | null }).game) return null;
      if (textures.exists(key)) return key;
      const { canvas, ctx } = newCanvas(size, size);
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(image, 0, 0, size, size);
      addPainted(textures, key, canvas);
      return key;
    },
    () => null,
  );
}
