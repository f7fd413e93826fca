/**
 * Mounts the in-page reader: a host element (#declutter-reader, a contract in docs/ARCHITECTURE.md)
 * with a closed shadow root, so neither the page's CSS nor its scripts can reach inside. Everything it
 * changes on the page (the host, the scroll lock, `inert` on <body>, the focus, the scroll position)
 * is undone when its signal fires; the close button and Esc call `onClose`, whose owner fires it.
 */
import type { Article } from '../core/types';
import { changedFields, type ReaderLook } from '../lib/settings';
import { READER_ID } from './id';
import { lockPage } from './page-lock';
import { printReader, printReaderOnly } from './print';
import { createSpeechPanel, type SpeechStrings } from './speech-panel';
import { typographyVariables, useAtkinson } from './typography';
import { renderArticle, type ReaderStrings } from './render';
import { READER_CSS } from './styles';
import { lookVariables, textDirection } from './theme';
import { createToolbar } from './toolbar';

function adoptStyles(root: ShadowRoot, css: string): void {
  // A constructed sheet isn't subject to the page's CSP (style-src); a <style> element would be.
  // Firefox's content-script sandbox may refuse a sheet built in another compartment, hence the fallback.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = root.ownerDocument.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

/** What read-aloud, printing and the shipped font need from outside the reader's modules. */
export interface ReaderExtras {
  speech: SpeechStrings;
  print: string;
  uiLanguage: string;
  /** The extension's own URL of a packaged file (the Atkinson Hyperlegible font). */
  fileUrl(file: string): string;
}

export interface MountedReader {
  host: HTMLElement;
  /** Start reading aloud from the first paragraph. */
  listen(): void;
  /** Show `look` (the toolbar's choice, or a settings change made elsewhere). */
  applyLook(look: ReaderLook): void;
}

export interface ReaderCallbacks {
  onClose(): void;
  /** The user changed the look in the toolbar (`change`: only what differs); it is already shown. */
  onLook(change: Partial<ReaderLook>): void;
}

/**
 * Keep Tab inside the reader, a modal dialog: from its last control to its first and back, rather
 * than out to the browser's toolbar and then to nothing (the page behind is inert).
 */
function wrapFocus(root: ShadowRoot, event: KeyboardEvent): void {
  const stops = [...root.querySelectorAll<HTMLElement>('button, a[href], [tabindex]:not([tabindex="-1"])')];
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return;
  const at = root.activeElement;
  const to = event.shiftKey ? (at === first || !at ? last : null) : at === last || !at ? first : null;
  if (!to) return;
  event.preventDefault();
  to.focus();
}

/** Show `article` in the reader over the page, in `look`, until `signal` fires. */
export function mountReader(doc: Document, article: Article, strings: ReaderStrings, look: ReaderLook, signal: AbortSignal, callbacks: ReaderCallbacks, extras: ReaderExtras): MountedReader {
  const view = doc.defaultView!;
  const focused = doc.activeElement as HTMLElement | null;
  const host = doc.createElement('div');
  host.id = READER_ID;
  // Closed, so the page's scripts can't reach in. The test build opens it so the e2e suite can run
  // axe-core over the reader as people get it (an accessibility audit can't pierce a closed root).
  const root = host.attachShadow({ mode: __TEST_BUILD__ ? 'open' : 'closed' });
  adoptStyles(root, READER_CSS);
  const backdrop = doc.createElement('div');
  backdrop.className = 'backdrop';
  backdrop.setAttribute('role', 'dialog');
  backdrop.setAttribute('aria-modal', 'true');
  backdrop.setAttribute('aria-label', article.title ?? strings.close);
  if (article.lang) backdrop.lang = article.lang;
  backdrop.dir = textDirection(article.lang);

  let current = look;
  let atkinson = false;
  const applyLook = (next: ReaderLook): void => {
    current = next;
    backdrop.dataset.theme = next.theme;
    for (const [name, value] of Object.entries({ ...lookVariables(next), ...typographyVariables(next) })) backdrop.style.setProperty(name, value);
    if (next.fontFamily === 'atkinson' && !atkinson) {
      atkinson = true;
      useAtkinson(doc, extras.fileUrl, signal);
    }
    toolbar.show(next);
  };
  const toolbar = createToolbar(doc, strings, () => current, (next) => {
    const change = changedFields(current, next);
    applyLook(next);
    callbacks.onLook(change);
  }, callbacks.onClose, signal);
  const page = renderArticle(doc, article, strings);
  backdrop.append(toolbar.element, page);
  const speech = createSpeechPanel(doc, article, [...page.querySelectorAll<HTMLElement>('.text > p')],
    [...page.querySelectorAll<HTMLElement>('.quote-list > li')].map((element, i) => ({ element, text: article.keyQuotes[i]?.text ?? '' })),
    backdrop, toolbar.element, extras.speech, {
      rate: look.speechRate,
      onRate: (speechRate) => {
        current = { ...current, speechRate };
        callbacks.onLook({ speechRate });
      },
      // Mirrored on the host, outside the closed root: what a test (or assistive tooling) can observe.
      onState: (state, paragraph) => {
        host.dataset.speech = state;
        host.dataset.speechParagraph = String(paragraph);
      },
      uiLanguage: extras.uiLanguage,
    }, signal);
  const print = doc.createElement('button');
  Object.assign(print, { type: 'button', textContent: extras.print });
  print.dataset.action = 'print';
  print.addEventListener('click', () => printReader(view), { signal });
  toolbar.close.before(speech.element, print);
  root.append(backdrop);
  applyLook(look);

  lockPage(doc, signal);
  printReaderOnly(doc, signal);
  doc.documentElement.append(host);
  // Capture phase on window, registered now: the page's own key handlers (on document, body or its
  // elements) never see a key while the reader is up, so they can't swallow Esc or act on the hidden
  // page. Default actions (Tab, Enter on a button, scrolling keys) still happen.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    view.addEventListener(type, (event) => {
      event.stopImmediatePropagation();
      if (type === 'keydown' && event.key === 'Escape') {
        event.preventDefault();
        callbacks.onClose();
      }
      if (type === 'keydown' && event.key === 'Tab') wrapFocus(root, event);
    }, { capture: true, signal });
  }
  toolbar.close.focus({ preventScroll: true });

  signal.addEventListener('abort', () => {
    host.remove();
    focused?.focus?.({ preventScroll: true });
  }, { once: true });
  return { host, applyLook, listen: speech.start };
}
