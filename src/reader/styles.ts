/**
 * The reader's stylesheet. It lives inside the reader's shadow root, so the page's CSS can't reach in
 * and ours can't leak out. Sizes are px and em, never rem: rem follows the page's <html> font size.
 */
import { paletteCss, PALETTES } from './theme';
import { FONT_STACKS } from './typography';

const UI_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

export const READER_CSS = `
:host {
  /* The host lives in the page's tree, so page rules (even \`* { display: none !important }\`) match it;
     important declarations from inside a shadow tree beat the page's important ones. */
  all: initial !important; display: block !important; position: fixed !important; inset: 0 !important;
  z-index: 2147483647 !important; contain: layout paint !important;
}
.backdrop {
  position: absolute; inset: 0; overflow-y: auto; overscroll-behavior: contain;
  ${paletteCss(PALETTES.light)}
  --font-size: 19px; --line-width: 68ch; --font-family: ${FONT_STACKS.serif}; --line-height: 1.7;
  --paragraph-spacing: 1.15em; --text-align: start;
  background: var(--bg); color: var(--fg); color-scheme: light;
  font-size: var(--font-size); line-height: var(--line-height); font-family: var(--font-family);
  -webkit-text-size-adjust: 100%; text-rendering: optimizeLegibility; overflow-wrap: break-word;
}
.backdrop[data-theme="dark"] { ${paletteCss(PALETTES.dark)} color-scheme: dark; }
.backdrop[data-theme="sepia"] { ${paletteCss(PALETTES.sepia)} }
@media (prefers-color-scheme: dark) {
  .backdrop[data-theme="system"] { ${paletteCss(PALETTES.dark)} color-scheme: dark; }
}
.toolbar {
  position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; align-items: center; justify-content: flex-end;
  gap: 6px 14px; padding: 10px 16px; background: var(--bg); border-bottom: 1px solid var(--rule);
  font: 14px/1 ${UI_FONT};
}
.group { display: flex; gap: 4px; }
button {
  font: 600 14px/1 ${UI_FONT}; color: var(--fg); background: transparent; margin: 0;
  border: 1px solid var(--rule); border-radius: 999px; padding: 7px 12px; min-height: 32px; cursor: pointer;
}
button:hover { border-color: var(--muted); }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
button[aria-pressed="true"] { background: var(--fg); color: var(--bg); border-color: var(--fg); }
button[aria-disabled="true"] { opacity: .4; cursor: default; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-inline-end: 6px; border: 1px solid currentColor; vertical-align: -1px; }
.close { margin-inline-start: 6px; }
.page { max-width: var(--line-width); margin: 0 auto; padding: 48px 24px 96px; }
h1 { font-size: 2em; line-height: 1.2; margin: 0 0 .5em; font-weight: 700; letter-spacing: -.01em; }
.meta { font: 15px/1.5 ${UI_FONT}; color: var(--muted); margin: 0 0 2em; }
.site { font-weight: 600; }
.published, .reading-time { white-space: nowrap; }
.quotes { background: var(--panel); border-radius: 10px; padding: 1em 1.25em; margin: 0 0 2.25em; border-inline-start: 4px solid var(--accent); }
.quotes h2 { font: 600 12px/1.4 ${UI_FONT}; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); margin: 0 0 .5em; }
.quote-list { list-style: none; margin: 0; padding: 0; }
.quote-item { margin: .75em 0 0; line-height: 1.55; }
.quote-text { font-style: italic; }
.quote-by { display: block; font: 14px/1.4 ${UI_FONT}; color: var(--muted); margin-top: .3em; }
.notice { font: 15px/1.5 ${UI_FONT}; border-inline-start: 3px solid #c98a00; padding: .25em .75em; margin: 0 0 1.5em; }
p { margin: 0 0 var(--paragraph-spacing); }
.text p { text-align: var(--text-align); hyphens: auto; }
.text p, .quote-list > li { border-radius: 4px; transition: background-color .2s; }
.speaking { background: var(--panel); box-shadow: -8px 0 0 var(--panel), 8px 0 0 var(--panel), -12px 0 0 var(--accent); }
[data-action="previous"], [data-action="next"] { letter-spacing: -.2em; padding-inline: 10px 12px; }
.speech { align-items: center; flex-wrap: wrap; }
select {
  font: 14px/1 ${UI_FONT}; color: var(--fg); background: var(--bg); border: 1px solid var(--rule);
  border-radius: 999px; padding: 6px 8px; min-height: 32px; max-width: 16em;
}
select:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.speech-status { font: 13px/1.3 ${UI_FONT}; color: var(--muted); max-width: 28em; }
.speech-status:empty { display: none; }
.read-quote { float: inline-end; font-size: 11px; min-height: 24px; padding: 4px 8px; margin-inline-start: 8px; font-style: normal; }
.notes { color: var(--muted); font-size: .82em; line-height: 1.55; border-top: 1px solid var(--rule); padding-top: 1em; margin-top: 2.5em; }
@media print {
  /* The reader alone, at its full length, black on white (print.ts hides the page behind it). */
  :host { position: static !important; inset: auto !important; contain: none !important; }
  .backdrop, .backdrop[data-theme] { position: static; overflow: visible; --bg: #fff; --fg: #000; --muted: #333; --panel: #fff; --rule: #999; --accent: #000; color-scheme: light; }
  .toolbar, .read-quote { display: none; }
  .speaking { background: none; box-shadow: none; }
  .page { max-width: none; padding: 0; }
}
@media (max-width: 560px) { .page { padding: 28px 18px 64px; } h1 { font-size: 1.6em; } }
`;
