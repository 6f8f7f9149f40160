// A small DOM builder. Every piece of text goes in through text nodes (textContent), never through
// innerHTML, so nothing a player wrote can become markup.

/**
 * h('button', { class: 'primary', type: 'button', onclick: fn, 'aria-label': 'Ratify' }, 'Ratify')
 * Properties starting with "on" become event listeners; `class`, `text`, `dataset` and `style` are
 * handled here; everything else is an attribute. Children may be nodes, strings, numbers, arrays,
 * or null/false (skipped).
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else if (name === 'text') element.textContent = String(value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name === 'style') for (const [key, v] of Object.entries(value)) element.style.setProperty(key, v);
    else if (name === 'value' || name === 'checked' || name === 'selected' || name === 'disabled') element[name] = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces the children of a node. */
export function fill(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes; children as for h(). */
export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

let uniqueCounter = 0;
/** An id unique in the page, to tie labels to their inputs. */
export function uid(prefix = 'f') {
  uniqueCounter += 1;
  return `${prefix}-${uniqueCounter}`;
}

/** A labelled form field: the label's `for` points at the control. */
export function field(labelText, control, hint) {
  if (!control.id) control.id = uid();
  const hintNode = hint ? h('span', { class: 'hint', id: `${control.id}-hint` }, hint) : null;
  if (hintNode) control.setAttribute('aria-describedby', hintNode.id);
  return h('div', { class: 'field' }, h('label', { for: control.id }, labelText), control, hintNode);
}

/** The list of a field's errors from the server, read out when it fills (data-testid errors-<name>). */
export function fieldErrors(name) {
  return h('ul', { class: 'field-errors', role: 'alert', 'data-testid': `errors-${name}` });
}

/** Puts `errors` under a field and ties it to the control, so that a screen reader reads both together. */
export function withErrors(fieldNode, control, errors) {
  errors.id = `${control.id}-errors`;
  control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), errors.id].filter(Boolean).join(' '));
  fieldNode.append(errors);
  return fieldNode;
}

/** Calls fn once input has paused for `ms` milliseconds. */
export function debounce(fn, ms) {
  let timer = null;
  const debounced = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}
