// The little of the DOM that bbcode.js uses, for node's test runner (no browser, no jsdom), and a
// serializer that writes what was built as HTML-like text to compare against.

class FakeText {
  constructor(text) {
    this.nodeType = 3;
    this.textContent = String(text);
  }
}

class FakeElement {
  constructor(tagName) {
    this.nodeType = 1;
    this.tagName = tagName.toUpperCase();
    this.childNodes = [];
    this.style = {};
    this.className = '';
  }

  append(...nodes) {
    this.childNodes.push(...nodes);
  }

  get textContent() {
    return this.childNodes.map((n) => n.textContent).join('');
  }

  set textContent(value) {
    this.childNodes = [new FakeText(value)];
  }
}

export const fakeDocument = {
  createDocumentFragment: () => new FakeElement('#fragment'),
  createElement: (tag) => new FakeElement(tag),
  createTextNode: (text) => new FakeText(text),
};

/** <strong>hi</strong> for what was built; attributes that matter for safety are written out. */
export function serialize(node) {
  if (node.nodeType === 3) return node.textContent;
  const inner = node.childNodes.map(serialize).join('');
  if (node.tagName === '#FRAGMENT') return inner;
  const tag = node.tagName.toLowerCase();
  const attributes = [
    node.className ? ` class="${node.className}"` : '',
    node.href ? ` href="${node.href}"` : '',
    node.src ? ` src="${node.src}"` : '',
    node.style.color ? ` color="${node.style.color}"` : '',
  ].join('');
  return `<${tag}${attributes}>${inner}</${tag}>`;
}

/** How deep blockquotes nest in what was built. */
export function quoteDepth(node) {
  if (node.nodeType === 3) return 0;
  const below = Math.max(0, ...node.childNodes.map(quoteDepth));
  return below + (node.tagName === 'BLOCKQUOTE' ? 1 : 0);
}
