/**
 * The CLI's words: the extension's English messages (src/_locales/en), so the terminal says what the
 * popup says in English, with dates in English too.
 */
import en from '../_locales/en/messages.json';
import { translator, viewStrings } from '../render/strings';

export const CLI_STRINGS = viewStrings(translator(en), 'en');
