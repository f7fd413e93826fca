/**
 * The reader's toolbar: theme buttons, A− / A+, narrower / wider, Close. Real <button>s, so Tab, Enter
 * and Space work without extra code. It only reports what the user asked for (`onLook`); the owner
 * saves it, and `show` reflects whatever look is current (the user's click, or a change made elsewhere).
 */
import { FONT_SIZE, LINE_WIDTH, type ReaderLook } from '../lib/settings';
import type { ReaderStrings } from './render';
import { canStep, PALETTES, stepFontSize, stepLineWidth, TOOLBAR_THEMES } from './theme';

export interface Toolbar {
  element: HTMLElement;
  close: HTMLButtonElement;
  /** Mark the active theme and the steps that can't go further. */
  show(look: ReaderLook): void;
}

function button(doc: Document, text: string, label: string | null, action: string): HTMLButtonElement {
  const node = doc.createElement('button');
  node.type = 'button';
  node.dataset.action = action;
  if (!label) {
    node.textContent = text;
    return node;
  }
  // A symbol (A−, ←→) shown, the words spoken: the glyph is hidden from assistive technology and the
  // label is real text, so the button's name is the label alone (an aria-label beside a visible "A−"
  // is a label that doesn't contain what is shown: WCAG 2.5.3).
  const glyph = doc.createElement('span');
  glyph.setAttribute('aria-hidden', 'true');
  glyph.textContent = text;
  const words = doc.createElement('span');
  words.className = 'visually-hidden';
  words.textContent = label;
  node.append(glyph, words);
  node.title = label;
  return node;
}

function group(doc: Document, label: string, ...buttons: HTMLButtonElement[]): HTMLElement {
  const node = doc.createElement('div');
  node.className = 'group';
  node.setAttribute('role', 'group');
  node.setAttribute('aria-label', label);
  node.append(...buttons);
  return node;
}

/** Build the toolbar; `onLook` gets the whole new look, `onClose` the Close button's click. */
export function createToolbar(doc: Document, strings: ReaderStrings, current: () => ReaderLook, onLook: (look: ReaderLook) => void, onClose: () => void, signal: AbortSignal): Toolbar {
  const bar = doc.createElement('div');
  bar.className = 'toolbar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', strings.toolbar);

  const themes = TOOLBAR_THEMES.map((theme) => {
    const node = button(doc, strings.themes[theme], null, `theme-${theme}`);
    const swatch = doc.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = PALETTES[theme].bg;
    node.prepend(swatch);
    node.addEventListener('click', () => onLook({ ...current(), theme }), { signal });
    return node;
  });
  const steps = [
    { node: button(doc, 'A−', strings.fontSmaller, 'font-smaller'), key: 'fontSize', dir: -1, range: FONT_SIZE, step: stepFontSize },
    { node: button(doc, 'A+', strings.fontLarger, 'font-larger'), key: 'fontSize', dir: 1, range: FONT_SIZE, step: stepFontSize },
    { node: button(doc, '→←', strings.narrower, 'narrower'), key: 'lineWidth', dir: -1, range: LINE_WIDTH, step: stepLineWidth },
    { node: button(doc, '←→', strings.wider, 'wider'), key: 'lineWidth', dir: 1, range: LINE_WIDTH, step: stepLineWidth },
  ] as const;
  for (const { node, key, dir, range, step } of steps) {
    node.addEventListener('click', () => {
      const look = current();
      // aria-disabled rather than disabled: a disabled button drops the keyboard focus it holds.
      if (canStep(look[key], dir, range)) onLook({ ...look, [key]: step(look[key], dir) });
    }, { signal });
  }
  const close = button(doc, strings.close, null, 'close');
  close.classList.add('close');
  close.addEventListener('click', onClose, { signal });

  bar.append(
    group(doc, strings.themeGroup, ...themes),
    group(doc, strings.fontGroup, steps[0].node, steps[1].node),
    group(doc, strings.widthGroup, steps[2].node, steps[3].node),
    close,
  );
  return {
    element: bar,
    close,
    show(look) {
      themes.forEach((node, i) => node.setAttribute('aria-pressed', String(TOOLBAR_THEMES[i] === look.theme)));
      for (const { node, key, dir, range } of steps) node.setAttribute('aria-disabled', String(!canStep(look[key], dir, range)));
    },
  };
}
