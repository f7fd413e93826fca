/**
 * The popup's one status line: loading, not an article (with "Try anyway"), restricted, still
 * loading, error. Always a plain sentence; the article view is hidden while a status is up.
 */
import { byId, byTestId } from '../lib/dom';

/** Show `message` in place of the article; with `tryAnyway`, offer the button that calls it. */
export function showStatus(message: string, tryAnyway?: () => void): void {
  const status = byTestId('status');
  status.textContent = message;
  byId('status-box').hidden = false;
  byId('article').hidden = true;
  byId('actions').hidden = true;
  const button = byTestId<HTMLButtonElement>('try-anyway');
  button.hidden = !tryAnyway;
  button.onclick = tryAnyway ? () => tryAnyway() : null;
  if (tryAnyway) button.focus();
}

/** Hide the status line (the article is about to be shown). */
export function hideStatus(): void {
  byId('status-box').hidden = true;
  byTestId('try-anyway').hidden = true;
}
