import { css } from 'lit';

// Comments live here, not in the CSS: the build does not minify template literals.
//
// Fields: one fixed height, above every engine's intrinsic height with any
// font (WebKit's select is 43px, 46px with Noto's Arabic), so the skeleton matches.
//
// The list is windowed (see supporters.ts): `::before` is a spacer that puts
// the first rendered row in its place (`--_y`), `::after` a strut that gives
// the full scroll height (`--_size`). No scroll anchoring: the window sets
// row positions itself (scaled lists move rows as they scroll).
// `scrollbar-gutter` keeps the rows' width when the scrollbar comes and goes.
//
// Every row of a layout has one height (the window is computed from it): the
// listitem (`.slot`) has a fixed block-size and the visible row (`.row`) fills
// it. Narrow: name and details clamped to 2 lines each, above the actions;
// from 48em wide (container query), one line each, beside the actions. A
// hovered or focused row is drawn whole (`block-size: auto`, `--_lines: none`) over
// the rows below it, so a cut name can still be read; screen readers always
// get the full text. Details wrap between "category · country · date", not
// inside them.
export const supportersStyles = css`
  .heading {
    margin: 0 0 0.75em;
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.25;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em var(--_space);
    margin: 0 0 0.75em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 13em;
    min-width: 0;
  }
  .search {
    flex: 2 1 14em;
  }
  .sort {
    flex-basis: 15em;
  }
  .field > :first-child {
    font-weight: 600;
    font-size: 0.875em;
  }
  input,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius)/2);
    padding: 0.375em 0.5em;
    inline-size: 100%;
    min-width: 0;
    margin: 0;
  }
  :is(input, select, .list):focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em var(--_space);
    margin: 0 0 0.5em;
  }
  p {
    margin: 0;
  }
  .count {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .status {
    flex: 1 1 calc(12em / 0.875);
    font-size: 0.875em;
    min-width: 0;
  }
  .bar button {
    margin-inline-start: auto;
  }
  .frame {
    position: relative;
    container-type: inline-size;
  }
  .list {
    position: relative;
    height: var(--paris-call-supporters-height, 28em);
    overflow: auto;
    overscroll-behavior: contain;
    overflow-anchor: none;
    scrollbar-gutter: stable;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius)/2);
    background: var(--_surface);
  }
  .list::before {
    content: '';
    display: block;
    block-size: var(--_y, 0);
  }
  .list::after {
    content: '';
    position: absolute;
    inset-block-start: 0;
    inline-size: 1px;
    block-size: var(--_size, 0);
  }
  .slot {
    --_lines: 2;
    position: relative;
    block-size: calc(9.125em + 1px);
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: center;
    gap: 0.25em 0.75em;
    block-size: 100%;
    padding: 0.5em 0.75em;
    border-block-end: 1px solid var(--_border);
    background: var(--_surface);
    overflow: hidden;
  }
  .name,
  .meta {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines);
    overflow: hidden;
  }
  .name {
    font-weight: 600;
  }
  .meta {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .slot:is(:hover, :focus-within) {
    z-index: 1;
    --_lines: none;
  }
  .slot:is(:hover, :focus-within) .row {
    block-size: auto;
    min-block-size: 100%;
  }
  .meta > span {
    white-space: nowrap;
  }
  .actions {
    display: flex;
    align-items: center;
    gap: 0.75em;
    block-size: 2em;
    min-width: 0;
  }
  .actions > * {
    font-size: 0.875em;
    white-space: nowrap;
  }
  .actions button {
    block-size: 100%;
  }
  @container (min-width: 48em) {
    .slot {
      --_lines: 1;
      block-size: calc(4.0625em + 1px);
    }
    .row {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .actions {
      grid-area: 1 / 2 / 3;
      align-self: center;
    }
  }
  .empty {
    position: absolute;
    inset-block-start: 2em;
    inset-inline: var(--_space);
    text-align: center;
    color: var(--_muted);
  }
  .footer {
    margin: 0.5em 0 0;
    font-size: 0.875em;
  }
  input,
  select,
  .field > .skeleton {
    block-size: 3em;
  }
  .line {
    height: 1.1em;
    margin: 0.75em;
    inline-size: 60%;
  }
  .line:nth-child(2n) {
    inline-size: 40%;
  }
`;
