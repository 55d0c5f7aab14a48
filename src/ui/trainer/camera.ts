// Reading hand-in codes with the device's camera: the `qr` library opens the camera into a
// <video> and decodes its frames on this thread (a frame that holds no code costs a few ms). The
// decoder is loaded only when the trainer asks for the camera.
import type { QRCamera } from 'qr/dom.js';
export type CameraProblem = 'unsupported' | 'denied' | 'no-camera' | 'busy' | 'failed';

export type CameraStart = { readonly ok: true } | { readonly ok: false; readonly problem: CameraProblem };

/** Why the camera cannot be used, from the error `getUserMedia` gave. */
export function cameraProblemOf(error: unknown): CameraProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'no-camera';
    case 'NotReadableError':
    case 'AbortError':
      return 'busy';
    default:
      return 'failed';
  }
}

export class CodeScanner {
  private stopLoop: (() => void) | null = null;
  private release: (() => void) | null = null;
  private readonly seen = new Set<string>();

  constructor(
    private readonly video: HTMLVideoElement,
    /** Called once per distinct text the camera reads while it runs. */
    private readonly onText: (text: string) => void,
  ) {}

  get running(): boolean {
    return this.release !== null;
  }

  async start(): Promise<CameraStart> {
    if (this.running) return { ok: true };
    // No mediaDevices: an insecure page (http other than localhost) or a browser without a camera API.
    // (typed as always there, it is missing in those cases)
    const media = navigator.mediaDevices as MediaDevices | undefined;
    if (typeof media?.getUserMedia !== 'function') return { ok: false, problem: 'unsupported' };
    let camera: QRCamera;
    let dom: typeof import('qr/dom.js');
    try {
      dom = await import('qr/dom.js');
      // The rear camera where there is one (a phone, a tablet); a laptop's own camera otherwise.
      camera = await dom.rearCamera(this.video);
    } catch (error) {
      return { ok: false, problem: cameraProblemOf(error) };
    }
    const canvas = new dom.QRCanvas({}, { cropToSquare: false });
    this.seen.clear();
    this.release = () => {
      camera.stop();
    };
    let reading = false;
    this.stopLoop = dom.frameLoop(() => {
      if (reading) return;
      reading = true;
      camera
        .readFrame(canvas)
        .then((found) => {
          const texts = typeof found === 'string' ? [found] : (found ?? []).filter((r) => typeof r === 'string');
          for (const text of texts) {
            if (this.seen.has(text)) continue;
            this.seen.add(text);
            this.onText(text);
          }
        })
        .catch(() => undefined)
        .finally(() => {
          reading = false;
        });
    }, this.video);
    return { ok: true };
  }

  stop(): void {
    this.stopLoop?.();
    this.stopLoop = null;
    this.release?.();
    this.release = null;
  }
}
