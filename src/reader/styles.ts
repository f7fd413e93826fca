/**
 * The reader's stylesheet. It lives inside the reader's shadow root, so the page's CSS can't reach in
 * and ours can't leak out. `:host { all: initial }` cuts inheritance from the page as well.
 */
export const READER_CSS = `
:host { all: initial; }
.backdrop {
  position: fixed; inset: 0; z-index: 2147483647; overflow-y: auto; overscroll-behavior: contain;
  --bg: #fbfaf7; --fg: #1f2328; --muted: #5b6169; --accent: #1f5fbf; --rule: #e3e0d8; --quote: #f1ede3;
  background: var(--bg); color: var(--fg);
  font: 19px/1.65 Georgia, "Noto Serif", "Noto Serif CJK KR", "Noto Serif CJK JP", "Times New Roman", serif;
}
@media (prefers-color-scheme: dark) {
  .backdrop { --bg: #1b1d21; --fg: #e7e5e0; --muted: #a2a8b0; --accent: #8ab4f8; --rule: #33373d; --quote: #25282d; }
}
.page { max-width: 40rem; margin: 0 auto; padding: 3.5rem 1.5rem 5rem; }
.close {
  position: fixed; top: 1rem; right: 1rem; font: 600 15px/1 system-ui, sans-serif; color: var(--fg);
  background: var(--bg); border: 1px solid var(--rule); border-radius: 999px; padding: .55rem .95rem; cursor: pointer;
}
.close:hover { border-color: var(--muted); }
.close:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .75rem; font-weight: 700; }
.meta { font: 15px/1.5 system-ui, sans-serif; color: var(--muted); margin: 0 0 2rem; }
.quotes { background: var(--quote); border-radius: 10px; padding: 1rem 1.25rem; margin: 0 0 2rem; }
.quotes h2 { font: 600 13px/1.4 system-ui, sans-serif; letter-spacing: .04em; text-transform: uppercase; color: var(--muted); margin: 0 0 .5rem; }
.quotes blockquote { margin: .75rem 0; }
.quotes cite { display: block; font: 14px/1.4 system-ui, sans-serif; font-style: normal; color: var(--muted); margin-top: .25rem; }
.notice { font: 15px/1.5 system-ui, sans-serif; border-left: 3px solid #c98a00; padding: .25rem .75rem; margin: 0 0 1.5rem; }
p { margin: 0 0 1.1em; }
.notes { color: var(--muted); font-size: .85em; border-top: 1px solid var(--rule); padding-top: 1rem; margin-top: 2rem; }
`;
