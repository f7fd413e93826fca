/**
 * The default for automatic sites and the reader's look: each control saves on change, through the
 * settings module (which validates and clamps), and the preview shows the look.
 */
import { defaults, FONT_SIZE, LINE_WIDTH, type AutoMode, type ReaderLook, type ReaderTheme, type Settings } from '../lib/settings';
import { saveLooks } from '../lib/settings-store';
import { byTestId } from '../lib/dom';
import { t } from '../lib/i18n';
import { previewTypography, readTypography, showTypography, wireTypography } from './options-typography';


function controls() {
  return {
    radios: [...document.querySelectorAll<HTMLInputElement>('input[name="autoDefault"]')],
    theme: byTestId<HTMLSelectElement>('reader-theme'),
    fontSize: byTestId<HTMLInputElement>('reader-font-size'),
    lineWidth: byTestId<HTMLInputElement>('reader-line-width'),
    preview: byTestId<HTMLElement>('reader-preview'),
  };
}

function showPreview(look: ReaderLook): void {
  const { preview } = controls();
  preview.dataset.theme = look.theme;
  preview.style.setProperty('--font-size', `${look.fontSize}px`);
  preview.style.setProperty('--line-width', `${look.lineWidth}ch`);
  document.getElementById('font-size-value')!.textContent = t('pixels', String(look.fontSize));
  document.getElementById('line-width-value')!.textContent = t('characters', String(look.lineWidth));
  previewTypography(preview, look);
}

/** The stored look last shown: what the page has no control for (the read-aloud speed) is saved as it was. */
let shown: ReaderLook | null = null;

/** Saves this page has started, and those not yet seen land. */
let savesStarted = 0;
let savesInFlight = 0;

/** A mark to pass back to showLooks: values read after it are stale if a save started since. */
export function saveMark(): number {
  return savesStarted;
}

/**
 * Put the stored values into the controls (on load and whenever storage changes elsewhere). While
 * this page's own saves are in flight, their change events are echoes of older values: applying
 * one would move a slider back under the user's hand (three quick arrow presses ended one short).
 */
export function showLooks(settings: Settings, readSince = savesStarted): void {
  if (savesInFlight > 0 || readSince !== savesStarted) return;
  const c = controls();
  for (const radio of c.radios) radio.checked = radio.value === settings.autoDefault;
  c.theme.value = settings.reader.theme;
  c.fontSize.value = String(settings.reader.fontSize);
  c.lineWidth.value = String(settings.reader.lineWidth);
  showTypography(settings.reader);
  shown = settings.reader;
  showPreview(settings.reader);
}

/** Save through the settings module, counting the save as in flight until it lands. */
function save(patch: Parameters<typeof saveLooks>[0]): Promise<unknown> {
  savesStarted++;
  savesInFlight++;
  return saveLooks(patch).finally(() => {
    // The storage event of this write is dispatched before the promise settles; let it pass first.
    setTimeout(() => savesInFlight--, 0);
  });
}

/** Wire the controls once. */
export function wireLooks(say: (text: string) => void): void {
  const c = controls();
  Object.assign(c.fontSize, { min: String(FONT_SIZE.min), max: String(FONT_SIZE.max) });
  Object.assign(c.lineWidth, { min: String(LINE_WIDTH.min), max: String(LINE_WIDTH.max) });
  const readLook = (): ReaderLook => ({ ...defaults.reader, ...shown, ...readTypography(), theme: c.theme.value as ReaderTheme, fontSize: Number(c.fontSize.value), lineWidth: Number(c.lineWidth.value) });
  const saved = (): void => say(t('optionsSaved'));
  const failed = (error: unknown): void => {
    // The browser's own error text is English: it goes to the console, the person gets a sentence.
    console.warn('saving a setting failed', error);
    say(t('optionsSaveFailed'));
  };
  for (const radio of c.radios) {
    radio.addEventListener('change', () => void save({ autoDefault: radio.value as AutoMode }).then(saved, failed));
  }
  // Ranges preview while dragging and save when let go, so dragging doesn't write storage 30 times.
  for (const range of [c.fontSize, c.lineWidth]) range.addEventListener('input', () => showPreview(readLook()));
  // Each control writes its own field only: the reader may change another one at the same moment.
  const saveField = (field: keyof ReaderLook): void => {
    const look = readLook();
    showPreview(look);
    void save({ reader: { [field]: look[field] } }).then(saved, failed);
  };
  const fields = [[c.theme, 'theme'], [c.fontSize, 'fontSize'], [c.lineWidth, 'lineWidth']] as const;
  for (const [control, field] of fields) control.addEventListener('change', () => saveField(field));
  wireTypography(() => showPreview(readLook()), saveField);
}
