// Builds elements from API data without ever parsing it as HTML: every string becomes a text
// node, so text from articles cannot inject markup.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    // Through the CSSOM: the Content-Security-Policy refuses style attributes (style-src-attr).
    else if (name === 'style') node.style.cssText = value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  append(node, children);
  return node;
}

// Replaces a node's children, with the same rules as el.
export function fill(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Text in an unknown script: the browser picks the direction from the text, so Arabic reads
// right to left inside an English page.
export function quote(text, lang) {
  return el('blockquote', { class: 'quote', lang: lang || null, dir: 'auto' }, text);
}
