import { describe, expect, it } from 'vitest';
import { isSoftwareRenderer } from '../../src/scenes/renderer.ts';
import { textWidth, wrapWords } from '../../src/scenes/paint/label.ts';

describe('isSoftwareRenderer', () => {
  it('should recognise WebGL drawn without a GPU', () => {
    expect(
      isSoftwareRenderer(
        'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      ),
    ).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)')).toBe(true);
  });

  it('should keep WebGL on a real GPU', () => {
    expect(isSoftwareRenderer('ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)')).toBe(false);
    expect(isSoftwareRenderer('Apple M1')).toBe(false);
  });
});

describe('wrapWords', () => {
  const measure = (s: string): number => s.length * 10;

  it('should fill rows up to the width, word by word', () => {
    expect(wrapWords('Mission locale du Val de Moran', 150, measure)).toEqual(['Mission locale', 'du Val de Moran']);
  });

  it('should give a word longer than the width a row of its own', () => {
    expect(wrapWords('a Intercommunalité b', 60, measure)).toEqual(['a', 'Intercommunalité', 'b']);
  });

  it('should ignore extra spaces', () => {
    expect(wrapWords('  CCAS   de  Valmoran ', 1000, measure)).toEqual(['CCAS de Valmoran']);
  });
});

describe('textWidth', () => {
  it('should measure each word once and add the spaces between them', () => {
    const asked: string[] = [];
    const measure = (s: string): number => {
      asked.push(s);
      return s === ' ' ? 4 : s.length * 10;
    };
    expect(textWidth('Confiance 52', measure)).toBe(90 + 4 + 20);
    expect(asked).toEqual(['Confiance', ' ', '52']);
  });

  it('should keep every space of the text, as painting does', () => {
    const measure = (s: string): number => (s === ' ' ? 4 : s.length * 10);
    expect(textWidth('a  b', measure)).toBe(10 + 4 + 4 + 10);
    expect(textWidth('', measure)).toBe(0);
  });
});
