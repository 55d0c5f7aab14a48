// The codes box of the trainer space: one hand-in code per line, as pasted from a chat or a sheet.

/** The lines that hold something, trimmed. */
export function codeLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
