/**
 * Static exports of a widget, for the places where no script runs (print,
 * newsletters, feeds, Apple News, social cards): an SVG card with its text
 * as text, and an HTML table of the data behind it. Each carries the as-of
 * date and the source line in the chosen locale. Pure: data in, a string
 * out (no DOM), so the command line (bin/, through src/server/export.ts)
 * and the embed builder's download share it. No widget imports it.
 *
 * The SVG names only fonts installed on the machine that draws it (Noto,
 * DejaVu, then the generic family) and loads none: it renders offline.
 */
import '../i18n/all.js';
import { t, type StringKey } from '../i18n/registry.js';
import { formatDate, numberFormat } from '../core/intl.js';
import { escapeHtml, snippetLocale, officialListHref, type WidgetName } from '../snippet/fallback.js';
import { ownText } from '../embed/strings.js';
import { CATEGORIES, type LocaleCode, type Principle, type Milestone, type Summary, type Supporter } from '../data/types.js';

export interface ExportData {
  summary: Pick<Summary, 'asOf' | 'officialListUrl' | 'counts' | 'byCountry'>;
  texts?: { principles: Principle[]; milestones: Milestone[] };
  register?: { supporters: Supporter[] };
  map?: { viewBox: number[]; countries: { id: string; d: string }[]; land?: string[]; markers?: { id: string; x: number; y: number }[] };
}

export interface ExportOptions {
  lang?: string;
  /** Width in px (default 1200); the height follows the content unless given. */
  width?: number;
  height?: number;
  /** The widget's attributes that change what is shown: category, number, supporter. */
  attrs?: Record<string, string | true | undefined>;
}

/** A social card (Open Graph, X, LinkedIn). */
export const SOCIAL = { width: 1200, height: 630 };

const FONTS: Record<string, string> = {
  ar: "'Noto Sans Arabic', 'Noto Sans', 'DejaVu Sans', sans-serif",
  ja: "'Noto Sans CJK JP', 'Noto Sans JP', 'Noto Sans', sans-serif",
};
const FONT = "'Noto Sans', 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif";
const BLUE = '#0b4f9c';

type Line = { text: string; size: number; bold?: boolean; color?: string; gap?: number };

const nf = (lang: LocaleCode, n: number) => numberFormat(lang).format(n);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** "as of <date> · Source: pariscall.international", in `lang`. */
function footerText(data: ExportData, lang: LocaleCode): string {
  const href = officialListHref(data.summary, lang);
  const source = href ? new URL(href).host : 'pariscall.international';
  return `${t(lang, 'asOf', { date: formatDate(lang, data.summary.asOf) })} · ${ownText(lang, 'source', { source })}`;
}

const WIDE = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;
/** An estimate of a string's width in em (no font is measured): full-width characters 1, others about 0.56. */
const ems = (s: string) => [...s].reduce((n, c) => n + (WIDE.test(c) ? 1 : 0.56), 0);

/** Lines of at most `width` px at `size` px: breaks at spaces, and between any two full-width characters. */
function wrap(text: string, size: number, width: number): string[] {
  const max = width / size;
  const tokens =
    text.match(/[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef][、。」）]?|[^\s\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let cur = '';
  for (const tok of tokens) {
    if (cur && ems((cur + tok).trimEnd()) > max) {
      lines.push(cur.trimEnd());
      cur = tok.trimStart();
    } else cur += tok;
  }
  if (cur.trim()) lines.push(cur.trimEnd());
  return lines;
}

const TITLES: Record<WidgetName, StringKey> = {
  counter: 'counter.label',
  map: 'map.caption',
  principle: 'principles.title',
  principles: 'principles.title',
  timeline: 'timeline.title',
  supporters: 'supporters.title',
  badge: 'callName',
};

/** What the card says, line by line, below its title (and below the map). */
function body(widget: WidgetName, data: ExportData, lang: LocaleCode, opts: ExportOptions, inner: number): Line[] {
  const { counts } = data.summary;
  const s = inner / 1080;
  const lines: Line[] = [];
  const para = (text: string, size: number, extra: Partial<Line> = {}) =>
    wrap(text, size * s, inner).forEach((l, i) => lines.push({ text: l, size: size * s, gap: i ? 0.3 : 0.6, ...extra }));
  const cat =
    str(opts.attrs?.category) && opts.attrs?.category !== 'all' ? (str(opts.attrs?.category) as keyof typeof counts.byCategory) : null;
  switch (widget) {
    case 'counter':
    case 'supporters': {
      lines.push({ text: nf(lang, cat ? (counts.byCategory[cat] ?? 0) : counts.total), size: 120 * s, bold: true, gap: 0.4 });
      // (the label below keeps clear of the figure's descenders)
      lines.push({ text: t(lang, cat ? (`category.${cat}` as StringKey) : 'category.all'), size: 30 * s, gap: 0.8 });
      if (!cat)
        for (const c of CATEGORIES)
          if (counts.byCategory[c]) para(`${nf(lang, counts.byCategory[c] ?? 0)} · ${t(lang, `category.${c}`)}`, 28);
      if (widget === 'supporters' && data.register) {
        const names = [...data.register.supporters].sort((a, b) => a.name.localeCompare(b.name, lang)).slice(0, 8);
        para(names.map((r) => r.name).join(' · '), 22, { color: '#444' });
      }
      break;
    }
    case 'map':
      lines.push({ text: nf(lang, counts.byCategory.state ?? 0), size: 96 * s, bold: true, gap: 0.4 });
      lines.push({ text: t(lang, 'category.state'), size: 30 * s, gap: 0.5 });
      para(`${nf(lang, counts.total)} · ${t(lang, 'counter.label')}`, 28);
      break;
    case 'principle': {
      const n = Number(opts.attrs?.number ?? 1);
      const p = data.texts?.principles.find((x) => x.number === n);
      if (!p) throw new Error(`there is no principle ${n}`);
      lines.push({ text: t(lang, 'principle.number', { number: String(n) }), size: 28 * s, color: BLUE, gap: 0.6 });
      para(p.short[lang] ?? p.short.en, 44, { bold: true });
      para(p.full[lang] ?? p.full.en, 28);
      break;
    }
    case 'principles':
      for (const p of [...(data.texts?.principles ?? [])].sort((a, b) => a.number - b.number))
        para(`${nf(lang, p.number)}. ${p.short[lang] ?? p.short.en}`, 28);
      break;
    case 'timeline':
      lines.push({ text: nf(lang, counts.total), size: 96 * s, bold: true, gap: 0.4 });
      lines.push({ text: t(lang, 'counter.label'), size: 30 * s, gap: 0.5 });
      for (const m of data.texts?.milestones ?? []) {
        const first = (m.text[lang] ?? m.text.en).split(/(?<=[.。])\s*/)[0];
        para(`${formatDate(lang, m.date)} · ${first}`, 24);
      }
      break;
    case 'badge': {
      const row = data.register?.supporters.find((r) => r.id === opts.attrs?.supporter);
      // Fails closed, as the badge does: no register row, no claim.
      if (!row) {
        para(t(lang, 'badge.notFound'), 36, { bold: true });
        break;
      }
      para(t(lang, 'badge.claim', { name: row.name }), 44, { bold: true });
      const details = [t(lang, `type.${row.category}` as StringKey)];
      if (row.dateSigned) details.push(t(lang, 'badge.since', { date: formatDate(lang, row.dateSigned) }));
      para(details.join(' · '), 28);
      break;
    }
  }
  return lines;
}

/** The map's countries, states that support the Call in blue, scaled to `w`. */
function mapSvg(data: ExportData, x: number, y: number, w: number): { svg: string; height: number } {
  const m = data.map;
  if (!m) throw new Error('the map export needs map.json');
  const [vw, vh] = m.viewBox;
  const k = w / vw;
  const states = new Set(data.summary.byCountry.filter((c) => c.counts.state > 0).map((c) => c.country));
  const fill = (id: string) => (states.has(id) ? BLUE : '#d5dbe3');
  const land = (m.land ?? []).map((d) => `<path d="${escapeHtml(d)}" fill="#d5dbe3"/>`).join('');
  const paths = m.countries.map((c) => `<path d="${escapeHtml(c.d)}" fill="${fill(c.id)}"/>`).join('');
  const markers = (m.markers ?? []).map((p) => `<circle cx="${p.x}" cy="${p.y}" r="3" fill="${fill(p.id)}"/>`).join('');
  return {
    svg: `<g transform="translate(${x} ${y.toFixed(1)}) scale(${k.toFixed(4)})" stroke="#fff" stroke-width="0.4">${land}${paths}${markers}</g>`,
    height: vh * k,
  };
}

/** The widget as an SVG card: its figures and words as text, the map as paths. */
export function exportSvg(widget: WidgetName, data: ExportData, opts: ExportOptions = {}): { svg: string; width: number; height: number } {
  const lang = snippetLocale(opts.lang ?? 'en');
  const rtl = lang === 'ar';
  const W = Math.round(opts.width ?? 1200);
  const pad = Math.round(W * 0.05);
  const inner = W - 2 * pad;
  const s = inner / 1080;
  const x = rtl ? W - pad : pad;
  const text = (l: Line, y: number) =>
    `<text x="${x}" y="${y.toFixed(1)}" font-size="${l.size.toFixed(1)}"${l.bold ? ' font-weight="700"' : ''}${l.color ? ` fill="${l.color}"` : ''}>${escapeHtml(rtl ? `\u202b${l.text}\u202c` : l.text)}</text>`;
  const out: string[] = [];
  let y = pad;
  const head: Line = { text: t(lang, TITLES[widget]), size: 40 * s, bold: true };
  for (const l of wrap(head.text, head.size, inner)) {
    y += head.size * 1.2;
    out.push(text({ ...head, text: l }, y));
  }
  if (widget === 'map') {
    const map = mapSvg(data, pad, y + 20 * s, inner);
    out.push(map.svg);
    y += 20 * s + map.height;
  }
  const foot: Line = { text: footerText(data, lang), size: 22 * s, color: '#555' };
  const footLines = wrap(foot.text, foot.size, inner);
  const footH = footLines.length * foot.size * 1.3 + 30 * s;
  for (const l of body(widget, data, lang, opts, inner)) {
    const next = y + l.size * (1.15 + (l.gap ?? 0));
    // A fixed height (a social card) keeps the lines that fit, and the footer.
    if (opts.height && next > opts.height - pad - footH) break;
    y = next;
    out.push(text(l, y));
  }
  const H = Math.round(opts.height ?? y + footH + pad);
  let fy = H - pad - footH + 30 * s;
  for (const l of footLines) {
    fy += foot.size * 1.3;
    out.push(text({ ...foot, text: l }, fy));
  }
  const font = (FONTS[lang] ?? FONT).replace(/'/g, '&apos;');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" xml:lang="${lang}" font-family="${font}" fill="#111">` +
    `<title>${escapeHtml(head.text)}</title>` +
    `<rect width="${W}" height="${H}" fill="#fff"/>` +
    `<rect width="${W}" height="${Math.max(4, Math.round(8 * s))}" fill="${BLUE}"/>` +
    `<g${rtl ? ' direction="rtl" text-anchor="end"' : ''}>${out.join('')}</g></svg>\n`;
  return { svg, width: W, height: H };
}

/** The data behind the widget as an HTML page with one table (for Apple News, feeds, print). */
export function exportTable(widget: WidgetName, data: ExportData, opts: ExportOptions = {}): string {
  const lang = snippetLocale(opts.lang ?? 'en');
  const { counts } = data.summary;
  const e = escapeHtml;
  const row = (head: string, ...cells: (string | number)[]) =>
    `<tr><th scope="row">${e(head)}</th>${cells.map((c) => `<td>${e(typeof c === 'number' ? nf(lang, c) : c)}</td>`).join('')}</tr>`;
  const caption = t(lang, TITLES[widget]);
  let head = '';
  let rows: string[];
  if (widget === 'map') {
    const names = new Intl.DisplayNames([lang], { type: 'region' });
    head = `<tr><th scope="col">${e(t(lang, 'map.col.country'))}</th><th scope="col">${e(t(lang, 'map.col.state'))}</th><th scope="col">${e(t(lang, 'map.col.total'))}</th></tr>`;
    rows = data.summary.byCountry
      .map((c) => ({ name: names.of(c.country) ?? c.country, c }))
      .sort((a, b) => a.name.localeCompare(b.name, lang))
      .map(({ name, c }) =>
        row(
          name,
          t(lang, c.counts.state ? 'map.yes' : 'map.no'),
          Object.values(c.counts).reduce((a, b) => a + (b ?? 0), 0),
        ),
      );
  } else if (widget === 'principle' || widget === 'principles') {
    const n = Number(opts.attrs?.number ?? 1);
    rows = (data.texts?.principles ?? [])
      .filter((p) => widget === 'principles' || p.number === n)
      .map((p) => row(t(lang, 'principle.number', { number: String(p.number) }), p.short[lang] ?? p.short.en, p.full[lang] ?? p.full.en));
  } else if (widget === 'timeline') {
    rows = (data.texts?.milestones ?? []).map((m) => row(formatDate(lang, m.date), m.text[lang] ?? m.text.en));
  } else if (widget === 'badge') {
    const r = data.register?.supporters.find((x) => x.id === opts.attrs?.supporter);
    rows = r
      ? [row(r.name, t(lang, `type.${r.category}` as StringKey), r.dateSigned ? formatDate(lang, r.dateSigned) : '')]
      : [`<tr><td>${e(t(lang, 'badge.notFound'))}</td></tr>`];
  } else {
    rows = [...CATEGORIES.map((c) => row(t(lang, `category.${c}`), counts.byCategory[c] ?? 0)), row(t(lang, 'category.all'), counts.total)];
    if (widget === 'supporters' && data.register)
      rows.push(
        ...[...data.register.supporters]
          .sort((a, b) => a.name.localeCompare(b.name, lang))
          .map((r) => row(r.name, t(lang, `type.${r.category}` as StringKey))),
      );
  }
  const href = officialListHref(data.summary, lang);
  return (
    `<!doctype html>\n<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><title>${e(caption)}</title></head><body>\n` +
    `<table>\n<caption>${e(caption)}</caption>\n${head ? `<thead>${head}</thead>\n` : ''}<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n` +
    `<p>${e(footerText(data, lang))}${href ? ` · <a href="${e(href)}">${e(t(lang, 'officialList'))}</a>` : ''}</p>\n</body></html>\n`
  );
}
