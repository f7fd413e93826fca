import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract';
import { mathText } from '../../src/core/math-text';
import { extractWideWeb } from './fixture-files';

const formula = (mathml: string): string => {
  const { document } = parseHTML(`<html><body><p><math>${mathml}</math></p></body></html>`);
  return mathText(document.querySelector('math') as unknown as Element);
};

describe('a MathML formula as a line of text', () => {
  it('reads fractions, powers, subscripts and roots as a/b, a^b, a_b and √(…), bracketing groups', () => {
    expect(formula('<msub><mi>H</mi><mi>n</mi></msub><mo>=</mo><mn>1</mn><mo>+</mo><mfrac><mn>1</mn><mn>2</mn></mfrac>')).toBe('H_n = 1 + 1/2');
    expect(formula('<mi>x</mi><mo>=</mo><mfrac><mrow><mo>−</mo><mi>b</mi><mo>±</mo><msqrt><msup><mi>b</mi><mn>2</mn></msup><mo>−</mo><mn>4</mn><mi>a</mi><mi>c</mi></msqrt></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac>'))
      .toBe('x = (− b ± √(b^2 − 4 a c))/(2 a)');
    expect(formula('<msubsup><mo>∑</mo><mrow><mi>k</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></msubsup><msub><mi>a</mi><mi>k</mi></msub>')).toBe('∑_(k = 1)^n a_k');
    expect(formula('<mroot><mi>x</mi><mn>3</mn></mroot>')).toBe('3√x');
  });

  it('keeps a bracketed group as it is and puts accents on their base', () => {
    expect(formula('<msup><mrow><mo>(</mo><mn>1</mn><mo>+</mo><mi>x</mi><mo>)</mo></mrow><mn>2</mn></msup>')).toBe('(1 + x)^2');
    expect(formula('<mover><mi>x</mi><mo>˙</mo></mover><mo>=</mo><mi>σ</mi>')).toBe('x˙ = σ');
  });

  it('leaves out annotations (the TeX source), phantoms and invisible operators, and separates table rows', () => {
    expect(formula('<semantics><mrow><mi>sin</mi><mo>&#x2061;</mo><mi>x</mi></mrow><annotation encoding="application/x-tex">\\sin x</annotation></semantics>')).toBe('sin x');
    expect(formula('<mi>a</mi><mphantom><mi>b</mi></mphantom>')).toBe('a');
    expect(formula('<mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr><mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable>')).toBe('a b; c d');
  });

  it('reads a hostile, 20,000-deep formula without overflowing the stack', () => {
    const deep = `${'<mrow>'.repeat(20_000)}<mi>x</mi>${'</mrow>'.repeat(20_000)}`;
    expect(formula(deep)).toBe('x');
  });

  it('reads superscripts nested 40 deep at once, each part read once', () => {
    const tower = `${'<msup><mi>x</mi>'.repeat(40)}<mi>y</mi>${'</msup>'.repeat(40)}`;
    expect(formula(tower)).toMatch(/^x\^x\^/);
  });
});

describe('MathJax 3 formulas stay in the article (wide-web/mathjax.html)', () => {
  const run = (off: string[] = []) => extractWideWeb('mathjax.html', 'https://example.org/posts/harmonic-series-never-stops-growing', off);

  it('keeps inline and displayed formulas, each readable, the displayed one on a line of its own', () => {
    const { text, fired } = run();
    expect(text).toContain('The series in question is H_n = 1 + 1/2 + ⋯ + 1/n, and the question is');
    expect(text.split('\n\n')).toContain('1/3 + 1/4 > 1/4 + 1/4 = 1/2');
    expect(fired.has('mathjax')).toBe(true);
  });

  it('without the rule, Readability drops every formula as a menu (the failure the rule fixes)', () => {
    const { text } = run(['mathjax']);
    expect(text).toContain('The series in question is , and the question is');
    expect(text).not.toContain('1/3 + 1/4');
  });
});

describe('KaTeX formulas read as one line', () => {
  it('keeps the MathML without its TeX annotation or its drawing', () => {
    const prose = '<p>Variance measures how far a set of numbers spreads out from their mean, and most statistics courses teach it right after the average itself.</p>';
    const katex = '<span class="katex"><span class="katex-mathml"><math><semantics><mrow><msup><mi>s</mi><mn>2</mn></msup><mo>=</mo><mfrac><mn>1</mn><mrow><mi>n</mi><mo>−</mo><mn>1</mn></mrow></mfrac></mrow>'
      + '<annotation encoding="application/x-tex">s^2 = \\frac{1}{n-1}</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="mord">s</span><span class="mord">2</span></span></span>';
    const { document } = parseHTML(`<html><body><article><h1>Variance, briefly</h1>${prose}<p>The unbiased estimate is ${katex} times the sum of squared deviations, which corrects the bias of dividing by n alone.</p>${prose}</article></body></html>`);
    const { text } = extract(document as unknown as Document, 'https://example.org/posts/variance-briefly-explained');
    expect(text).toContain('The unbiased estimate is s^2 = 1/(n − 1) times the sum of squared deviations');
    expect(text).not.toContain('frac');
  });
});
