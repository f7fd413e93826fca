/**
 * A credit standing as its own paragraph at the top (or foot) of a Korean or Japanese story — "김민수 기자",
 * "홍길동 특파원 hong@example.co.kr", "山田太郎記者", "（共同）" — is the byline, not text: it leaves the
 * body (logged in `removed`) and becomes the byline when the page declared none.
 */
import { cleanByline } from './byline';
import type { Removal } from './types';

/** A short line that is only a name and a reporter's title, or only a bracketed agency credit. */
const CREDIT_LINE = /^(?:[\p{Script=Hangul}\p{Script=Han}・ ]{2,12}\s*(?:선임기자|수석기자|기자|특파원|통신원|논설위원|객원기자|편집위원|記者|特派員|編集委員|論説委員|通信員)(?:\s*[\w.+-]+@[\w.-]+)?(?:\s*[,、]\s*[\p{Script=Hangul}\p{Script=Han}・ ]{2,12}\s*(?:기자|記者))*|[（(](?:共同|時事|聯合|연합뉴스|뉴시스|뉴스1|Kyodo|Jiji|Yonhap)[)）])$/u;
/** Paragraphs looked at from each end. */
const EDGE = 2;

export interface BodyByline {
  paragraphs: string[];
  byline: string | null;
}

/** Takes a credit line out of the first or last paragraphs. */
export function takeBodyByline(paragraphs: string[], removed: Removal[]): BodyByline {
  let byline: string | null = null;
  const kept = paragraphs.filter((p, i) => {
    const edge = i < EDGE || i >= paragraphs.length - EDGE;
    if (!edge || p.length > 60 || !CREDIT_LINE.test(p.trim())) return true;
    byline ??= cleanByline(p);
    removed.push({ kind: 'credit', reason: 'reporter credit line in the body (the byline)', text: p });
    return false;
  });
  return { paragraphs: kept, byline };
}
