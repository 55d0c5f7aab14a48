// Labels painted once into a small canvas (text on a rounded background): one image to draw per frame
// instead of a path and a text.
import { FONT_FAMILY } from '../../map/palette.ts';
import { newCanvas } from './brush.ts';
import type { Ctx } from './brush.ts';

export interface LabelLine {
  readonly text: string;
  readonly size: number;
  readonly bold?: boolean;
  readonly colour: string;
  /** Wrap past this width (px). */
  readonly wrap?: number;
}

export interface LabelSpec {
  readonly lines: readonly LabelLine[];
  readonly fill: string;
  readonly border: string;
  readonly borderWidth: number;
  readonly radius: number;
  readonly padX: number;
  readonly padY: number;
  /** Text alignment inside the label. */
  readonly align?: 'center' | 'left';
  /** A number in a disc before the text (the markers' choice number). */
  readonly lead?: { readonly text: string; readonly disc: string; readonly colour: string };
  /** A soft shadow under the label. */
  readonly shadow?: boolean;
}

export interface LabelLayout {
  readonly width: number;
  readonly height: number;
  readonly rows: readonly { text: string; line: LabelLine; y: number; height: number }[];
  readonly lead: number;
}

const SHADOW = 3;
const LEAD_GAP = 8;

export function fontOf(line: LabelLine): string {
  return `${line.bold ? 'bold ' : ''}${line.size}px ${FONT_FAMILY}`;
}

/**
 * Splits a text into rows no wider than `width` (a word longer than that gets a row of its own). A row's
 * width is taken as its words' widths and the spaces between them, so that each word is measured once.
 */
export function wrapWords(text: string, width: number, measure: (s: string) => number): string[] {
  const words = text.split(/\s+/u).filter((w) => w !== '');
  const space = measure(' ');
  const rows: string[] = [];
  let row = '';
  let rowWidth = 0;
  for (const word of words) {
    const wordWidth = measure(word);
    if (row === '') {
      row = word;
      rowWidth = wordWidth;
    } else if (rowWidth + space + wordWidth > width) {
      rows.push(row);
      row = word;
      rowWidth = wordWidth;
    } else {
      row = `${row} ${word}`;
      rowWidth += space + wordWidth;
    }
  }
  if (row !== '') rows.push(row);
  return rows;
}

/**
 * A text's width as its words' widths and the spaces between them: a figure such as « Confiance 52 » is
 * then measured from « Confiance » and « 52 », each measured once, rather than once for each new figure.
 */
export function textWidth(text: string, measure: (s: string) => number): number {
  let width = 0;
  let first = true;
  for (const word of text.split(' ')) {
    if (!first) width += measure(' ');
    if (word !== '') width += measure(word);
    first = false;
  }
  return width;
}

/** Widths already measured, by font: the labels on a map share most of their words. */
const measured = new Map<string, Map<string, number>>();
const MAX_MEASURED = 4000;
const loadedFonts = new Set<string>();

/** One context measures for every label: a label's own canvas is only painted. */
let measuring: Ctx | null = null;

/**
 * Measures in `font`, setting it on the measuring context only to measure what was not measured before
 * (setting a font costs more than measuring). Widths are kept only once the font is loaded: measured with a
 * fallback font they would be wrong.
 */
function measurer(font: string): (s: string) => number {
  measuring ??= newCanvas(1, 1).ctx;
  const ctx = measuring;
  if (!loadedFonts.has(font)) {
    ctx.font = font;
    if (!document.fonts.check(font)) return (s) => ctx.measureText(s).width;
    // (A loaded font stays loaded, and checking costs more than measuring.)
    loadedFonts.add(font);
  }
  let widths = measured.get(font);
  if (!widths) {
    widths = new Map();
    measured.set(font, widths);
  }
  const cache = widths;
  return (s) => {
    let w = cache.get(s);
    if (w === undefined) {
      if (cache.size >= MAX_MEASURED) cache.clear();
      ctx.font = font;
      w = ctx.measureText(s).width;
      cache.set(s, w);
    }
    return w;
  };
}

export function layoutLabel(spec: LabelSpec): LabelLayout {
  const rows: { text: string; line: LabelLine; y: number; height: number }[] = [];
  let widest = 0;
  let y = spec.padY;
  for (const line of spec.lines) {
    if (line.text === '') continue;
    const measure = measurer(fontOf(line));
    const parts = line.wrap ? wrapWords(line.text, line.wrap, measure) : [line.text];
    const height = Math.round(line.size * 1.3);
    for (const part of parts) {
      widest = Math.max(widest, textWidth(part, measure));
      rows.push({ text: part, line, y, height });
      y += height;
    }
  }
  const textHeight = y - spec.padY;
  const lead = spec.lead ? Math.max(22, Math.min(26, textHeight)) : 0;
  const width = Math.ceil(widest + spec.padX * 2 + (lead ? lead + LEAD_GAP : 0));
  const height = Math.ceil(Math.max(textHeight, lead) + spec.padY * 2);
  // Centre the text block vertically when the lead disc is taller.
  const shift = (height - spec.padY * 2 - textHeight) / 2;
  return { width, height, rows: rows.map((r) => ({ ...r, y: r.y + shift })), lead };
}

/** The canvas size a label needs (its shadow included). */
export function labelCanvasSize(layout: LabelLayout, spec: LabelSpec): { width: number; height: number } {
  const extra = spec.shadow ? SHADOW : 0;
  return { width: layout.width + extra + spec.borderWidth, height: layout.height + extra + spec.borderWidth };
}

/** Paints the label with its top left corner at (x, y). */
export function paintLabel(ctx: Ctx, spec: LabelSpec, layout: LabelLayout, x: number, y: number): void {
  const half = spec.borderWidth / 2;
  const bx = x + half;
  const by = y + half;
  const radius = Math.min(spec.radius, layout.height / 2, layout.width / 2);
  if (spec.shadow) {
    ctx.fillStyle = 'rgba(31, 42, 32, 0.25)';
    ctx.beginPath();
    ctx.roundRect(bx + 2, by + SHADOW, layout.width, layout.height, radius);
    ctx.fill();
  }
  ctx.fillStyle = spec.fill;
  ctx.beginPath();
  ctx.roundRect(bx, by, layout.width, layout.height, radius);
  ctx.fill();
  if (spec.borderWidth > 0) {
    ctx.strokeStyle = spec.border;
    ctx.lineWidth = spec.borderWidth;
    ctx.stroke();
  }
  let textLeft = bx + spec.padX;
  if (spec.lead) {
    const r = layout.lead / 2;
    ctx.fillStyle = spec.lead.disc;
    ctx.beginPath();
    ctx.arc(textLeft + r - 2, by + layout.height / 2, r, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = spec.lead.colour;
    ctx.font = `bold 14px ${FONT_FAMILY}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(spec.lead.text, textLeft + r - 2, by + layout.height / 2 + 1);
    textLeft += layout.lead + LEAD_GAP;
  }
  const centred = (spec.align ?? 'center') === 'center';
  const innerWidth = layout.width - (textLeft - bx) - spec.padX;
  ctx.textBaseline = 'middle';
  ctx.textAlign = centred ? 'center' : 'left';
  for (const row of layout.rows) {
    ctx.font = fontOf(row.line);
    ctx.fillStyle = row.line.colour;
    ctx.fillText(row.text, centred ? textLeft + innerWidth / 2 : textLeft, by + row.y + row.height / 2 + 1);
  }
}
