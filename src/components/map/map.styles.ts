import { css } from 'lit';

/**
 * Map colours. Every supporter fill keeps at least 3:1 against the
 * non-supporting land and against the background (WCAG 1.4.11), in both
 * themes; neighbouring countries are also separated by a border in the
 * background colour. The five steps of `mode="all"` go from light to dark
 * (light theme) or dark to light (dark theme): more supporters, more contrast.
 */
const light = css`
  --_m-state: var(--paris-call-map-state, var(--_accent));
  --_m-land: var(--paris-call-map-land, #e6e9ee);
  --_m-border: var(--paris-call-map-border, var(--_surface));
  --_m-highlight: var(--paris-call-map-highlight, var(--_text));
  --_m-step-1: var(--paris-call-map-step-1, #2c80e1);
  --_m-step-2: var(--paris-call-map-step-2, #1b68c0);
  --_m-step-3: var(--paris-call-map-step-3, #165298);
  --_m-step-4: var(--paris-call-map-step-4, #103d71);
  --_m-step-5: var(--paris-call-map-step-5, #0a2749);
`;

const dark = css`
  --_m-land: var(--paris-call-map-dark-land, #343a45);
  --_m-step-1: var(--paris-call-map-dark-step-1, #378cef);
  --_m-step-2: var(--paris-call-map-dark-step-2, #62a5f2);
  --_m-step-3: var(--paris-call-map-dark-step-3, #8abcf5);
  --_m-step-4: var(--paris-call-map-dark-step-4, #b5d4f9);
  --_m-step-5: var(--paris-call-map-dark-step-5, #e0edfd);
`;

export const mapStyles = css`
  :host {
    ${light}
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }

  .frame {
    container-type: inline-size;
  }
  .frame,
  .skeleton.world {
    border-radius: calc(var(--_radius) / 2);
  }
  .frame:focus {
    outline: none;
  }
  .frame:focus-visible,
  .table-wrap:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .world {
    display: block;
    width: 100%;
  }
  svg.world {
    height: auto;
    overflow: visible;
  }
  /* Every shape of the map and of the legend keeps its stroke width at any scale. */
  svg * {
    vector-effect: non-scaling-stroke;
  }
  .c,
  .land path,
  .m {
    fill: var(--_m-land);
    stroke: var(--_m-border);
    stroke-width: 0.75px;
    stroke-linejoin: round;
  }
  .land path {
    pointer-events: none;
  }
  .m {
    stroke: var(--_m-highlight);
    r: 4px;
  }
  /* Markers stay findable as the map shrinks: bigger in map units on narrow screens. */
  @container (max-width: 640px) {
    .m {
      r: 6px;
    }
  }
  @container (max-width: 400px) {
    .m {
      r: 7px;
    }
  }
  .states .supporting {
    fill: var(--_m-state);
  }
  .s1 {
    fill: var(--_m-step-1);
  }
  .s2 {
    fill: var(--_m-step-2);
  }
  .s3 {
    fill: var(--_m-step-3);
  }
  .s4 {
    fill: var(--_m-step-4);
  }
  .s5 {
    fill: var(--_m-step-5);
  }
  /* The current country: a double outline, visible on any fill. */
  .hl {
    fill: none;
    pointer-events: none;
    stroke-linejoin: round;
  }
  .hl.under {
    stroke: var(--_m-border);
    stroke-width: 4px;
  }
  .hl.over {
    stroke: var(--_m-highlight);
    stroke-width: 2px;
  }
  /* The viewBox of map.json (1000 × 440): the map's box before its geometry arrives. */
  .skeleton.world {
    aspect-ratio: 1000 / 440;
  }
  /* Masked texts: one bar per line. */
  .skeleton {
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
  .nocountry .skeleton .cat {
    color: transparent;
  }
  .sw {
    flex: none;
    width: 1em;
    height: 1em;
  }
  .sw.skeleton {
    display: inline-block;
    border-radius: 0.15em;
  }

  .legend,
  .nocountry,
  .tools {
    margin: 0.75em 0 0;
  }
  .legend,
  .nocountry,
  table {
    font-size: 0.875em;
  }
  .legend-title,
  .nocountry p {
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  .legend ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .sw rect {
    stroke: var(--_m-highlight);
    stroke-width: 1px;
  }
  .sw rect.none {
    fill: var(--_m-land);
  }
  .sw .m {
    r: 5px;
  }

  .nocountry ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .nocountry .cat {
    color: var(--_muted);
  }

  .table-wrap {
    margin: 0.5em 0 0;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    /* Words stay whole: the wrapper scrolls sideways on a narrow phone. */
    overflow-wrap: normal;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }
  th,
  td {
    padding: 0.25em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    vertical-align: bottom;
  }
  .n {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  /* The tooltip: in the top layer (popover) where supported, else fixed. Font and alignment come from the base. */
  .tip {
    position: fixed;
    inset: 0 auto auto 0;
    margin: 0;
    z-index: 2147483647;
    max-width: min(calc(18em / 0.875), calc(100vw - 16px));
    padding: 0.5em 0.75em;
    overflow: visible;
    font-size: calc(var(--paris-call-font-size, 1em) * 0.875);
    line-height: 1.4;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.3);
  }
  .tip .name {
    display: block;
    font-weight: 700;
  }
  .tip ul {
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0;
  }

  @media (forced-colors: active) {
    .c,
    .land path,
    .sw rect.none {
      fill: Canvas;
      stroke: CanvasText;
    }
    .supporting,
    .sw rect:not(.none) {
      fill: Highlight;
    }
    .hl.over {
      stroke: CanvasText;
    }
  }

  @media print {
    :host,
    :host([theme='dark']),
    :host([theme='auto']) {
      ${light}
      --_m-state: var(--paris-call-map-state, var(--paris-call-accent, #0b5cad));
      --_m-border: #fff;
      --_m-highlight: #000;
    }
    .tools,
    .tip,
    .hl {
      display: none !important;
    }
    .frame {
      break-inside: avoid;
    }
    .nocountry .cat {
      color: #4a5160;
    }
    svg {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
