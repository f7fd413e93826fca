/**
 * The reader's typography on the options page: typeface, line height, paragraph spacing and
 * alignment. Controls only: options-look.ts saves the whole look and drives the preview, which shows
 * the same CSS variables the reader reads (reader/typography.ts), so the preview is the reader.
 */
import { LINE_HEIGHT, PARAGRAPH_SPACING, READER_ALIGNS, READER_FONTS, type ReaderAlign, type ReaderFont, type ReaderLook } from '../lib/settings';
import { t } from '../lib/i18n';
import { typographyVariables } from '../reader/typography';

type Typography = Pick<ReaderLook, 'fontFamily' | 'lineHeight' | 'paragraphSpacing' | 'align'>;

const byTestId = <T extends HTMLElement>(id: string): T => document.querySelector<T>(`[data-testid="${id}"]`)!;

function controls() {
  return {
    family: byTestId<HTMLSelectElement>('reader-font-family'),
    lineHeight: byTestId<HTMLInputElement>('reader-line-height'),
    spacing: byTestId<HTMLInputElement>('reader-paragraph-spacing'),
    align: byTestId<HTMLSelectElement>('reader-align'),
  };
}

/** The typography the controls show now. */
export function readTypography(): Typography {
  const c = controls();
  return {
    fontFamily: (READER_FONTS as readonly string[]).includes(c.family.value) ? (c.family.value as ReaderFont) : 'serif',
    lineHeight: Number(c.lineHeight.value),
    paragraphSpacing: Number(c.spacing.value),
    align: (READER_ALIGNS as readonly string[]).includes(c.align.value) ? (c.align.value as ReaderAlign) : 'start',
  };
}

/** Put a stored look into the controls. */
export function showTypography(look: Typography): void {
  const c = controls();
  c.family.value = look.fontFamily;
  c.lineHeight.value = String(look.lineHeight);
  c.spacing.value = String(look.paragraphSpacing);
  c.align.value = look.align;
}

/** Show `look`'s typography in the preview, and the numbers beside the ranges. */
export function previewTypography(preview: HTMLElement, look: Typography): void {
  for (const [name, value] of Object.entries(typographyVariables(look))) preview.style.setProperty(name, value);
  document.getElementById('line-height-value')!.textContent = (look.lineHeight / 100).toFixed(2).replace(/0$/, '');
  document.getElementById('paragraph-spacing-value')!.textContent = t('ems', (look.paragraphSpacing / 100).toFixed(2).replace(/0$/, ''));
}

/** Wire the controls once: `preview` while a range is dragged, `save(field)` when a value is let go. */
export function wireTypography(preview: () => void, save: (field: keyof Typography) => void): void {
  const c = controls();
  Object.assign(c.lineHeight, { min: String(LINE_HEIGHT.min), max: String(LINE_HEIGHT.max), step: '5' });
  Object.assign(c.spacing, { min: String(PARAGRAPH_SPACING.min), max: String(PARAGRAPH_SPACING.max), step: '5' });
  for (const range of [c.lineHeight, c.spacing]) range.addEventListener('input', preview);
  const fields = [[c.family, 'fontFamily'], [c.lineHeight, 'lineHeight'], [c.spacing, 'paragraphSpacing'], [c.align, 'align']] as const;
  for (const [control, field] of fields) control.addEventListener('change', () => save(field));
}
