import { beforeEach, describe, expect, it, vi } from 'vitest';

/** The page as the popup reaches it: executeScript's frames, and the page scripts' messages. */
const executeScript = vi.fn();
const sendMessage = vi.fn();
vi.mock('../../src/lib/browser', () => ({ browser: { scripting: { executeScript }, tabs: { sendMessage } } }));
const { openArticle } = await import('../../src/popup/page');

const article = { state: 'loading' } as const;

describe("the popup's opening question", () => {
  beforeEach(() => {
    executeScript.mockReset();
    sendMessage.mockReset();
  });

  it('is answered by the injection itself: content.js, then opening.js, whose value is the answer as JSON', async () => {
    executeScript.mockResolvedValue([{ frameId: 0, result: JSON.stringify({ ok: true, value: article }) }]);
    await expect(openArticle(7)).resolves.toEqual(article);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['content.js', 'opening.js'], injectImmediately: true });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it("turns the page's error into a thrown error the popup shows as a sentence", async () => {
    executeScript.mockResolvedValue([{ frameId: 0, result: JSON.stringify({ ok: false, error: 'force must be a boolean' }) }]);
    await expect(openArticle(7)).rejects.toThrow('force must be a boolean');
  });

  it('asks with a message when the browser hands back no value from the injection', async () => {
    executeScript.mockResolvedValue([{ frameId: 0 }]);
    sendMessage.mockResolvedValue({ ok: true, value: article });
    await expect(openArticle(7)).resolves.toEqual(article);
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'page/article', payload: { force: false } });
  });

  it("fails with the browser's reason when the page can't be scripted", async () => {
    executeScript.mockRejectedValue(new Error('Cannot access contents of the page.'));
    await expect(openArticle(7)).rejects.toThrow(/cannot access/i);
  });
});
