/**
 * The language to read an article aloud in: the page's own `lang` when it declares one, else a guess
 * from the writing system of its text. A Korean portal that forgets `lang` (or says `en` in a template
 * for every page) still has Hangul in it, and a voice for the wrong language reads Hangul as silence or
 * as letter names. Only scripts that name one language, or nearly, are guessed; Latin text without a
 * `lang` stays unknown rather than being called English.
 */

/** How much text is looked at: the opening is enough to tell a script, and a huge page costs nothing more. */
const SAMPLE_CHARS = 4000;

/** Scripts and the language each one stands for (first match wins after counting). */
const SCRIPTS: readonly { lang: string; pattern: RegExp }[] = [
  { lang: 'ko', pattern: /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/g },
  // Kana, not kanji: Chinese text has kanji too, but only Japanese has hiragana and katakana.
  { lang: 'ja', pattern: /[\u3040-\u30ff\u31f0-\u31ff]/g },
  { lang: 'zh', pattern: /[\u4e00-\u9fff\u3400-\u4dbf]/g },
  { lang: 'ru', pattern: /[\u0400-\u04ff]/g },
  { lang: 'el', pattern: /[\u0370-\u03ff]/g },
  { lang: 'he', pattern: /[\u0590-\u05ff]/g },
  { lang: 'ar', pattern: /[\u0600-\u06ff]/g },
  { lang: 'hi', pattern: /[\u0900-\u097f]/g },
  { lang: 'bn', pattern: /[\u0980-\u09ff]/g },
  { lang: 'ta', pattern: /[\u0b80-\u0bff]/g },
  { lang: 'th', pattern: /[\u0e00-\u0e7f]/g },
];
const LATIN = /[A-Za-z\u00c0-\u024f]/g;

/** A BCP 47 tag as written on pages (`en_US`, ` KO-kr `), tidied: `en-US`, `ko-KR`; null when unusable. */
export function normaliseLang(lang: string | null | undefined): string | null {
  const tag = lang?.trim().replace(/_/g, '-') ?? '';
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return null;
  const [primary, ...rest] = tag.split('-');
  return [primary!.toLowerCase(), ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part))].join('-');
}

/** The primary language of a tag: `en-GB` → `en`. */
export function primaryLang(lang: string): string {
  return lang.split('-')[0]!.toLowerCase();
}

/**
 * The language the text is written in, judged by its script alone; null for Latin or mixed text.
 * Kana beats Han: a Japanese text is mostly kanji by count, and a handful of kana settle it.
 */
export function languageFromScript(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const counts = SCRIPTS.map(({ lang, pattern }) => ({ lang, count: sample.match(pattern)?.length ?? 0 }));
  const latin = sample.match(LATIN)?.length ?? 0;
  const kana = counts.find((c) => c.lang === 'ja')!.count;
  const han = counts.find((c) => c.lang === 'zh')!.count;
  if (kana > 0 && kana + han > latin) return 'ja';
  const best = counts.filter((c) => c.lang !== 'ja').sort((a, b) => b.count - a.count)[0]!;
  // The script must carry the text, not just appear in it (a Korean name in an English story).
  return best.count > 0 && best.count > latin ? best.lang : null;
}

/**
 * The language to speak `text` in. The declared `lang` wins, unless the text's script plainly belongs to
 * another language (a page template that says `en` over a Korean article): then the script decides.
 */
export function speechLanguage(lang: string | null | undefined, text: string): string | null {
  const declared = normaliseLang(lang);
  const seen = languageFromScript(text);
  if (declared && (!seen || primaryLang(declared) === seen)) return declared;
  // A Chinese page declared `zh-TW` is seen as `zh`; a Japanese page declared `zh` can't be (it has kana).
  return seen ?? declared;
}

/** A voice as speechSynthesis describes it (the fields the choice reads). */
export interface VoiceInfo {
  name: string;
  lang: string;
  voiceURI?: string;
  default?: boolean;
  localService?: boolean;
}

/**
 * The voices that can read `lang`, best first: the exact region, then the same language in another
 * region; within each, the browser's default first and voices on this machine before network ones.
 * With no language known, every voice is offered. An empty list means no voice for this language.
 */
export function voicesFor<V extends VoiceInfo>(voices: readonly V[], lang: string | null): V[] {
  if (!lang) return [...voices].sort((a, b) => Number(!!b.default) - Number(!!a.default));
  const wanted = lang.toLowerCase();
  const primary = primaryLang(lang);
  const rank = (voice: V): number => {
    const tag = normaliseLang(voice.lang)?.toLowerCase() ?? voice.lang.toLowerCase();
    if (tag === wanted) return 0;
    if (primaryLang(tag) === primary) return 1;
    return -1;
  };
  return voices
    .map((voice, index) => ({ voice, index, rank: rank(voice) }))
    .filter((v) => v.rank >= 0)
    .sort((a, b) => a.rank - b.rank || Number(!!b.voice.default) - Number(!!a.voice.default) || Number(b.voice.localService !== false) - Number(a.voice.localService !== false) || a.index - b.index)
    .map((v) => v.voice);
}
