/**
 * Looks inside the in-page reader's closed shadow root in Chromium through the DevTools protocol,
 * which pierces closed roots the way the browser's own inspector does. Node ids go stale as the DOM
 * changes, so every call finds its node afresh.
 */
import type { CDPSession, Page } from 'playwright-core';

export class ReaderInspector {
  constructor(private readonly cdp: CDPSession) {}

  static async attach(page: Page): Promise<ReaderInspector> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    return new ReaderInspector(cdp);
  }

  private async shadowRoot(): Promise<number | null> {
    const { root } = await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type Node = { attributes?: string[]; children?: Node[]; shadowRoots?: { nodeId: number }[] };
    const stack: Node[] = [root as Node];
    while (stack.length) {
      const node = stack.pop()!;
      const attrs = node.attributes ?? [];
      const id = attrs.indexOf('id');
      if (id >= 0 && id % 2 === 0 && attrs[id + 1] === 'declutter-reader') return node.shadowRoots?.[0]?.nodeId ?? null;
      stack.push(...(node.children ?? []));
    }
    return null;
  }

  /** The node matching `selector` inside the reader's shadow root, or null (no reader, or not yet). */
  async find(selector: string): Promise<number | null> {
    const shadow = await this.shadowRoot();
    if (!shadow) return null;
    const { nodeId } = await this.cdp.send('DOM.querySelector', { nodeId: shadow, selector });
    return nodeId || null;
  }

  /** How many nodes match `selector` inside the reader. */
  async count(selector: string): Promise<number> {
    const shadow = await this.shadowRoot();
    if (!shadow) return 0;
    return (await this.cdp.send('DOM.querySelectorAll', { nodeId: shadow, selector })).nodeIds.length;
  }

  async style(selector: string, property: string): Promise<string> {
    const nodeId = await this.find(selector);
    if (!nodeId) throw new Error(`no ${selector} in the reader`);
    const { computedStyle } = await this.cdp.send('CSS.getComputedStyleForNode', { nodeId });
    return computedStyle.find((p) => p.name === property)?.value ?? '';
  }

  /** The value of attribute `name` on the first node matching `selector`, or null. */
  async attribute(selector: string, name: string): Promise<string | null> {
    const nodeId = await this.find(selector);
    if (!nodeId) return null;
    const { attributes } = await this.cdp.send('DOM.getAttributes', { nodeId });
    const i = attributes.indexOf(name);
    return i >= 0 && i % 2 === 0 ? (attributes[i + 1] ?? null) : null;
  }

  /** The text of the first node matching `selector`, tags stripped. */
  async text(selector = '.backdrop'): Promise<string> {
    const nodeId = await this.find(selector);
    if (!nodeId) return '';
    const { outerHTML } = await this.cdp.send('DOM.getOuterHTML', { nodeId });
    return outerHTML.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
  }

  /** A real mouse click at the middle of the node's box. */
  async click(page: Page, selector: string): Promise<void> {
    const nodeId = await this.find(selector);
    if (!nodeId) throw new Error(`no ${selector} in the reader`);
    await this.cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
    const { model } = await this.cdp.send('DOM.getBoxModel', { nodeId });
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.border;
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }
}
