// The benchmark's floor: Phaser alone, a hello-world scene, built with the game's own Vite setup and
// drawing with the renderer the game would choose on this machine (the 2D canvas where WebGL has no GPU).
// It marks when its first frame has been drawn (window.__benchReady, ms since navigation start).
import Phaser from 'phaser';
import { useCanvasRenderer } from '../../../src/scenes/renderer.ts';

declare global {
  interface Window {
    __benchReady?: number;
  }
}

class HelloScene extends Phaser.Scene {
  constructor() {
    super({ key: 'hello' });
  }

  create(): void {
    this.add.rectangle(640, 360, 520, 180, 0x3566a8);
    this.add
      .text(640, 360, 'Hello, Phaser', { fontFamily: 'sans-serif', fontSize: '48px', color: '#ffffff' })
      .setOrigin(0.5);
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      window.__benchReady = performance.now();
    });
  }
}

new Phaser.Game({
  type: useCanvasRenderer() ? Phaser.CANVAS : Phaser.WEBGL,
  parent: 'game',
  width: 1280,
  height: 720,
  backgroundColor: '#dfe6c8',
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  scene: [HelloScene],
});
