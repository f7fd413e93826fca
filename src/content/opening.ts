/**
 * opening.js, injected right after content.js in the popup's one executeScript call. executeScript
 * hands back the completion value of the last file it ran (awaiting a promise), so this expression
 * makes the injection itself carry the answer to the popup's opening question, `page/article`, from
 * whichever copy of content.js is live on the page: one round trip where asking, failing, injecting
 * and asking again took three. Built as a bare script (build.mjs): an IIFE would swallow the value.
 * The key is written out, not imported, so the bundle is this one expression and declares nothing in
 * the isolated world; test/unit/content-opening.test.ts checks it against OPENING_BRIDGE.
 */
(globalThis as { [key: symbol]: (() => Promise<string>) | undefined })[Symbol.for('news-declutter.opening')]?.();
