import { describe, expect, it } from 'vitest';
import { takeBodyByline } from '../../src/core/body-byline';
import { cleanByline, isSiteName } from '../../src/core/byline';
import type { Removal } from '../../src/core/types';

describe('cleanByline: the names in a credit line', () => {
  it.each([
    ['Written By Joseph Crawford', 'Joseph Crawford'],
    ['Published by Ana Ruiz', 'Ana Ruiz'],
    ['By IANS | Updated: January 13, 2026 16:20 IST', 'IANS'],
    ['Jan 10 Written By Mara Olsen', 'Mara Olsen'],
    ['By Jane Doe and John Roe', 'Jane Doe and John Roe'],
    ['Written by: Ana Ruiz, Jan 3, 2026', 'Ana Ruiz'],
    ['Yucy3/4/2025 Shares facebook twitter', 'Yucy'],
    ['Dennis RomeroDennis Romero writes for a newspaper and is based in Los Angeles.', 'Dennis Romero'],
    ['Priya Nair is a health reporter covering hospitals.', 'Priya Nair'],
    ['BySummer Lake', 'Summer Lake'],
    ['Reyan PerumalPublished on July 18, 2025', 'Reyan Perumal'],
    ['Tom Hale 5 min read', 'Tom Hale'],
    ['Author: Lena Park', 'Lena Park'],
    ['Jane Roe, M.D.', 'Jane Roe, M.D.'],
    ['Written By:Cara MoonLast Updated:August 1, 2025', 'Cara Moon'],
    ['Harry StoneTech Reporter', 'Harry Stone'],
    ['Matt BrookHead Winemaker, Co-Founder', 'Matt Brook'],
    ['Jason McDonald', 'Jason McDonald'],
    ['Dana DeSilva and Lee MacKenzie', 'Dana DeSilva and Lee MacKenzie'],
    ['Music On', 'Music On'],
    ['Jane Roe jane.roe@example.com', 'Jane Roe'],
    ['Insights fromLiza Stone', 'Liza Stone'],
    ['Insights fromLiza StoneMarketing Director', 'Liza Stone'],
    ['Mark SubbaRao and Jo Lee', 'Mark SubbaRao and Jo Lee'],
    ['✉ Ana Ruiz ✉Corresponding author.', 'Ana Ruiz'],
  ])('%s → %s', (raw, name) => expect(cleanByline(raw)).toBe(name));

  it.each([
    ['Par Claire Dubois', 'Claire Dubois'],
    ['Von Jonas Weber', 'Jonas Weber'],
    ['Por María López', 'María López'],
    ['Di Marco Bianchi', 'Marco Bianchi'],
    ['김민수 기자', '김민수'],
    ['홍길동 특파원', '홍길동'],
    ['김민수 기자 minsu@example.co.kr', '김민수'],
    ['山田太郎記者', '山田太郎'],
    ['（共同）', '共同'],
    ['(Reuters)', 'Reuters'],
  ])('other languages: %s → %s', (raw, name) => expect(cleanByline(raw)).toBe(name));

  it('keeps a surname that only looks like an opener', () => {
    expect(cleanByline('Di Maio')).toBe('Di Maio');
    expect(cleanByline('Von Trapp')).toBe('Von Trapp');
  });

  it.each(['Staff', 'NOC Admin', 'Site Administrator', 'Senior Autos Reporter', 'Staff Writer', 'January 13, 2026', '1.2K shares', 'https://example.com/author/jane', 'Sign In', 'Name *', 'The Author', 'About the Author', 'Written By', 'Sat', '[Submitted on 18 Dec 2025]', 'jane.roe', 'page.head.extra.author', '.author-name{display:inline}', '   ', 'x'.repeat(5000)])(
    'no name in %j', (raw) => expect(cleanByline(raw)).toBeNull(),
  );
});

describe('isSiteName', () => {
  it('matches the site name or the host, not a person', () => {
    expect(isSiteName('Coastal Courier', 'Coastal Courier', null)).toBe(true);
    expect(isSiteName('Coastal Courier', null, 'www.coastalcourier.com')).toBe(true);
    expect(isSiteName('Example', null, 'news.example.co.uk')).toBe(true);
    expect(isSiteName('Jane Roe', 'Coastal Courier', 'coastalcourier.com')).toBe(false);
  });
});

describe('takeBodyByline: a credit line in the body becomes the byline', () => {
  it('takes "OOO 기자" from the top and logs it', () => {
    const removed: Removal[] = [];
    const out = takeBodyByline(['김민수 기자', '부산시는 5일 해안 공원 조성 계획을 발표했다. 공원은 2028년 문을 연다.', '시는 예산을 확정했다.'], removed);
    expect(out.byline).toBe('김민수');
    expect(out.paragraphs).toHaveLength(2);
    expect(removed).toEqual([expect.objectContaining({ kind: 'credit', text: '김민수 기자' })]);
  });

  it('takes a Japanese credit and a bracketed agency at the foot', () => {
    expect(takeBodyByline(['政府は13日、新しい計画を発表した。', '計画は来年始まる。', '山田太郎記者'], []).byline).toBe('山田太郎');
    expect(takeBodyByline(['政府は13日、新しい計画を発表した。', '（共同）'], []).byline).toBe('共同');
  });

  it('leaves a sentence that mentions a reporter', () => {
    const paras = ['김민수 기자는 이날 현장에서 주민들의 이야기를 들었다고 전했다.', '두 번째 문단이다.'];
    expect(takeBodyByline(paras, []).paragraphs).toEqual(paras);
  });
});
