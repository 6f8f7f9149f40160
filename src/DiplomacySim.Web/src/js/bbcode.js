// BBCode, as forum posts write it, to DOM nodes. Nothing here touches innerHTML: text becomes text
// nodes, and only the tags below become elements. Anything else (unknown tags, HTML, a link that
// is not http or https, a colour that is not a colour) stays as the literal text the writer typed.
// An image is never loaded (it would tell its host who reads the letter): [img] becomes a link
// that says it is an image. Quotes nested deeper than MAX_QUOTE_DEPTH are flattened into the
// quote around them, so that a chain of 300 quotes stays a letter and not a staircase.

const TAG = /\[(\/?)([a-z*]{1,8})(?:=([^\]\n]{0,200}))?\]/gi;
const SIMPLE = { b: 'strong', i: 'em', u: 'u', s: 's', center: 'div' };
const KNOWN = new Set([...Object.keys(SIMPLE), 'quote', 'list', '*', 'url', 'size', 'color', 'code', 'img']);
// Tags whose content is kept as it is, tags included, up to their closing tag.
const VERBATIM = new Set(['code', 'img']);
export const MAX_QUOTE_DEPTH = 3;
const COLOUR = /^(#[0-9a-f]{3}|#[0-9a-f]{6}|[a-z]{3,20})$/i;
// [size=1..7] as forums use it, or a point size from 8 to 36.
const SIZE_STEPS = ['0.7em', '0.85em', '1em', '1.15em', '1.4em', '1.8em', '2.2em'];

let doc = null; // the document being rendered into (a parameter, so that node's tests can pass their own)

/** Renders BBCode text into a DocumentFragment of `ownerDocument` (the page's by default). */
export function renderBBCode(text, ownerDocument = globalThis.document) {
  doc = ownerDocument;
  const fragment = doc.createDocumentFragment();
  renderNodes(parse(String(text ?? '')), fragment, false, 0);
  return fragment;
}

/** The safe target of a link, or null: only absolute http and https addresses. */
export function safeHref(candidate) {
  const value = String(candidate ?? '').trim().replace(/^["']|["']$/g, '');
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

// ---- parsing: a tree of { tag, arg, open, children } and strings ---------------------------------

/** BBCode as a tree of { tag, arg, open, close, children } and strings. */
export function parse(text) {
  const root = { tag: null, children: [] };
  const stack = [root];
  const top = () => stack[stack.length - 1];
  let last = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(text); match; match = TAG.exec(text)) {
    const [raw, slash, rawName, arg] = match;
    const name = rawName.toLowerCase();
    if (match.index > last) top().children.push(text.slice(last, match.index));
    last = TAG.lastIndex;

    if (!KNOWN.has(name)) {
      top().children.push(raw);
    } else if (slash) {
      closeTag(stack, name, raw);
    } else if (VERBATIM.has(name)) {
      // Code (and an image's address) keeps everything up to its closing tag as text, tags included.
      const closing = `[/${name}]`;
      const end = text.toLowerCase().indexOf(closing, last);
      const body = end < 0 ? text.slice(last) : text.slice(last, end);
      top().children.push({ tag: name, arg: arg ?? null, open: raw, close: end < 0 ? null : text.slice(end, end + closing.length), children: [body] });
      last = end < 0 ? text.length : end + closing.length;
      TAG.lastIndex = last;
    } else if (name === '*') {
      const list = stack.findLastIndex((node) => node.tag === 'list');
      if (list < 0) {
        top().children.push(raw);
      } else {
        stack.length = list + 1;
        const item = { tag: '*', open: raw, children: [] };
        top().children.push(item);
        stack.push(item);
      }
    } else {
      const node = { tag: name, arg: arg ?? null, open: raw, children: [] };
      top().children.push(node);
      stack.push(node);
    }
  }
  if (last < text.length) top().children.push(text.slice(last));
  return root.children;
}

function closeTag(stack, name, raw) {
  // A list item closes with its list; a closing tag with no open tag of its name stays text.
  const index = stack.findLastIndex((node) => node.tag === name);
  if (index <= 0 || name === '*') {
    if (name !== '*') stack[stack.length - 1].children.push(raw);
    return;
  }
  stack[index].close = raw;
  stack.length = index;
}

// ---- rendering -------------------------------------------------------------------------------

function renderNodes(nodes, parent, inList, quoteDepth) {
  for (const node of nodes) {
    if (typeof node === 'string') {
      // Line breaks between list items are layout, not text.
      if (inList && node.trim() === '') continue;
      parent.append(doc.createTextNode(node));
    } else {
      renderTag(node, parent, quoteDepth);
    }
  }
}

function renderTag(node, parent, quoteDepth) {
  if (node.tag === 'quote' && quoteDepth >= MAX_QUOTE_DEPTH) {
    // Too deep: the quoted words join the quote around them, with who wrote them.
    if (node.arg) parent.append(doc.createTextNode(`${unquote(node.arg)} wrote: `));
    renderNodes(node.children, parent, false, quoteDepth);
    return;
  }
  const element = elementFor(node);
  if (!element) {
    // Not allowed as markup (a javascript: link, say): show what was written, as text.
    parent.append(doc.createTextNode(node.open));
    renderNodes(node.children, parent, false, quoteDepth);
    if (node.close) parent.append(doc.createTextNode(node.close));
    return;
  }
  if (node.tag === 'code') element.textContent = node.children.join('');
  else if (node.tag !== 'img') renderNodes(node.children, element, node.tag === 'list', quoteDepth + (node.tag === 'quote' ? 1 : 0));
  parent.append(element);
}

const unquote = (value) => value.replace(/^["']|["']$/g, '');

function elementFor(node) {
  if (SIMPLE[node.tag]) {
    const element = doc.createElement(SIMPLE[node.tag]);
    if (node.tag === 'center') element.className = 'bb-center';
    return element;
  }
  switch (node.tag) {
    case 'quote': {
      const quote = doc.createElement('blockquote');
      quote.className = 'bb-quote';
      if (node.arg) {
        const cite = doc.createElement('cite');
        cite.textContent = `${unquote(node.arg)} wrote:`;
        quote.append(cite);
      }
      return quote;
    }
    case 'list': {
      const list = doc.createElement(node.arg === '1' || node.arg === 'a' ? 'ol' : 'ul');
      if (node.arg === 'a') list.type = 'a';
      return list;
    }
    case '*':
      return doc.createElement('li');
    case 'url': {
      const inner = node.children.length === 1 && typeof node.children[0] === 'string' ? node.children[0] : null;
      const href = safeHref(node.arg ?? inner);
      if (!href) return null;
      const link = doc.createElement('a');
      link.href = href;
      link.rel = 'noopener noreferrer nofollow';
      link.target = '_blank';
      return link;
    }
    case 'img': {
      // A link to the image, never the image: nothing is fetched unless the reader follows it.
      const href = safeHref(node.children.join(''));
      if (!href) return null;
      const link = doc.createElement('a');
      link.href = href;
      link.rel = 'noopener noreferrer nofollow';
      link.target = '_blank';
      link.className = 'bb-image';
      link.textContent = `Image (not loaded): ${href}`;
      return link;
    }
    case 'color': {
      if (!node.arg || !COLOUR.test(node.arg.trim())) return null;
      const span = doc.createElement('span');
      span.style.color = node.arg.trim();
      return span;
    }
    case 'size': {
      const size = sizeOf(node.arg);
      if (!size) return null;
      const span = doc.createElement('span');
      span.style.fontSize = size;
      return span;
    }
    case 'code': {
      const pre = doc.createElement('pre');
      pre.className = 'bb-code';
      return pre;
    }
    default:
      return null;
  }
}

function sizeOf(arg) {
  const number = Number.parseInt(String(arg ?? '').trim(), 10);
  if (!Number.isFinite(number) || String(number) !== String(arg).trim()) return null;
  if (number >= 1 && number <= 7) return SIZE_STEPS[number - 1];
  if (number >= 8 && number <= 36) return `${number}px`;
  return null;
}
