// The QR code of a hand-in code: one fixed error-correction level for every code, so that the
// README's figures (version, size) are the ones a projector shows. Pure: the screen draws it.
import { encodeQR } from 'qr';

/**
 * Medium (15 % of the symbol can be lost): a projected code is blurred and unevenly lit more often
 * than it is hidden, and a higher level would make the longest codes denser than a phone reads
 * comfortably from the back of a room.
 */
export const HANDIN_QR_ECC = 'medium';

/** The quiet zone the standard asks for, in modules. */
const QUIET_ZONE = 4;

export interface QrSymbol {
  /** QR version, 1 (21 × 21 modules) to 40 (177 × 177). */
  readonly version: number;
  /** Modules per side, without the quiet zone. */
  readonly size: number;
}

/** The QR symbol of `text` at the hand-in level (the smallest version that holds it). */
export function handinSymbol(text: string): QrSymbol {
  const size = encodeQR(text, 'raw', { ecc: HANDIN_QR_ECC, border: QUIET_ZONE }).length - 2 * QUIET_ZONE;
  return { version: (size - 17) / 4, size };
}

/** The symbol as a GIF data URL: an `<img>` needs no script, scales sharply and prints as it shows. */
export function handinQrDataUrl(text: string, scale = 6): string {
  return encodeQR(text, 'data-url', { ecc: HANDIN_QR_ECC, border: QUIET_ZONE, scale });
}
