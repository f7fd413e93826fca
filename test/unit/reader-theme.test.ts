import { describe, expect, it } from 'vitest';
import { FONT_SIZE, LINE_WIDTH } from '../../src/lib/settings';
import { READER_CSS } from '../../src/reader/styles';
import { canStep, lookVariables, paletteCss, PALETTES, stepFontSize, stepLineWidth, textDirection, TOOLBAR_THEMES } from '../../src/reader/theme';

/** Relative luminance (WCAG 2) of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('reader palettes', () => {
  it('gives each toolbar theme its own background', () => {
    const backgrounds = TOOLBAR_THEMES.map((t) => PALETTES[t].bg);
    expect(new Set(backgrounds).size).toBe(3);
    expect(luminance(PALETTES.dark.bg)).toBeLessThan(luminance(PALETTES.light.bg));
  });

  it.each(TOOLBAR_THEMES)('%s: body text meets WCAG AAA and muted text AA against the background', (theme) => {
    const p = PALETTES[theme];
    expect(contrast(p.fg, p.bg)).toBeGreaterThanOrEqual(7);
    expect(contrast(p.muted, p.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.muted, p.panel)).toBeGreaterThanOrEqual(4.5);
  });

  it('writes a palette as custom properties, and the stylesheet holds one rule per theme', () => {
    expect(paletteCss(PALETTES.sepia)).toBe('--bg: #f4ecd8; --fg: #4b3b28; --muted: #6b563f; --accent: #8a4b14; --rule: #dccfae; --panel: #ebe0c4;');
    expect(READER_CSS).toContain(`.backdrop[data-theme="dark"] { ${paletteCss(PALETTES.dark)}`);
    expect(READER_CSS).toContain(`.backdrop[data-theme="sepia"] { ${paletteCss(PALETTES.sepia)}`);
    // 'system' follows the OS: dark only under the dark media query.
    expect(READER_CSS).toMatch(/@media \(prefers-color-scheme: dark\) \{\s*\.backdrop\[data-theme="system"\] \{ --bg: #16181c/);
  });

  it('never sizes in rem, which would follow the page\'s <html> font size', () => {
    expect(READER_CSS).not.toMatch(/\drem\b/);
  });
});

describe('reader look → CSS variables', () => {
  it('maps font size to px and line width to ch', () => {
    expect(lookVariables({ fontSize: 21, lineWidth: 60 })).toEqual({ '--font-size': '21px', '--line-width': '60ch' });
  });
});

describe('toolbar steps', () => {
  it('A− / A+ move two pixels and stop at the settings range', () => {
    expect(stepFontSize(19, 1)).toBe(21);
    expect(stepFontSize(19, -1)).toBe(17);
    expect(stepFontSize(FONT_SIZE.max - 1, 1)).toBe(FONT_SIZE.max);
    expect(stepFontSize(FONT_SIZE.min, -1)).toBe(FONT_SIZE.min);
  });

  it('narrower / wider move six characters and stop at the settings range', () => {
    expect(stepLineWidth(68, 1)).toBe(74);
    expect(stepLineWidth(68, -1)).toBe(62);
    expect(stepLineWidth(LINE_WIDTH.max - 2, 1)).toBe(LINE_WIDTH.max);
    expect(stepLineWidth(LINE_WIDTH.min + 1, -1)).toBe(LINE_WIDTH.min);
  });

  it('says when a step can still change something', () => {
    expect(canStep(FONT_SIZE.max, 1, FONT_SIZE)).toBe(false);
    expect(canStep(FONT_SIZE.max, -1, FONT_SIZE)).toBe(true);
    expect(canStep(LINE_WIDTH.min, -1, LINE_WIDTH)).toBe(false);
    expect(canStep(LINE_WIDTH.min, 1, LINE_WIDTH)).toBe(true);
  });
});

describe('text direction', () => {
  it.each([
    ['ar', 'rtl'], ['ar-EG', 'rtl'], ['he', 'rtl'], ['fa-IR', 'rtl'], ['ur', 'rtl'], ['HE_il', 'rtl'],
    ['en', 'ltr'], ['ko-KR', 'ltr'], ['hi', 'ltr'], ['arn', 'ltr'], ['', 'ltr'], [null, 'ltr'], [undefined, 'ltr'],
  ] as const)('%s → %s', (lang, dir) => {
    expect(textDirection(lang)).toBe(dir);
  });
});
