/**
 * Where background/polyfill.ts leaves the polyfilled API for lib/browser.ts. A module of its own: the
 * polyfill must not import lib/browser.ts, whose `browser` is chosen when it is first evaluated.
 */
export const POLYFILLED = Symbol.for('news-declutter.browser-polyfilled');
