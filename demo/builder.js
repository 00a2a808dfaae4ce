// The embed builder: <pcw-builder> lets a person pick a widget, its options,
// a language and a theme, previews the result at phone and desktop widths,
// and hands over a snippet to paste: the pinned <script> with its SRI hash,
// then the tag with fallback content written from the current data.
//
// A custom element (light DOM, styled by builder.css) so that a test can
// mount it in a page of its own and drive it like a person would
// (test/builder/builder.test.ts). No inline script or style anywhere: the
// demo is served under script-src 'self'; style-src 'self'.
import {
  bundleFile,
  buildSnippet,
  cdnBase,
  normaliseBase,
  readParams,
  loadRegister,
  loadSummary,
  loadTexts,
  supporterIndex,
  verifySupporter,
} from '../dist/snippet.js';

const here = (path) => new URL(path, import.meta.url).href;
/** The built library as this server serves it: hashed, and loaded by the previews. */
export const LOCAL_DIST = here('../dist/');
/** The per-language single module a snippet in `lang` loads. */
const bundleUrl = (lang) => LOCAL_DIST + bundleFile(lang);
const DEFAULT_SUMMARY = LOCAL_DIST + 'data/summary.json';
const MANIFEST = here('../custom-elements.json');
/** What a URL may set on each widget: custom-elements.json with each enumerated attribute's values (scripts/build/embed/). */
const ATTRIBUTES = LOCAL_DIST + 'embed-attributes.json';
const PACKAGE = here('../package.json');
const PREVIEW_CSS = here('preview.css');

export const WIDGETS = {
  counter: 'Counter',
  principle: 'One principle',
  principles: 'All nine principles',
  timeline: 'Timeline',
  map: 'World map',
  badge: 'Endorsement badge',
  supporters: 'Supporter list',
};
export const LANGUAGES = {
  en: 'English',
  fr: 'Français',
  ar: 'العربية',
  ja: '日本語',
  hu: 'Magyar',
  sv: 'Svenska',
  de: 'Deutsch',
  es: 'Español',
};
const THEMES = { light: 'Light', dark: 'Dark', auto: 'Auto (follows the reader’s system)' };

// Values of the enumerated attributes. custom-elements.json names each
// attribute, its default and its description, but its types are aliases
// (`CounterLayout`), not value lists; the builder test checks that every
// attribute named here is still in the manifest.
export const ENUMS = {
  'paris-call-counter': { category: ['all', 'state', 'public-authority', 'civil-society', 'private-sector'], layout: ['full', 'compact'] },
  'paris-call-principles': { layout: ['grid', 'list'] },
  'paris-call-timeline': { orientation: ['vertical', 'horizontal'] },
  'paris-call-map': { mode: ['states', 'all'] },
  'paris-call-badge': { variant: ['full', 'compact', 'icon'] },
  'paris-call-supporters': {
    category: ['', 'state', 'public-authority', 'civil-society', 'private-sector', 'uncategorized'],
    sort: ['name', 'date'],
  },
};
// Handled elsewhere (theme, lang), for the host to decide (src), read-only
// (status), or free text the snippet has no business presetting.
const SKIP = new Set(['src', 'theme', 'status', 'query', 'country', 'name']);
const DEVICES = [
  { id: 'phone', label: 'Phone', width: 360 },
  { id: 'desktop', label: 'Desktop', width: 1000 },
];

/** `sha384-…` of exactly the bytes at `url`: what a browser compares with `integrity`. */
export async function sriHash(url) {
  if (!globalThis.crypto?.subtle) throw new Error('crypto.subtle needs a secure context (https or localhost)');
  const res = await fetch(url, { cache: 'no-store', credentials: 'omit' });
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await res.arrayBuffer()));
  let bin = '';
  for (const b of digest) bin += String.fromCharCode(b);
  return 'sha384-' + btoa(bin);
}

async function fetchJson(url) {
  const res = await fetch(url, { cache: 'no-cache' });
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
  return res.json();
}

// ─────────────────────────────────────────────────────────────────────────
// DATA FOR THE PRINCIPLE FALLBACKS — the one place that knows where the
// principles' texts live. Today: texts.json beside summary.json, through the
// library's own loadTexts (validated, cached per page). Re-point here if the
// texts move again; fallbackHtml() only takes the principle objects.
async function fetchPrinciples(summarySrc) {
  const texts = await loadTexts(summarySrc);
  return texts.principles;
}
// ─────────────────────────────────────────────────────────────────────────

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') node.textContent = v;
    else if (k === 'class') node.className = v;
    else if (k in node && typeof v !== 'string') node[k] = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

let uid = 0;

export class PcwBuilder extends HTMLElement {
  constructor() {
    super();
    this.state = { widget: 'counter', lang: 'en', theme: 'light', attrs: {}, base: '' };
    this.data = { summary: null, principles: null, register: null, index: null };
    /** SHA-384 of each language's bundle, computed once (lang → 'sha384-…' | null). */
    this.hashes = new Map();
    this.integrity = null;
    this.integrityError = null;
    this.version = null;
    this.manifest = null;
    this.snippet = '';
    this.previewGeneration = 0;
    this.timer = 0;
  }

  /** URL of the summary the builder reads (attribute `src`; default: the dataset this server serves). */
  get src() {
    return this.getAttribute('src') || DEFAULT_SUMMARY;
  }

  connectedCallback() {
    if (this.ready) return;
    // Ids for label/aria wiring (set here: a constructor may not add attributes).
    this.id ||= `pcw-builder-${++uid}`;
    this.renderShell();
    this.ready = this.init();
  }

  async init() {
    const [manifest, pkg, summary, attributes] = await Promise.all([
      fetchJson(MANIFEST),
      fetchJson(PACKAGE),
      loadSummary(this.src),
      fetchJson(ATTRIBUTES),
    ]);
    this.manifest = manifest;
    this.attributeTable = attributes;
    this.version = pkg.version;
    this.data.summary = summary;
    if (this.hasAttribute('sync-url')) this.readUrl();
    this.$.base.placeholder = cdnBase(this.version);
    this.$.version.textContent = this.version;
    this.syncControls();
    await this.update();
  }

  // ── the UI ──────────────────────────────────────────────────────────────

  renderShell() {
    const id = (s) => `${this.id}-${s}`;
    const select = (name, label, options, help) =>
      el(
        'div',
        { class: 'field' },
        el('label', { for: id(name), text: label }),
        el(
          'select',
          { id: id(name), name, 'aria-describedby': help ? id(name + '-help') : null },
          ...Object.entries(options).map(([v, t]) => el('option', { value: v, text: t })),
        ),
        help ? el('p', { class: 'help', id: id(name + '-help'), text: help }) : null,
      );
    this.$ = {};
    const form = el(
      'form',
      { class: 'pcw-options', 'aria-label': 'Widget options' },
      el(
        'fieldset',
        { class: 'group' },
        el('legend', { text: 'Widget' }),
        select('widget', 'Widget', WIDGETS),
        select('lang', 'Language', LANGUAGES, 'Of the widget and of its fallback text.'),
        select('theme', 'Theme', THEMES),
      ),
      el('fieldset', { class: 'group', id: id('options') }, el('legend', { text: 'Options' })),
      el(
        'details',
        { class: 'advanced' },
        el('summary', { text: 'Advanced: host the files yourself' }),
        el(
          'div',
          { class: 'field wide' },
          el('label', { for: id('base'), text: 'Base URL of the dist/ folder' }),
          el('input', {
            id: id('base'),
            name: 'base',
            type: 'url',
            inputmode: 'url',
            spellcheck: 'false',
            autocomplete: 'off',
            'aria-describedby': id('base-help'),
          }),
          el('p', {
            class: 'help',
            id: id('base-help'),
            text: 'Leave empty for the pinned CDN copy. To self-host, copy the package’s dist/ folder (with dist/data/) to your site and give its URL, e.g. https://example.org/assets/paris-call-widgets/. The hash stays valid as long as you serve the same file, unmodified.',
          }),
        ),
      ),
    );
    form.addEventListener('submit', (e) => e.preventDefault());
    this.$.form = form;
    for (const n of ['widget', 'lang', 'theme']) this.$[n] = form.querySelector(`#${id(n)}`);
    this.$.base = form.querySelector(`#${id('base')}`);
    this.$.options = form.querySelector(`#${id('options')}`);

    this.$.textarea = el('textarea', {
      id: id('snippet'),
      readOnly: true,
      rows: 10,
      spellcheck: 'false',
      autocomplete: 'off',
      'aria-describedby': id('sri'),
    });
    this.$.copy = el('button', { type: 'button', class: 'copy', text: 'Copy snippet' });
    this.$.status = el('p', { class: 'status', role: 'status' });
    this.$.sri = el('p', { class: 'help', id: id('sri') });
    this.$.version = el('span');
    const output = el(
      'section',
      { class: 'pcw-output', 'aria-labelledby': id('out-h') },
      el('h2', { id: id('out-h'), text: 'Your snippet' }),
      el('label', { for: id('snippet'), text: 'Paste this where the widget should appear (select all, or use the button):' }),
      this.$.textarea,
      el('div', { class: 'actions' }, this.$.copy, this.$.status),
      this.$.sri,
    );
    this.$.frames = {};
    this.$.boxes = {};
    const previews = el(
      'section',
      { class: 'pcw-previews', 'aria-labelledby': id('prev-h') },
      el('h2', { id: id('prev-h'), text: 'Preview' }),
      el('p', {
        class: 'help',
        text: 'The snippet itself, in a blank page, loading the library from this server (the same file the hash is computed from).',
      }),
      el(
        'div',
        { class: 'devices' },
        ...DEVICES.map((d) => {
          const frame = el('iframe', {
            title: `Preview at ${d.label.toLowerCase()} width (${d.width} px)`,
            width: String(d.width),
            'data-device': d.id,
          });
          const box = el('div', { class: 'frame-box' }, frame);
          this.$.frames[d.id] = frame;
          this.$.boxes[d.id] = box;
          return el('figure', { class: `device ${d.id}` }, el('figcaption', { text: `${d.label} · ${d.width} px` }), box);
        }),
      ),
    );
    this.replaceChildren(form, output, previews);

    form.addEventListener('change', (e) => this.onInput(e));
    form.addEventListener('input', (e) => {
      if (e.target === this.$.base || e.target.name === 'supporter-search') this.onInput(e);
    });
    this.$.copy.addEventListener('click', () => this.copy());
    this.$.textarea.addEventListener('focus', () => this.$.textarea.select());
    // Resized in the next frame: resizing inside the callback is a ResizeObserver loop.
    this.resizeObserver = new ResizeObserver(() => requestAnimationFrame(() => this.fitFrames()));
    this.resizeObserver.observe(previews);
  }

  /** The option fields of the chosen widget, from its attributes in custom-elements.json. */
  renderOptions() {
    const tag = `paris-call-${this.state.widget}`;
    const decl = this.manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
    const fieldset = this.$.options;
    fieldset.replaceChildren(el('legend', { text: `Options of <${tag}>` }));
    const id = (s) => `${this.id}-opt-${s}`;
    for (const attr of decl?.attributes ?? []) {
      if (SKIP.has(attr.name)) continue;
      const help = attr.description ? el('p', { class: 'help', id: id(attr.name + '-help'), text: attr.description }) : null;
      const describedby = help ? id(attr.name + '-help') : null;
      const enumValues = ENUMS[tag]?.[attr.name];
      const current = this.state.attrs[attr.name];
      let control;
      if (attr.name === 'supporter') {
        fieldset.append(this.renderSupporterSearch(help));
        continue;
      } else if (enumValues) {
        control = el(
          'select',
          { id: id(attr.name), name: attr.name, 'aria-describedby': describedby },
          ...enumValues.map((v) => el('option', { value: v, text: v || '(all)' })),
        );
        control.value = current ?? stripQuotes(attr.default) ?? enumValues[0];
      } else if (attr.type?.text === 'boolean') {
        control = el('input', { type: 'checkbox', id: id(attr.name), name: attr.name, 'aria-describedby': describedby });
        control.checked = current === true;
        fieldset.append(el('div', { class: 'field check' }, control, el('label', { for: id(attr.name), text: attr.name }), help));
        continue;
      } else if (attr.type?.text === 'number') {
        const range = attr.name === 'number' ? [1, 9] : attr.name === 'heading-level' ? [1, 6] : null;
        if (!range) continue;
        const values = Array.from({ length: range[1] - range[0] + 1 }, (_, i) => String(range[0] + i));
        control = el(
          'select',
          { id: id(attr.name), name: attr.name, 'aria-describedby': describedby },
          ...values.map((v) => el('option', { value: v, text: v })),
        );
        control.value = current ?? stripQuotes(attr.default) ?? values[0];
      } else {
        continue;
      }
      control.dataset.default = stripQuotes(attr.default) ?? '';
      fieldset.append(el('div', { class: 'field' }, el('label', { for: id(attr.name), text: attr.name }), control, help));
    }
  }

  renderSupporterSearch(help) {
    const id = (s) => `${this.id}-sup-${s}`;
    this.$.search = el('input', {
      type: 'search',
      id: id('q'),
      name: 'supporter-search',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': id('count'),
    });
    this.$.supporter = el('select', { id: id('list'), name: 'supporter', size: 6, 'aria-describedby': help?.id ?? null });
    this.$.count = el('p', { class: 'help', id: id('count'), 'aria-live': 'polite' });
    return el(
      'div',
      { class: 'field wide supporter' },
      el('label', { for: id('q'), text: 'Search the register (name or id)' }),
      this.$.search,
      this.$.count,
      el('label', { for: id('list'), text: 'supporter' }),
      this.$.supporter,
      help,
    );
  }

  /** Fills the supporter list with the register rows matching the search (first 100). */
  filterSupporters() {
    const reg = this.data.register;
    if (!reg || !this.$.supporter) return;
    const words = fold(this.$.search.value).split(/\s+/).filter(Boolean);
    const all = reg.supporters.filter((s) => words.every((w) => fold(s.name + ' ' + s.id).includes(w)));
    const shown = all.slice(0, 100);
    const chosen = this.state.attrs.supporter;
    if (chosen && !shown.some((s) => s.id === chosen)) {
      const row = verifySupporter(this.data.index, chosen);
      if (row) shown.unshift(row);
    }
    this.$.supporter.replaceChildren(...shown.map((s) => el('option', { value: s.id, text: `${s.name} — ${s.id}` })));
    this.$.supporter.value = chosen ?? '';
    this.$.count.textContent =
      all.length > shown.length
        ? `${all.length} matches; the first 100 are listed.`
        : `${all.length} ${all.length === 1 ? 'match' : 'matches'}.`;
  }

  // ── state ───────────────────────────────────────────────────────────────

  onInput(e) {
    const t = e.target;
    this.urlError = null;
    if (t === this.$.widget) {
      this.state.widget = t.value;
      this.state.attrs = {};
    } else if (t === this.$.lang) this.state.lang = t.value;
    else if (t === this.$.theme) this.state.theme = t.value;
    else if (t === this.$.base) this.state.base = t.value;
    else if (t === this.$.search) {
      this.filterSupporters();
      return;
    } else if (t.name) {
      if (t.type === 'checkbox') this.state.attrs[t.name] = t.checked ? true : undefined;
      else this.state.attrs[t.name] = t.value;
    }
    this.updating = this.update(t === this.$.widget);
  }

  /** Sets options as a person would pick them (`{widget, lang, theme, base, attrs}`), then updates. */
  async set(partial) {
    await this.ready;
    if (partial.widget && partial.widget !== this.state.widget) this.state.attrs = {};
    Object.assign(this.state, { ...partial, attrs: { ...this.state.attrs, ...(partial.attrs ?? {}) } });
    this.syncControls();
    await this.update(true);
  }

  syncControls() {
    this.$.widget.value = this.state.widget;
    this.$.lang.value = this.state.lang;
    this.$.theme.value = this.state.theme;
    this.$.base.value = this.state.base;
  }

  /**
   * The options in the page's URL, checked against the attribute table: a
   * value the widget does not know writes no snippet (a counter of a
   * category that does not exist would claim 0 supporters) and says why.
   */
  readUrl() {
    const p = new URLSearchParams(location.search);
    if (![...p.keys()].length) return;
    const read = readParams(p.has('widget') ? p : new URLSearchParams([['widget', this.state.widget], ...p]), this.attributeTable, [
      'base',
    ]);
    if (!read.ok) {
      const { name, value } = read.error;
      this.urlError = `This page's address asks for ${name}="${value}", which <paris-call-${p.get('widget') ?? this.state.widget}> does not accept: no snippet is written. Pick the options below instead.`;
      return;
    }
    const s = this.state;
    s.widget = read.widget;
    s.lang = read.lang;
    const { theme, ...attrs } = read.attrs;
    if (THEMES[theme]) s.theme = theme;
    if (p.get('base')) s.base = p.get('base');
    s.attrs = attrs;
  }

  writeUrl() {
    const p = new URLSearchParams({ widget: this.state.widget, lang: this.state.lang, theme: this.state.theme });
    if (this.state.base) p.set('base', this.state.base);
    for (const [k, v] of Object.entries(this.state.attrs)) if (v !== undefined) p.set(k, v === true ? '' : v);
    history.replaceState(null, '', `?${p}`);
  }

  /** The attributes the snippet carries: defaults left out, except the ones that say what is shown. */
  snippetAttrs() {
    const attrs = {};
    for (const [k, v] of Object.entries(this.state.attrs)) {
      if (v === undefined || v === '') continue;
      const control = this.$.options.querySelector(`[name="${CSS.escape(k)}"]`);
      const isDefault = control?.dataset.default === v;
      if (isDefault && k !== 'number') continue;
      attrs[k] = v;
    }
    if (this.state.widget === 'principle' && !attrs.number) attrs.number = '1';
    if (this.state.theme !== 'light') attrs.theme = this.state.theme;
    return attrs;
  }

  /** Loads what the chosen widget's fallback needs (each file once per page). */
  async ensureData() {
    const w = this.state.widget;
    if ((w === 'principle' || w === 'principles') && !this.data.principles) this.data.principles = await fetchPrinciples(this.src);
    if (w === 'badge' && !this.data.register) {
      this.data.register = await loadRegister(this.src);
      this.data.index = supporterIndex(this.data.register);
    }
  }

  /**
   * Replaces the data the builder read (tests: a hostile register, a
   * changed summary). Only the keys given change.
   */
  async setData(data) {
    await this.ready;
    Object.assign(this.data, data);
    if (data.register) this.data.index = supporterIndex(data.register);
    if (this.$.supporter) this.filterSupporters();
    await this.update();
  }

  /** Sets `integrity` to the hash of the chosen language's bundle (fetched and hashed once per language). */
  async ensureIntegrity() {
    const { lang } = this.state;
    if (!this.hashes.has(lang)) {
      try {
        this.hashes.set(lang, await sriHash(bundleUrl(lang)));
      } catch (e) {
        this.integrityError = String(e?.message ?? e);
        this.hashes.set(lang, null);
      }
    }
    this.integrity = this.hashes.get(lang);
  }

  async update(widgetChanged = false) {
    if (widgetChanged || !this.$.options.querySelector('select, input')) this.renderOptions();
    try {
      await Promise.all([this.ensureData(), this.ensureIntegrity()]);
    } catch (e) {
      return this.showSnippet('', `The data could not be loaded: ${e?.message ?? e}`);
    }
    if (this.state.widget === 'badge') this.filterSupporters();
    if (this.hasAttribute('sync-url')) {
      this.writeUrl();
      document.documentElement.classList.toggle('dark', this.state.theme === 'dark');
    }
    if (this.urlError) return this.showSnippet('', this.urlError);
    const base = this.state.base.trim() ? normaliseBase(this.state.base) : cdnBase(this.version);
    if (!base) return this.showSnippet('', 'The base URL must be an http(s) URL or a path on your site (starting with /).');
    const made = this.make(base);
    if (made.error) return this.showSnippet('', made.error);
    this.showSnippet(made.snippet, null);
    this.schedulePreview();
  }

  /** The snippet for `base`, or why there is none. */
  make(base) {
    const { widget, lang } = this.state;
    const attrs = this.snippetAttrs();
    const data = { summary: this.data.summary };
    if (widget === 'principle') {
      data.principle = this.data.principles.find((p) => p.number === Number(attrs.number));
      if (!data.principle) return { error: `There is no principle ${attrs.number}.` };
    }
    if (widget === 'principles') data.principles = this.data.principles;
    if (widget === 'badge') {
      // Fails closed, like the badge: no verified register row, no snippet.
      const id = this.state.attrs.supporter;
      if (!id) return { error: 'Choose a supporter: the badge is only offered for an organisation in the register.' };
      data.supporter = verifySupporter(this.data.index, id);
      if (!data.supporter) return { error: `“${id}” is not in the Paris Call register: no badge can be made for it.` };
    }
    try {
      return { snippet: buildSnippet({ widget, lang, attrs, data, base, integrity: this.integrity }) };
    } catch (e) {
      return { error: String(e?.message ?? e) };
    }
  }

  showSnippet(snippet, error) {
    this.snippet = snippet;
    this.$.textarea.value = snippet;
    // Tall enough for the whole snippet as it wraps (about 8 px a monospace character).
    const perLine = Math.max(30, Math.floor((this.$.textarea.clientWidth - 16) / 8)) || 70;
    const lines = snippet.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / perLine)), 0);
    this.$.textarea.rows = Math.min(30, Math.max(6, lines + 1));
    this.$.copy.disabled = !snippet;
    this.$.status.textContent = error ?? '';
    this.$.status.classList.toggle('error', !!error);
    this.$.sri.textContent = this.integrity
      ? `Version ${this.version}, pinned. integrity is the SHA-384 hash of the exact bundle bytes, computed in this page from ${bundleUrl(this.state.lang)} (every widget, with this language's interface strings and English): a browser refuses to run a file that differs by one byte (the fallback text then stays). The CDN copy matches when this build is the one published as ${this.version}.`
      : `No integrity hash: ${this.integrityError ?? 'not computed yet'}. The snippet still works, without that protection.`;
    if (!snippet) this.clearPreview();
    this.dispatchEvent(new CustomEvent('pcw-snippet', { detail: { snippet } }));
  }

  async copy() {
    if (!this.snippet) return;
    let ok;
    try {
      await navigator.clipboard.writeText(this.snippet);
      ok = true;
    } catch {
      // No Clipboard API (insecure context, permission): select the text instead.
      this.$.textarea.focus();
      this.$.textarea.select();
      try {
        ok = document.execCommand('copy');
      } catch {
        ok = false;
      }
    }
    this.$.status.classList.remove('error');
    this.$.status.textContent = ok ? 'Copied to the clipboard.' : 'Press Ctrl+C (⌘C) to copy the selected snippet.';
  }

  // ── previews ────────────────────────────────────────────────────────────

  schedulePreview() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.renderPreview(), 150);
  }

  /** The preview page: the snippet, with the library loaded from this server, in a blank page. */
  previewDoc() {
    const made = this.make(LOCAL_DIST);
    if (!made.snippet) return null;
    return `<!doctype html><html lang="en" class="${this.state.theme}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="${PREVIEW_CSS}"></head><body>\n${made.snippet}</body></html>`;
  }

  renderPreview() {
    const doc = this.previewDoc();
    if (!doc) return this.clearPreview();
    const gen = ++this.previewGeneration;
    for (const frame of Object.values(this.$.frames)) {
      frame.addEventListener('load', () => gen === this.previewGeneration && this.watchFrame(frame), { once: true });
      frame.srcdoc = doc;
    }
  }

  clearPreview() {
    this.previewGeneration++;
    for (const frame of Object.values(this.$.frames)) frame.removeAttribute('srcdoc');
  }

  watchFrame(frame) {
    const win = frame.contentWindow;
    if (!win) return;
    const fit = () => {
      // The body's own height: the document's scroll height never drops below the frame's current height.
      const body = win.document.body;
      frame.dataset.height = String(Math.min(1400, Math.max(80, Math.ceil(body.getBoundingClientRect().height))));
      this.fitFrames();
    };
    new win.ResizeObserver(() => requestAnimationFrame(fit)).observe(win.document.body);
    fit();
  }

  /** Each device frame at its width, scaled down to fit its column (CSSOM: the CSP blocks style attributes, not this). */
  fitFrames() {
    for (const d of DEVICES) {
      const frame = this.$.frames[d.id];
      const box = this.$.boxes[d.id];
      const avail = box.parentElement.clientWidth;
      if (!avail) continue;
      const scale = Math.min(1, avail / d.width);
      const h = Number(frame.dataset.height || 300);
      frame.style.width = `${d.width}px`;
      frame.style.height = `${h}px`;
      frame.style.transform = scale < 1 ? `scale(${scale})` : '';
      box.style.height = `${Math.ceil(h * scale)}px`;
      box.style.width = `${Math.ceil(d.width * scale)}px`;
    }
  }

  /** The preview widget of `device` once it has settled (ready, error or not-found). */
  async previewWidget(device = 'phone', timeout = 15000) {
    const end = Date.now() + timeout;
    const tag = `paris-call-${this.state.widget}`;
    while (Date.now() < end) {
      const w = this.$.frames[device].contentDocument?.querySelector(tag);
      if (w && ['ready', 'error', 'not-found'].includes(w.getAttribute('status')) && w.shadowRoot) return w;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`preview ${device} did not settle`);
  }
}

function stripQuotes(v) {
  return typeof v === 'string' ? v.replace(/^'(.*)'$/, '$1') : undefined;
}

/** Case-, accent- and width-insensitive form for the search. */
function fold(s) {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

if (!customElements.get('pcw-builder')) customElements.define('pcw-builder', PcwBuilder);
