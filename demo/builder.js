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
  ampSnippet,
  bundleFile,
  buildSnippet,
  cdnBase,
  exportSvg,
  exportTable,
  fallbackHtml,
  iframeSnippet,
  normaliseBase,
  readParams,
  loadMap,
  loadRegister,
  loadSummary,
  loadTexts,
  snippetStrings,
  supporterIndex,
  t,
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
/** The three snippets, in the order offered: where each goes. */
export const KINDS = {
  script: {
    label: 'Script tag',
    help: 'For any page that may run a script: the widget itself, with its content written in, which stays if the script cannot run.',
  },
  iframe: {
    label: 'Iframe',
    help: 'For a CMS that keeps only an <iframe>: the widget in a page of its own (embed.html), and a small script that sets the frame’s height to its content (without it, the frame keeps its first height).',
  },
  amp: {
    label: 'AMP',
    help: 'For AMP pages: <amp-iframe> of the same page, with its content as placeholder and a “show more” button, as AMP requires. The first line goes in the page’s <head>. AMP refuses a frame from the AMP page’s own origin.',
  },
};
/** Static copies of the widget: where no script and no iframe runs (print, newsletters, feeds, social cards). */
const DOWNLOADS = {
  svg: { label: 'SVG image', type: 'image/svg+xml' },
  png: { label: 'PNG image (2×)', type: 'image/png' },
  html: { label: 'HTML table of the data', type: 'text/html' },
};
/** Width of the downloaded card in CSS px (the PNG has twice as many pixels). */
const EXPORT_WIDTH = 1200;
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
    /** The snippet of each kind (script, iframe, amp); '' where there is none. */
    this.snippets = { script: '', iframe: '', amp: '' };
    /** Each download's file: { name, blob }, for the current options. */
    this.downloads = {};
    this.downloadGeneration = 0;
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

    this.$.kinds = {};
    const kindBoxes = Object.entries(KINDS).map(([kind, { label, help }]) => {
      const textarea = el('textarea', {
        id: id(`snippet-${kind}`),
        readOnly: true,
        rows: 8,
        spellcheck: 'false',
        autocomplete: 'off',
        'aria-describedby': `${id(`help-${kind}`)} ${id('sri')}`,
      });
      const copy = el('button', { type: 'button', class: 'copy', text: `Copy ${kind === 'script' ? 'snippet' : `${label} snippet`}` });
      const status = el('p', { class: 'status', role: 'status' });
      copy.addEventListener('click', () => this.copy(kind));
      textarea.addEventListener('focus', () => textarea.select());
      this.$.kinds[kind] = { textarea, copy, status };
      return el(
        'div',
        { class: 'snippet', 'data-kind': kind },
        el('h3', { id: id(`h-${kind}`), text: label }),
        el('p', { class: 'help', id: id(`help-${kind}`), text: help }),
        el('label', { for: id(`snippet-${kind}`), text: `${label} snippet:` }),
        textarea,
        el('div', { class: 'actions' }, copy, status),
      );
    });
    // The script tag's controls keep their old names (tests, and the one error line).
    ({ textarea: this.$.textarea, copy: this.$.copy, status: this.$.status } = this.$.kinds.script);
    this.$.sri = el('p', { class: 'help', id: id('sri') });
    this.$.baseNote = el('p', { class: 'note base-note', id: id('base-note'), role: 'note', hidden: true });
    this.$.version = el('span');
    this.$.downloads = {};
    const downloads = el(
      'section',
      { class: 'pcw-downloads', 'aria-labelledby': id('dl-h') },
      el('h2', { id: id('dl-h'), text: 'Download a static copy' }),
      el('p', {
        class: 'help',
        text: `For print, newsletters, feeds, Apple News and social cards, where neither a script nor an iframe runs: the widget as an image (${EXPORT_WIDTH} px wide; the PNG at twice that for sharp screens) or its data as a table, with the as-of date and the source. A copy does not update itself: download it again when the figures change.`,
      }),
      el(
        'ul',
        { class: 'downloads' },
        ...Object.entries(DOWNLOADS).map(([format, { label }]) => {
          const a = el('a', { class: 'download', 'data-format': format, 'aria-disabled': 'true', text: `Download ${label}` });
          this.$.downloads[format] = a;
          return el('li', {}, a);
        }),
      ),
      (this.$.downloadStatus = el('p', { class: 'status', role: 'status' })),
    );
    const output = el(
      'section',
      { class: 'pcw-output', 'aria-labelledby': id('out-h') },
      el('h2', { id: id('out-h'), text: 'Your snippets' }),
      el('p', {
        text: 'Three ways to put the widget on a page: paste one where the widget should appear (select all, or use its button).',
      }),
      this.$.baseNote,
      ...kindBoxes,
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
    this.replaceChildren(form, output, downloads, previews);

    form.addEventListener('change', (e) => this.onInput(e));
    form.addEventListener('input', (e) => {
      if (e.target === this.$.base || e.target.name === 'supporter-search') this.onInput(e);
    });
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
    // The downloads: the timeline's milestones, the supporter list's names, the map's shapes.
    if ((w === 'principle' || w === 'principles' || w === 'timeline') && !this.data.texts) this.data.texts = await loadTexts(this.src);
    if ((w === 'badge' || w === 'supporters') && !this.data.register) {
      this.data.register = await loadRegister(this.src);
      this.data.index = supporterIndex(this.data.register);
    }
    if (w === 'map' && !this.data.map) this.data.map = await loadMap(this.src);
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
    if (this.resizeIntegrity === undefined) this.resizeIntegrity = await sriHash(LOCAL_DIST + 'embed-resize.js').catch(() => null);
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
    this.showBaseNote(base);
    const made = this.make(base);
    if (made.error) return this.showSnippet('', made.error);
    this.showSnippet(made.snippet, null, made);
    this.schedulePreview();
    this.prepareDownloads();
  }

  /** Says so beside the snippets when they load anything but the library's own published files. */
  showBaseNote(base) {
    const own = cdnBase(this.version);
    const note = this.$.baseNote;
    note.hidden = base === own;
    note.textContent =
      base === own
        ? ''
        : `Self-hosted: these snippets load the library from ${base}, not from its own published files (paris-call-widgets ${this.version} on jsDelivr). They work only while that address serves this version’s dist/ folder, unmodified: the script tag’s integrity hash then matches, and the iframe and AMP snippets show the embed.html found there.`;
  }

  /** The snippet for `base`, or why there is none. */
  make(base) {
    const { widget, lang } = this.state;
    const attrs = this.snippetAttrs();
    const data = { summary: this.data.summary };
    // A preview timer of an earlier update may fire while the data of a newly chosen widget is on its way.
    if ((widget === 'principle' || widget === 'principles') && !this.data.principles) return { error: 'Loading the principles…' };
    if (widget === 'badge' && !this.data.index) return { error: 'Loading the register…' };
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
      const snippet = buildSnippet({ widget, lang, attrs, data, base, integrity: this.integrity });
      const frame = { widget, lang, attrs, base, title: t(lang, 'callName') };
      const iframe = iframeSnippet({ ...frame, integrity: this.resizeIntegrity ?? null });
      const fallback = fallbackHtml(widget, data, { category: attrs.category, layout: attrs.layout }, lang);
      const amp = ampSnippet({ ...frame, fallback, more: snippetStrings[lang].showMore });
      const ampError = amp
        ? null
        : 'No AMP snippet: AMP loads a frame only from an absolute https address (and never from the AMP page’s own origin). Leave the base URL empty for the pinned CDN copy, or give an https one.';
      return { snippet, iframe, amp: amp ?? '', ampError };
    } catch (e) {
      return { error: String(e?.message ?? e) };
    }
  }

  /** Shows the script-tag snippet (and, from `more`, the iframe and AMP ones), or `error` in place of all three. */
  showSnippet(snippet, error, more = {}) {
    this.snippet = snippet;
    this.snippets = { script: snippet, iframe: snippet ? more.iframe : '', amp: snippet ? more.amp : '' };
    for (const [kind, { textarea, copy, status }] of Object.entries(this.$.kinds)) {
      const value = this.snippets[kind] ?? '';
      const why = error ?? (kind === 'amp' && !value ? more.ampError : null);
      textarea.value = value;
      // Tall enough for the whole snippet as it wraps (about 8 px a monospace character).
      const perLine = Math.max(30, Math.floor((textarea.clientWidth - 16) / 8)) || 70;
      const lines = value.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / perLine)), 0);
      textarea.rows = Math.min(30, Math.max(kind === 'script' ? 6 : 3, lines + 1));
      copy.disabled = !value;
      status.textContent = why ?? '';
      status.classList.toggle('error', !!why);
    }
    this.$.sri.textContent = this.integrity
      ? `Version ${this.version}, pinned. integrity is the SHA-384 hash of the exact bundle bytes, computed in this page from ${bundleUrl(this.state.lang)} (every widget, with this language's interface strings and English): a browser refuses to run a file that differs by one byte (the fallback text then stays). The CDN copy matches when this build is the one published as ${this.version}.`
      : `No integrity hash: ${this.integrityError ?? 'not computed yet'}. The snippet still works, without that protection.`;
    if (!snippet) {
      this.clearPreview();
      this.clearDownloads();
    }
    this.dispatchEvent(new CustomEvent('pcw-snippet', { detail: { snippet, snippets: this.snippets } }));
  }

  async copy(kind = 'script') {
    const value = this.snippets[kind];
    const { textarea, status } = this.$.kinds[kind];
    if (!value) return;
    let ok;
    try {
      await navigator.clipboard.writeText(value);
      ok = true;
    } catch {
      // No Clipboard API (insecure context, permission): select the text instead.
      textarea.focus();
      textarea.select();
      try {
        ok = document.execCommand('copy');
      } catch {
        ok = false;
      }
    }
    status.classList.remove('error');
    status.textContent = ok ? 'Copied to the clipboard.' : 'Press Ctrl+C (⌘C) to copy the selected snippet.';
  }

  // ── downloads ───────────────────────────────────────────────────────────

  /** The file name of a download: the widget, what it shows, the language and the data's date. */
  fileName(ext) {
    const { widget, lang, attrs } = this.state;
    const what = [attrs.category, widget === 'principle' ? (attrs.number ?? '1') : null, attrs.supporter]
      .filter((v) => typeof v === 'string' && v && v !== 'all')
      .map((v) => v.replace(/[^A-Za-z0-9-]+/g, '-'));
    return ['paris-call', widget, ...what, lang, this.data.summary.asOf].join('-') + `.${ext}`;
  }

  clearDownloads() {
    this.downloadGeneration++;
    for (const a of Object.values(this.$.downloads)) {
      if (a.href) URL.revokeObjectURL(a.href);
      a.removeAttribute('href');
      a.removeAttribute('download');
      a.setAttribute('aria-disabled', 'true');
    }
    this.downloads = {};
  }

  setDownload(format, blob) {
    const a = this.$.downloads[format];
    const name = this.fileName(format);
    this.downloads[format] = { name, blob };
    a.href = URL.createObjectURL(blob);
    a.download = name;
    a.removeAttribute('aria-disabled');
  }

  /**
   * The current widget as SVG, PNG and an HTML table (src/export/export.ts,
   * as `npx paris-call-widgets export` writes them), each a link to its file.
   * The PNG is the SVG drawn on a canvas at twice its size: the browser's
   * own rasteriser, with the fonts installed here.
   */
  async prepareDownloads() {
    this.clearDownloads();
    const gen = this.downloadGeneration;
    this.$.downloadStatus.textContent = '';
    const { widget, lang } = this.state;
    const texts = this.data.texts ? { ...this.data.texts, principles: this.data.principles ?? this.data.texts.principles } : undefined;
    const data = { summary: this.data.summary, texts, register: this.data.register ?? undefined, map: this.data.map ?? undefined };
    const opts = { lang, width: EXPORT_WIDTH, attrs: this.snippetAttrs() };
    try {
      const { svg, width, height } = exportSvg(widget, data, opts);
      this.setDownload('svg', new Blob([svg], { type: DOWNLOADS.svg.type }));
      this.setDownload('html', new Blob([exportTable(widget, data, opts)], { type: DOWNLOADS.html.type }));
      // The PNG is the slow one: drawn once the options have settled, not on every change while someone types.
      await new Promise((r) => setTimeout(r, 400));
      if (gen !== this.downloadGeneration) return;
      const png = await rasterise(svg, width, height, 2);
      if (gen === this.downloadGeneration) this.setDownload('png', png);
    } catch (e) {
      if (gen === this.downloadGeneration) this.$.downloadStatus.textContent = `No download: ${e?.message ?? e}`;
    }
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

/** `svg` drawn at `scale` × its size, as a PNG blob (a data: URL: the demo's CSP allows no blob: image). */
async function rasterise(svg, width, height, scale) {
  const img = new Image();
  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not draw the PNG');
  return blob;
}

function stripQuotes(v) {
  return typeof v === 'string' ? v.replace(/^'(.*)'$/, '$1') : undefined;
}

/** Case-, accent- and width-insensitive form for the search. */
function fold(s) {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

if (!customElements.get('pcw-builder')) customElements.define('pcw-builder', PcwBuilder);
