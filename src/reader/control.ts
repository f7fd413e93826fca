/**
 * Opens and closes the in-page reader for the current page session. The reader's changes hang off a
 * controller the session holds, so a navigation that ends the session closes the reader too. Its look
 * comes from the settings module: read when it opens, followed live while it is open, and written
 * there (the one place) when the user changes it in the reader's toolbar.
 */
import type { PageSession } from '../content/page-session';
import type { Article } from '../core/types';
import { browser } from '../lib/browser';
import { t } from '../lib/i18n';
import { defaults, type ReaderLook } from '../lib/settings';
import { loadLooks, onSettingsChanged, saveLooks } from '../lib/settings-store';
import { viewStrings } from '../render/strings';
import { mountReader, type MountedReader, type ReaderExtras } from './mount';
import type { ReaderStrings } from './render';

function readerStrings(): ReaderStrings {
  return {
    close: t('readerClose'),
    toolbar: t('readerToolbar'),
    themeGroup: t('optionsTheme'),
    themes: { light: t('themeLight'), dark: t('themeDark'), sepia: t('themeSepia') },
    fontGroup: t('optionsFontSize'),
    fontSmaller: t('readerFontSmaller'),
    fontLarger: t('readerFontLarger'),
    widthGroup: t('optionsLineWidth'),
    narrower: t('readerNarrower'),
    wider: t('readerWider'),
    view: viewStrings(t, browser.i18n.getUILanguage()),
  };
}

function readerExtras(): ReaderExtras {
  const t = (key: string, sub?: string) => browser.i18n.getMessage(key, sub) || key;
  return {
    speech: {
      group: t('speechGroup'),
      listen: t('speechListen'),
      pause: t('speechPause'),
      resume: t('speechResume'),
      previous: t('speechPrevious'),
      next: t('speechNext'),
      rate: t('speechRate'),
      voice: t('speechVoice'),
      readQuote: t('speechReadQuote'),
      noVoice: t('speechNoVoice'),
      noVoiceFor: (language) => t('speechNoVoiceFor', language),
      blocked: t('speechBlocked'),
    },
    print: t('readerPrint'),
    uiLanguage: browser.i18n.getUILanguage(),
    fileUrl: (file) => browser.runtime.getURL(file),
  };
}

/** The open reader of each session, so a second open asking to listen reaches the one on screen. */
const mountedReaders = new WeakMap<AbortController, MountedReader>();

/** The stored look; settings that can't be read (storage failing) leave the reader usable with the defaults. */
async function storedLook(): Promise<ReaderLook | null> {
  try {
    return (await loadLooks()).reader;
  } catch {
    return null;
  }
}

/**
 * Open the reader with the session's article (`article` finishes the session's reading); idempotent.
 * `speak`: start reading aloud too (the popup's Listen button), also when the reader is already open.
 */
export async function openReader(session: PageSession, article: () => Article, doc: Document = document, speak = false): Promise<{ open: boolean }> {
  const open = session.current('reader');
  if (open) {
    if (speak) mountedReaders.get(open)?.listen();
    return { open: true };
  }
  // Claimed before the settings are read, so a second open arriving meanwhile finds it open.
  const reader = new AbortController();
  session.replace('reader', reader);
  const { signal } = reader;
  const look = (await storedLook()) ?? defaults.reader;
  // Closed (Esc can't, but 'reader/close' or a navigation can) while the settings were being read.
  if (signal.aborted) return { open: false };
  // While our own saves are in flight, a change event may carry an earlier click's look; showing it
  // would flick the reader back a step. The toolbar already shows the newest choice.
  let saving = 0;
  const mounted = mountReader(doc, article(), readerStrings(), look, signal, {
    onClose: () => session.replace('reader', null),
    onLook: (change) => {
      saving++;
      // Only what changed, each under its own key: a change made in the options page meanwhile stays.
      // Failing to save leaves the look shown for this reading; the next open shows the stored one.
      void saveLooks({ reader: change }).catch(() => undefined).finally(() => saving--);
    },
  }, readerExtras());
  mountedReaders.set(reader, mounted);
  if (speak) mounted.listen();
  onSettingsChanged(() => void storedLook().then((next) => {
    if (next && !signal.aborted && saving === 0) mounted.applyLook(next);
  }), signal);
  return { open: true };
}

/** Close the reader if it is open; says whether it was. */
export function closeReader(session: PageSession): { closed: boolean } {
  const open = session.current('reader') !== null;
  session.replace('reader', null);
  return { closed: open };
}
