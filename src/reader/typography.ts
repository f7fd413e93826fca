/**
 * The reader's typography as data: the three font families, and how a look's line height, paragraph
 * spacing and alignment become the CSS variables the stylesheet reads. Also registers Atkinson
 * Hyperlegible, which ships inside the extension (latin woff2, 400 and 700): nothing is fetched from
 * the network, and the face is added to the page only while a reader that uses it is open.
 */
import type { ReaderFont, ReaderLook } from '../lib/settings';

const SERIF = 'Charter, "Iowan Old Style", Georgia, "Noto Serif", "Noto Serif CJK KR", "Noto Serif CJK JP", "Times New Roman", serif';
const SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK KR", "Noto Sans CJK JP", Arial, sans-serif';
/** The registered name is ours alone, so a page's own "Atkinson Hyperlegible" (another cut, another
 * subset) can't stand in for it; Korean and Japanese text falls through to the sans stack. */
export const ATKINSON_FAMILY = 'Declutter Atkinson Hyperlegible';

export const FONT_STACKS: Readonly<Record<ReaderFont, string>> = {
  serif: SERIF,
  sans: SANS,
  atkinson: `"${ATKINSON_FAMILY}", ${SANS}`,
};

/** The font files inside the extension (copied there by build.mjs from @fontsource/atkinson-hyperlegible). */
export const ATKINSON_FILES = [
  { weight: '400', file: 'fonts/atkinson-hyperlegible-latin-400-normal.woff2' },
  { weight: '700', file: 'fonts/atkinson-hyperlegible-latin-700-normal.woff2' },
] as const;

type TypographyVariable = '--font-family' | '--line-height' | '--paragraph-spacing' | '--text-align';

/** The CSS variables for a look's typography. */
export function typographyVariables(look: Pick<ReaderLook, 'fontFamily' | 'lineHeight' | 'paragraphSpacing' | 'align'>): Record<TypographyVariable, string> {
  return {
    '--font-family': FONT_STACKS[look.fontFamily],
    '--line-height': String(look.lineHeight / 100),
    '--paragraph-spacing': `${look.paragraphSpacing / 100}em`,
    // Justified text needs hyphenation, or wide gaps open between words on narrow lines.
    '--text-align': look.align === 'justify' ? 'justify' : 'start',
  };
}

/**
 * Add Atkinson Hyperlegible to `doc`'s fonts from the extension's own URLs (`url(file)`), once, until
 * `signal` fires. A shadow root's @font-face is ignored by Chromium (https://crbug.com/336876), so the
 * face goes through the document's FontFaceSet, which the shadow tree shares.
 */
export function useAtkinson(doc: Document, url: (file: string) => string, signal: AbortSignal): void {
  const view = doc.defaultView as (Window & { FontFace?: typeof FontFace }) | null;
  if (!view?.FontFace || !doc.fonts) return;
  const faces = ATKINSON_FILES.map(({ weight, file }) => new view.FontFace!(ATKINSON_FAMILY, `url("${url(file)}") format("woff2")`, { weight, style: 'normal', display: 'swap' }));
  for (const face of faces) doc.fonts.add(face);
  signal.addEventListener('abort', () => {
    for (const face of faces) doc.fonts.delete(face);
  }, { once: true });
}
