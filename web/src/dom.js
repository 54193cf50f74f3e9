// Building the page from data without ever parsing it as HTML: every string becomes a text node.
// Untrusted text (article text, titles, actor names) only ever reaches the DOM through h() or textContent.

const FORBIDDEN_ATTR = /^(on|style$|srcdoc$|formaction$)/i;

export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "on") for (const [ev, fn] of Object.entries(value)) el.addEventListener(ev, fn);
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key === "value") el.value = value;
    else if (key === "checked" || key === "disabled" || key === "selected" || key === "hidden") el[key] = Boolean(value);
    else if (key === "href") { const url = safeUrl(value); if (url) el.setAttribute("href", url); }
    else if (FORBIDDEN_ATTR.test(key)) throw new Error(`attribute ${key} is not allowed`);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** Only http(s) links are links; anything else (javascript:, data:, vbscript:) is not. */
export function safeUrl(value) {
  try {
    const url = new URL(String(value), window.location.href);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export const fmt = new Intl.NumberFormat("en");

export function option(value, label, selected) {
  return h("option", { value, selected }, label ?? value);
}
