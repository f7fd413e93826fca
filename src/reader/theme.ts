/**
 * The reader's look as data: the three palettes, how a stored look maps to CSS variables, and the
 * steps the toolbar takes. Pure (no DOM, no browser API), so it is unit-tested on its own.
 */
import { FONT_SIZE, LINE_WIDTH, type ReaderLook, type ReaderTheme } from '../lib/settings';

/** The themes the toolbar offers; 'system' is reachable from the options page only. */
export type PaletteName = Exclude<ReaderTheme, 'system'>;
export const TOOLBAR_THEMES: readonly PaletteName[] = ['light', 'dark', 'sepia'];

export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  accent: string;
  rule: string;
  /** The key-quotes panel. */
  panel: string;
}

// Dark and sepia backgrounds match the options page's preview, so what the user picked there is what
// the reader shows.
export const PALETTES: Readonly<Record<PaletteName, Palette>> = {
  light: { bg: '#fbfaf7', fg: '#1f2328', muted: '#5b6169', accent: '#1f5fbf', rule: '#e3e0d8', panel: '#f1ede3' },
  dark: { bg: '#16181c', fg: '#e4e2dd', muted: '#a2a8b0', accent: '#8ab4f8', rule: '#33373d', panel: '#212429' },
  sepia: { bg: '#f4ecd8', fg: '#4b3b28', muted: '#6b563f', accent: '#8a4b14', rule: '#dccfae', panel: '#ebe0c4' },
};

/** A palette as CSS custom property declarations (`--bg: …; --fg: …`). */
export function paletteCss(palette: Palette): string {
  return Object.entries(palette).map(([name, value]) => `--${name}: ${value};`).join(' ');
}

/** The CSS variables the stylesheet reads for size and measure. Pixels, not rem: rem follows the
 * page's <html> font size, which the page controls even inside our shadow root. */
export function lookVariables(look: Pick<ReaderLook, 'fontSize' | 'lineWidth'>): Record<'--font-size' | '--line-width', string> {
  return { '--font-size': `${look.fontSize}px`, '--line-width': `${look.lineWidth}ch` };
}

/** Font size changes by this many pixels per A− / A+ press. */
export const FONT_STEP = 2;
/** Line width changes by this many characters per narrower / wider press. */
export const LINE_STEP = 6;

const clamp = (value: number, range: { min: number; max: number }): number => Math.min(range.max, Math.max(range.min, value));

/** The font size one step smaller (-1) or larger (+1), kept within the settings' range. */
export function stepFontSize(size: number, direction: -1 | 1): number {
  return clamp(size + direction * FONT_STEP, FONT_SIZE);
}

/** The line width one step narrower (-1) or wider (+1), kept within the settings' range. */
export function stepLineWidth(width: number, direction: -1 | 1): number {
  return clamp(width + direction * LINE_STEP, LINE_WIDTH);
}

/** Whether a step in `direction` would change anything (the button is shown disabled when not). */
export function canStep(value: number, direction: -1 | 1, range: { min: number; max: number }): boolean {
  return direction < 0 ? value > range.min : value < range.max;
}

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'iw', 'ur', 'ps', 'yi', 'ckb', 'sd', 'ug']);

/** The text direction of an article in `lang` (a BCP 47 tag such as `ar-EG`, or null when unknown). */
export function textDirection(lang: string | null | undefined): 'rtl' | 'ltr' {
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}
