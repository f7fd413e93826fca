/**
 * Every string a person sees goes through _locales. This test reads the extension's source and fails
 * on any English that reaches people without it.
 *
 * The rule, in TypeScript under src/ (src/core, src/cli and src/types are left out: the core is pure and
 * hands views data, its English notes are for the CLI, and the CLI is an English terminal tool):
 * - a string or template literal holding a word (two or more ASCII letters, outside `${…}`) may not be
 *   assigned to `textContent`, `innerText`, `title`, `placeholder`, `alt`, `ariaLabel` or `label`, be
 *   given to `setAttribute` for `aria-label`, `aria-description`, `aria-valuetext`, `title`, `alt` or
 *   `placeholder`, sit in an object literal under one of those names (`Object.assign(el, {textContent})`,
 *   `contextMenus.create({title})`), or be passed to a function that shows text (`alert`, `confirm`,
 *   `showStatus`, `say`, `report`, `setBadgeText`);
 * - an error's own text (`x.message`, `String(error)`) may not be passed to `t()` or `getMessage()`:
 *   errors from the browser and from our code are English, so the person gets a localised sentence
 *   (`String(x)` counts as an error's text when x is named like one: e, err, error, reason, cause)
 *   and the detail goes to the console.
 * In HTML under src/: an element's own text and its aria-label, title, alt and placeholder attributes
 * hold no word unless the element has data-i18n (the text is then a fallback that localise() replaces).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '../../src');
const SKIPPED_DIRS = new Set(['core', 'cli', 'types', '_locales']);
const TEXT_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'placeholder', 'alt', 'ariaLabel', 'label']);
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-valuetext', 'title', 'alt', 'placeholder']);
const SHOWING_CALLS = new Set(['alert', 'confirm', 'showStatus', 'say', 'report', 'setBadgeText']);
const WORD = /[A-Za-z]{2,}/;

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return dir === SRC && SKIPPED_DIRS.has(e.name) ? [] : files(join(dir, e.name), ext);
    return e.name.endsWith(ext) && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [];
  });
}

/** The literal text of a string or template literal (template expressions left out), else null. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  if (ts.isConditionalExpression(node)) return [literalText(node.whenTrue), literalText(node.whenFalse)].filter((s) => s !== null).join(' ') || null;
  if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.BarBarToken || node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || node.operatorToken.kind === ts.SyntaxKind.PlusToken)) {
    return [literalText(node.left), literalText(node.right)].filter((s) => s !== null).join(' ') || null;
  }
  return null;
}

const hasWord = (node: ts.Node): boolean => WORD.test(literalText(node) ?? '');
const nameOf = (node: ts.Node): string => (ts.isPropertyAccessExpression(node) ? node.name.text : ts.isIdentifier(node) ? node.text : '');
const isErrorText = (node: ts.Node): boolean =>
  (ts.isPropertyAccessExpression(node) && node.name.text === 'message') ||
  (ts.isCallExpression(node) && nameOf(node.expression) === 'String' && /^(e|err|error|reason|cause)$/i.test(nameOf(node.arguments[0] ?? node))) ||
  (ts.isConditionalExpression(node) && (isErrorText(node.whenTrue) || isErrorText(node.whenFalse)));

/** The English that reaches people in one TypeScript source, as `line: code` findings. */
export function englishInSource(name: string, code: string): string[] {
  const source = ts.createSourceFile(name, code, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const flag = (node: ts.Node): void => void found.push(`${name}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().slice(0, 100)}`);
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && TEXT_PROPERTIES.has(nameOf(node.left)) && hasWord(node.right)) flag(node);
    if (ts.isPropertyAssignment(node) && TEXT_PROPERTIES.has(node.name.getText().replace(/['"]/g, '')) && hasWord(node.initializer)) flag(node);
    if (ts.isCallExpression(node)) {
      const callee = nameOf(node.expression);
      const [first, second] = node.arguments;
      if (callee === 'setAttribute' && first && second && TEXT_ATTRIBUTES.has(literalText(first) ?? '') && hasWord(second)) flag(node);
      if (SHOWING_CALLS.has(callee) && node.arguments.some(hasWord)) flag(node);
      if ((callee === 't' || callee === 'getMessage') && node.arguments.slice(1).some((a) => isErrorText(a) || (ts.isArrayLiteralExpression(a) && a.elements.some(isErrorText)))) flag(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The English in one HTML page outside data-i18n elements. */
export function englishInHtml(name: string, html: string): string[] {
  const { document } = parseHTML(html);
  const found: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    if (['SCRIPT', 'STYLE'].includes(el.tagName) || el.closest('[data-i18n]')) continue;
    const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join(' ');
    if (WORD.test(own)) found.push(`${name}: <${el.localName}> ${own.trim().slice(0, 80)}`);
    for (const attr of TEXT_ATTRIBUTES) if (WORD.test(el.getAttribute(attr) ?? '')) found.push(`${name}: <${el.localName} ${attr}="${el.getAttribute(attr)}">`);
  }
  return found;
}

describe('no user-facing English outside _locales', () => {
  it('in the TypeScript that builds what people see', () => {
    const found = files(SRC, '.ts').flatMap((f) => englishInSource(relative(SRC, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('in the extension pages', () => {
    const found = files(SRC, '.html').flatMap((f) => englishInHtml(relative(SRC, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('every message the code names exists, in every locale, with the same placeholders', () => {
    const locale = (lang: string) => JSON.parse(readFileSync(join(SRC, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string; placeholders?: object }>;
    const [en, ko, ja] = ['en', 'ko', 'ja'].map(locale) as [ReturnType<typeof locale>, ReturnType<typeof locale>, ReturnType<typeof locale>];
    for (const other of [ko, ja]) {
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en)) expect([key, Object.keys(other[key]?.placeholders ?? {})]).toEqual([key, Object.keys(en[key]!.placeholders ?? {})]);
    }
    const named = new Set<string>();
    for (const f of files(SRC, '.ts')) for (const m of readFileSync(f, 'utf8').matchAll(/\b(?:t|getMessage)\('([A-Za-z_]+)'/g)) named.add(m[1]!);
    for (const f of files(SRC, '.html')) for (const m of readFileSync(f, 'utf8').matchAll(/data-i18n="([A-Za-z_]+)"/g)) named.add(m[1]!);
    expect([...named].filter((key) => !en[key])).toEqual([]);
  });

  it('the check finds each kind of English it looks for, and leaves localised text and symbols alone', () => {
    const bad = [
      "el.textContent = 'Saved.';",
      'el.title = `Open ${host}`;',
      "button.setAttribute('aria-label', 'Close');",
      "Object.assign(li, { textContent: 'Removed' });",
      "showStatus('Page too large to declutter');",
      "say(t('autoFailed', error instanceof Error ? error.message : String(error)));",
      "status.textContent = t('statusError', String(e));",
    ];
    for (const line of bad) expect(englishInSource('x.ts', line), line).toHaveLength(1);
    const good = ["el.textContent = t('optionsSaved');", "el.textContent = t('pixels', String(size));", "node.textContent = 'A+';", "el.textContent = host;", "el.setAttribute('aria-label', t('readerClose'));", "el.dataset.testid = 'status';"];
    for (const line of good) expect(englishInSource('x.ts', line), line).toEqual([]);
    expect(englishInHtml('x.html', '<p>Reading the page</p><p data-i18n="k">Fallback</p><button aria-label="Close">×</button>')).toHaveLength(2);
  });
});
