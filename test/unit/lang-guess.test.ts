import { describe, expect, it } from 'vitest';
import { languageFromScript, normaliseLang, speechLanguage, voicesFor } from '../../src/core/lang-guess';

const KOREAN = '이재명 대통령은 13일 일본 나라현에서 이시바 총리와 정상회담을 가졌다.';
const JAPANESE = '石破首相は13日、奈良県で李在明大統領と首脳会談を行った。';
const CHINESE = '韩国总统李在明13日在日本奈良与石破茂首相举行会谈。';
const ENGLISH = 'South Korean President Lee Jae Myung met Prime Minister Ishiba in Nara on Tuesday.';

describe('languageFromScript', () => {
  it('tells Hangul → ko, kana → ja (even when kanji outnumber it), Han alone → zh, Cyrillic → ru', () => {
    expect(languageFromScript(KOREAN)).toBe('ko');
    expect(languageFromScript(JAPANESE)).toBe('ja');
    expect(languageFromScript(CHINESE)).toBe('zh');
    expect(languageFromScript('Президент Южной Кореи встретился с премьер-министром Японии.')).toBe('ru');
  });

  it('leaves Latin text unknown, and is not swayed by a few foreign letters in it', () => {
    expect(languageFromScript(ENGLISH)).toBeNull();
    expect(languageFromScript(`${ENGLISH} (이재명)`)).toBeNull();
    expect(languageFromScript('')).toBeNull();
  });
});

describe('speechLanguage', () => {
  it('uses the declared lang, tidied', () => {
    expect(speechLanguage('en_us', ENGLISH)).toBe('en-US');
    expect(speechLanguage(' ko-kr ', KOREAN)).toBe('ko-KR');
    expect(speechLanguage('zh-Hant-TW', CHINESE)).toBe('zh-Hant-TW');
  });

  it('falls back to the script without a lang, and overrides a template lang the text contradicts', () => {
    expect(speechLanguage(null, KOREAN)).toBe('ko');
    expect(speechLanguage('', JAPANESE)).toBe('ja');
    expect(speechLanguage('en', KOREAN)).toBe('ko');
    expect(speechLanguage('not a tag!', ENGLISH)).toBeNull();
    expect(speechLanguage(null, ENGLISH)).toBeNull();
  });

  it('rejects tags that are not BCP 47', () => {
    expect(normaliseLang('english')).toBeNull();
    expect(normaliseLang('e')).toBeNull();
    expect(normaliseLang('fr-CA')).toBe('fr-CA');
  });
});

describe('voicesFor', () => {
  const voices = [
    { name: 'English (America)', lang: 'en-US' },
    { name: 'Korean', lang: 'ko' },
    { name: 'Korean network', lang: 'ko-KR', localService: false },
    { name: 'English (Great Britain)', lang: 'en-GB', default: true },
    { name: 'Korean local', lang: 'ko-KR', localService: true },
    { name: 'Japanese', lang: 'ja_JP' },
  ];

  it('offers only voices of the article language: exact region first, local before network', () => {
    expect(voicesFor(voices, 'ko-KR').map((v) => v.name)).toEqual(['Korean local', 'Korean network', 'Korean']);
    expect(voicesFor(voices, 'ja').map((v) => v.name)).toEqual(['Japanese']);
    expect(voicesFor(voices, 'en-US').map((v) => v.name)).toEqual(['English (America)', 'English (Great Britain)']);
  });

  it('is empty when no voice speaks the language, and offers all (default first) when the language is unknown', () => {
    expect(voicesFor(voices, 'th')).toEqual([]);
    expect(voicesFor([], 'en')).toEqual([]);
    expect(voicesFor(voices, null)[0]!.name).toBe('English (Great Britain)');
    expect(voicesFor(voices, null)).toHaveLength(voices.length);
  });
});
