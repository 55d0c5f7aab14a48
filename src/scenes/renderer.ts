// Which Phaser renderer to use. Where WebGL runs in software (no GPU: SwiftShader, llvmpipe), Phaser's
// WebGL renderer is many times slower than the 2D canvas for this map, so the canvas is chosen there.

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render driver|microsoft basic/iu;

export function isSoftwareRenderer(name: string): boolean {
  return SOFTWARE.test(name);
}

/** The WebGL renderer's name as the browser reports it, or null when there is no WebGL at all. */
export function webglRendererName(): string | null {
  const probe = document.createElement('canvas');
  const gl = probe.getContext('webgl2') ?? probe.getContext('webgl');
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return name;
}

export function useCanvasRenderer(): boolean {
  const name = webglRendererName();
  return name === null || isSoftwareRenderer(name);
}
