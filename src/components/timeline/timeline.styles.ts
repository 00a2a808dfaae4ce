import { css } from 'lit';

/**
 * Layout: the `base` part is an inline-size container; the list is a
 * vertical rail by default and a horizontal, snapping scroller only when
 * `orientation="horizontal"` AND the container is at least 40em wide (in the widget's font size: em, not rem, throughout, so a host's root font size changes nothing), so
 * narrow containers always stack (no JavaScript involved).
 */
export const timelineStyles = css`
  .base {
    container: pcw-timeline / inline-size;
  }
  .heading {
    margin: 0 0 0.75em;
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.3;
  }
  p {
    margin: 0;
  }
  /* Every list: the milestones, the legend, the counts, the sources. */
  ul,
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  /* ---- chart ---- */
  .chart {
    margin: 0 0 calc(var(--_space) * 1.25);
  }
  .chart-box svg {
    display: block;
    inline-size: 100%;
    overflow: visible;
    /* Coordinates are physical (mirrored by the code for right-to-left): anchors too. */
    direction: ltr;
    font-size: 12.5px;
    font-variant-numeric: tabular-nums;
  }
  .grid line {
    stroke: var(--_border);
    stroke-dasharray: 2 3;
  }
  .axis line {
    stroke: var(--_muted);
  }
  .ticks text {
    fill: var(--_muted);
  }
  .line-reported {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .line-dated {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 2;
    stroke-dasharray: 5 3;
  }
  .point {
    fill: var(--_accent);
    stroke: var(--_surface);
    stroke-width: 2;
  }
  .point.sum {
    fill: var(--_surface);
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .value {
    fill: var(--_text);
    font-weight: 700;
  }
  .value.dated-end {
    fill: var(--_muted);
    font-weight: 600;
  }
  .legend {
    margin: 0.5em 0 0;
    display: flex;
    flex-flow: wrap;
    gap: 0.25em 1.25em;
    font-size: 0.875em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    inline-size: 1.5em;
    block-size: 1em;
    flex: none;
  }
  .chart-note {
    margin-block-start: 0.4em;
    font-size: 0.875em;
  }

  /* ---- milestones: vertical rail (default) ---- */
  .list {
    display: flex;
    flex-flow: column;
  }
  .list:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .item {
    position: relative;
    min-inline-size: 0;
    padding-inline-start: 1.75em;
    padding-block-end: var(--_space);
  }
  .item:last-child {
    padding-block-end: 0;
  }
  .item::before,
  .item::after {
    content: '';
    position: absolute;
  }
  /* The dot on the rail. */
  .item::before {
    inset-inline-start: 0.1em;
    inset-block-start: 1.1em;
    inline-size: 0.85em;
    block-size: 0.85em;
    border-radius: 50%;
    background: var(--_accent);
    border: 2px solid var(--_surface);
    box-shadow: 0 0 0 2px var(--_accent);
  }
  /* The rail, from this dot to the next one. */
  .item::after {
    inset-inline-start: calc(0.525em - 1px);
    inset-block: 2.2em -1.1em;
    inline-size: 2px;
    background: var(--_border);
  }
  .item:last-child::after {
    display: none;
  }
  [data-kind='launch']::before,
  [data-kind='register-snapshot']::before {
    border-radius: 0.15em;
  }
  .card {
    display: flex;
    flex-flow: column;
    gap: 0.45em;
    block-size: 100%;
    padding: 0.75em var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .header {
    display: flex;
    flex-flow: wrap;
    align-items: baseline;
    gap: 0.25em 0.6em;
  }
  .date {
    font-weight: 700;
    font-size: 1.05em;
  }
  .sep {
    display: none;
  }
  .kind {
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_accent);
    border: 1px solid;
    border-radius: 999px;
    padding: 0 0.6em;
  }
  .text {
    line-height: 1.5;
  }
  .counts ul {
    display: flex;
    flex-flow: wrap;
    gap: 0.25em 1em;
  }
  .counts .n {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .counts-label,
  .sources-label {
    font-size: 0.8em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  :is(.counts-label, .sources-label):is(:lang(ar), :lang(ja)) {
    letter-spacing: normal;
  }
  .sources {
    font-size: 0.875em;
  }
  .sources li + li {
    margin-block-start: 0.2em;
  }
  .note {
    margin-block-start: auto;
    font-size: 0.8em;
    font-style: italic;
  }
  /* No slanted Arabic or Japanese: browsers fake it by skewing the glyphs. */
  .note:is(:lang(ar), :lang(ja)) {
    font-style: normal;
  }
  /* ---- loading: texts masked line by line; the plot's box as tall as the
     chart will be (its viewBox is as wide as the box in 16px-font units,
     288 to 1000, and 250 high under 520, else 290: see chart.ts). ---- */
  .skeleton {
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
  .chart-skeleton {
    display: block;
    block-size: min(100cqi * 250 / 288, 15.625em);
    border-radius: 6px;
  }
  @container pcw-timeline (min-width: 32.5em) {
    .chart-skeleton {
      block-size: max(18.125em, 29cqi);
    }
  }
  /* Its border is currentColor: masked too. */
  .kind.skeleton {
    color: transparent;
  }

  /* ---- horizontal: side by side, scrolling, snapping; only where there is room ---- */
  @container pcw-timeline (min-width: 40em) {
    :host([orientation=horizontal]) .list {
      flex-flow: row;
      overflow-x: auto;
      overscroll-behavior-x: contain;
      scroll-snap-type: x mandatory;
      padding: 0.25em 0.25em 0.75em;
      scroll-padding-inline: 0.25em;
    }
    :host([orientation=horizontal]) .item {
      flex: 0 0 min(var(--paris-call-timeline-item-width, 20em), 85%);
      scroll-snap-align: start;
      padding-inline: 0 var(--_space);
      padding-block: 1.75em 0;
    }
    :host([orientation=horizontal]) .item:last-child {
      padding-inline-end: 0;
    }
    :host([orientation=horizontal]) .item::before {
      inset-inline-start: 0.6em;
      inset-block-start: 0.1em;
    }
    :host([orientation=horizontal]) .item::after {
      inset-inline: 1.45em -0.6em;
      inset-block: calc(0.525em - 1px) auto;
      inline-size: auto;
      block-size: 2px;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .list {
      scroll-behavior: smooth;
    }
  }
  @media (forced-colors: active) {
    .item::before,
    .item::after {
      background: CanvasText;
    }
    .point,
    .line-reported {
      stroke: CanvasText;
    }
  }
`;
