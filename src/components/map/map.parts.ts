/**
 * The parts of the map's render that hold no state of their own: the legend,
 * the supporters without a country and the table toggle (also the
 * skeleton's, masked), the table of every figure, and a tooltip's lines.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { countryName, numberFormat } from '../../core/intl.js';
import type { StringKey, SubKey } from '../../i18n/registry.js';
import { mapStep, MAP_STEPS, NO_COUNTRY_PLACEHOLDER, orgsOf, type Derived } from './map.model.js';

export interface PartsContext {
  /** Without it: the skeleton (texts masked, no ids). */
  d?: Derived;
  all: boolean;
  open: boolean;
  nf: Intl.NumberFormat;
  s: (key: SubKey<'map'>, params?: Record<string, string>) => string;
  str: (key: StringKey) => string;
  toggle: () => void;
}

/** The legend of this mode, the supporters without a country, and the "show as table" button. */
export function renderBelow(ctx: PartsContext): TemplateResult {
  const { d, all, open, nf } = ctx;
  const mask = (t: unknown) => (d ? t : html`<span class="skeleton">${t}</span>`);
  const id = (name: string) => (d ? name : nothing);
  // The legend's items: swatch class and text; `m` (a circle) explains the markers.
  const items = all
    ? [
        ['none', ctx.s('legend.none')],
        ...MAP_STEPS.map((min, i) => {
          const next = MAP_STEPS[i + 1];
          return [
            `s${i + 1}`,
            next === undefined
              ? ctx.s('orMore', { n: nf.format(min) })
              : next - 1 === min
                ? nf.format(min)
                : ctx.s('range', { from: nf.format(min), to: nf.format(next - 1) }),
          ];
        }),
      ]
    : [
        ['supporting', ctx.s('legend.state')],
        ['none', ctx.s('legend.notState')],
      ];
  items.push(['m', ctx.s('legend.marker')]);
  const noCountry = d ? d.data.summary.noCountry : NO_COUNTRY_PLACEHOLDER;
  return html`<div part="legend" class="legend ${all ? 'all' : 'states'}">
      <p class="legend-title" id=${id('legend-title')}>${mask(all ? ctx.s('legend.all') : ctx.str('category.state'))}</p>
      <ul aria-labelledby=${id('legend-title')}>
        ${items.map(
          ([cls, t]) =>
            html`<li>${
              !d
                ? html`<span class="sw skeleton"></span>`
                : cls === 'm'
                  ? html`<svg class="sw" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><circle class="m" cx="6" cy="6" r="5"></circle></svg>`
                  : html`<svg class="sw" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect class=${cls} x="0.5" y="0.5" width="9" height="9"></rect></svg>`
            }${mask(t)}</li>`,
        )}
      </ul>
    </div>
    ${
      noCountry.length
        ? html`<div part="no-country" class="nocountry">
          <p id=${id('nocountry-title')}>${mask(ctx.s('noCountry'))}</p>
          <ul aria-labelledby=${id('nocountry-title')}>
            ${noCountry.map((n) => {
              const cat = n.category === 'state' ? ctx.str('category.state') : ctx.str(`category.${n.category}`);
              return html`<li>${mask(html`<bdi class="name">${n.name}</bdi> <span class="cat">(${cat})</span>`)}</li>`;
            })}
          </ul>
        </div>`
        : nothing
    }
    <div class="tools">
      <button
        part="toggle"
        type="button"
        ?disabled=${!d}
        tabindex=${d ? nothing : '-1'}
        aria-expanded=${d ? open : nothing}
        aria-controls=${id('table')}
        @click=${ctx.toggle}
      >
        ${ctx.s('toggle')}
      </button>
    </div>`;
}

/** The table of every country's figures (visually hidden until opened; always there for screen readers). */
export function renderTable(ctx: PartsContext & { d: Derived }): TemplateResult {
  const { d, open, nf } = ctx;
  const cols = orgsOf(d.rows);
  return html`<div
    id="table"
    part="table"
    class=${open ? 'table-wrap' : 'sr-only'}
    role=${open ? 'region' : nothing}
    tabindex=${open ? '0' : nothing}
    aria-labelledby=${open ? 'caption' : nothing}
  >
    <table>
      <caption id="caption">${ctx.s('caption')}</caption>
      <thead>
        <tr>
          ${[ctx.s('col.country'), ctx.s('col.state'), ...cols.map((c) => ctx.str(`category.${c}`)), ctx.s('col.total')].map(
            (t, i) => html`<th scope="col" class=${i > 1 ? 'n' : nothing}>${t}</th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${d.rows.map(
          (r) => html`<tr>
            <th scope="row">${r.name}</th>
            <td>${ctx.s(r.counts.state ? 'yes' : 'no')}</td>
            ${[...cols.map((c) => r.counts[c]), r.total].map((n) => html`<td class="n">${nf.format(n)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** A country's name, then the lines of its tooltip (and of its announcement). */
export function tipLines(d: Derived, id: string, intl: string, { s, str }: Pick<PartsContext, 's' | 'str'>): string[] {
  const row = d.byId.get(id);
  if (!row) return [countryName(intl, id), s('tip.none')];
  return [
    row.name,
    s(row.counts.state ? 'tip.state' : 'tip.notState'),
    ...orgsOf([row]).map((c) =>
      s('count', {
        label: c === 'public-authority' ? s('tip.public-authority') : str(`category.${c}`),
        n: numberFormat(intl).format(row.counts[c]),
      }),
    ),
  ];
}

/** The map's shapes and markers, and the current country's double outline (under, then over). */
export function renderWorld(d: Derived, all: boolean, hl: string | null): TemplateResult {
  const { geo } = d.data;
  /** Class of a country's shape or marker: `supporting` when coloured as a supporter in this mode. */
  const fill = (id: string, row = d.byId.get(id)) =>
    !row ? '' : all ? `supporting s${mapStep(row.total)}` : row.counts.state ? 'supporting' : '';
  const outline = (cls: string, path = d.shapes.get(hl!), m = d.byId.has(hl!) && d.markers.get(hl!)) =>
    svg`${path ? svg`<path class="hl ${cls}" d=${path}></path>` : nothing}${
      m ? svg`<circle class="hl m ${cls}" cx=${m.x} cy=${m.y} r="4"></circle>` : nothing
    }`;
  return svg`<g class="land">${geo.land.map((p) => svg`<path d=${p}></path>`)}</g>
    <g>${geo.countries.map((c) => svg`<path class="c ${fill(c.id)}" data-id=${c.id} d=${c.d}></path>`)}</g>
    <g>
      ${geo.markers
        .filter((m) => d.byId.has(m.id))
        .map((m) => svg`<circle class="m ${fill(m.id)}" data-id=${m.id} cx=${m.x} cy=${m.y} r="4"></circle>`)}
    </g>
    ${hl ? svg`<g class="current" data-current=${hl}>${outline('under')}${outline('over')}</g>` : nothing}`;
}

/** The tooltip: a country's name and its lines (empty and hidden when no country is shown). */
export function renderTip(name: string | undefined, lines: string[], onTip: (e: PointerEvent) => void): TemplateResult {
  return html`<div part="tooltip" class="tip" popover="manual" ?hidden=${!name} aria-hidden="true" @pointerenter=${onTip} @pointerleave=${onTip}>
    ${
      name
        ? html`<span class="name">${name}</span>
          <ul>
            ${lines.map((l) => html`<li>${l}</li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}
