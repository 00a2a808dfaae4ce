declare global {
  interface Window {
    __xss?: number;
  }
}

const RUN = 'window.__xss=(window.__xss||0)+1';

/**
 * Strings that would run script, load a resource or restyle the page if any
 * widget took data for markup, a URL or CSS. Each one, if it ever ran,
 * increments `window.__xss`; the remote ones point at `evil.invalid`.
 */
export const PAYLOADS = [
  // Markup
  `"><img src=x onerror="${RUN}">`,
  `<script>${RUN}</script>`,
  `<svg onload="${RUN}"></svg>`,
  `<svg><script>${RUN}</script></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}">`,
  `</style><img src=x onerror="${RUN}">`,
  `'><iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  // javascript: in every casing, with leading blanks, tabs and newlines inside
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  `JAVASCRIPT:${RUN}`,
  `java\tscript:${RUN}`,
  `java\nscript:${RUN}`,
  `java\rscript:${RUN}`,
  ` \t\njavascript:${RUN}`,
  `\u0000javascript:${RUN}`,
  `javascript&colon;${RUN}`,
  // data: URLs
  `data:text/html,<script>${RUN}</script>`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==`,
  `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${RUN}"/>`,
  `DATA:text/javascript,${RUN}`,
  // CSS
  `x{}*{background:url("javascript:${RUN}")}`,
  "'; background: url(https://evil.invalid/x.png); '",
  '</style><style>*{background:url(https://evil.invalid/css.png)!important}</style>',
  'url(https://evil.invalid/u.png)',
  '@import url(https://evil.invalid/i.css);',
  // Template and prototype tricks
  '{{constructor.constructor("window.__xss=1")()}}',
  '${window.__xss=1}',
  '__proto__',
];

/** Attributes that load or navigate to a URL. */
const URL_ATTRS = new Set([
  'href',
  'xlink:href',
  'src',
  'srcset',
  'srcdoc',
  'action',
  'formaction',
  'poster',
  'data',
  'background',
  'ping',
  'codebase',
  'cite',
]);
/** Elements no widget renders; from data they would be injection. */
const FORBIDDEN = new Set([
  'img',
  'script',
  'iframe',
  'object',
  'embed',
  'frame',
  'foreignobject',
  'image',
  'use',
  'link',
  'meta',
  'base',
  'form',
  'math',
  'animate',
  'set',
]);

export interface Audit {
  /** URL attributes seen (href, xlink:href, src…). */
  urls: number;
  /** URL attributes whose value is not an absolute http(s) URL. */
  nonHttp: string[];
  /** Anything else out of place: event handlers, forbidden elements, url() in styles. */
  bad: string[];
}

/** Walks a shadow root (and any nested one) for URL attributes, handlers, injected elements and url() styles. */
export function audit(root: ShadowRoot, into: Audit = { urls: 0, nonHttp: [], bad: [] }): Audit {
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName.toLowerCase();
    if (FORBIDDEN.has(tag)) into.bad.push(`<${tag}>`);
    for (const a of el.attributes) {
      const name = a.name.toLowerCase();
      const value = a.value;
      if (name.startsWith('on')) into.bad.push(`<${tag} ${name}>`);
      if (URL_ATTRS.has(name) || name.endsWith(':href')) {
        into.urls++;
        if (!/^https?:\/\//i.test(value)) into.nonHttp.push(`<${tag} ${name}="${value.slice(0, 60)}">`);
      }
      if (name === 'style' && /url\s*\(|expression\s*\(|@import|javascript:/i.test(value))
        into.bad.push(`<${tag} style="${value.slice(0, 60)}">`);
    }
    if (tag === 'style' && /evil|__xss|url\s*\(/i.test(el.textContent ?? '')) into.bad.push('<style> with data');
    if (el.shadowRoot) audit(el.shadowRoot, into);
  }
  return into;
}

/** Requests the payloads would have caused (CSS url(), @import, img src=x). */
export function strayRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => /evil\.invalid|\/x$|\/x\?/.test(n));
}

export const protoClean = () =>
  Object.getOwnPropertyNames(Object.prototype).every((k) =>
    [
      'constructor',
      '__defineGetter__',
      '__defineSetter__',
      'hasOwnProperty',
      '__lookupGetter__',
      '__lookupSetter__',
      'isPrototypeOf',
      'propertyIsEnumerable',
      'toString',
      'valueOf',
      '__proto__',
      'toLocaleString',
    ].includes(k),
  ) && ({} as Record<string, unknown>).polluted === undefined;
