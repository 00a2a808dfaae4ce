import { css } from 'lit';

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
    flex: 1 1 13rem;
    min-width: 0;
  }
  .field.search {
    flex: 2 1 14rem;
  }
  .field.sort {
    flex-basis: 15rem;
  }
  .field > span {
    font-weight: 600;
    font-size: 0.875em;
  }
  input,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.375em 0.5em;
    /* Above every engine's intrinsic height (WebKit's select is 43px), so the skeleton matches. */
    min-height: 2.75rem;
    inline-size: 100%;
    min-width: 0;
    margin: 0;
  }
  input:focus-visible,
  select:focus-visible,
  .list:focus-visible {
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
  .count {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .status {
    margin: 0;
    flex: 1 1 12rem;
    font-size: 0.875em;
    min-width: 0;
  }
  .bar button {
    margin-inline-start: auto;
  }
  .frame {
    position: relative;
  }
  .list {
    display: block;
    height: var(--paris-call-supporters-height, 28rem);
    overflow: auto;
    overscroll-behavior: contain;
    /* The scrollbar does not change the rows' width (no re-wrap, no resize loop). */
    scrollbar-gutter: stable;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }
  .row {
    inline-size: 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    padding: 0.5em 0.75em;
    border-block-end: 1px solid var(--_border);
    background: var(--_surface);
  }
  .who {
    flex: 1 1 14rem;
    min-width: 0;
  }
  .name {
    display: block;
    font-weight: 600;
  }
  .meta {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* Wrap between "category · country · date", not inside them. */
  .meta > span {
    white-space: nowrap;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    font-size: 0.875em;
  }
  .actions button {
    min-height: 2rem;
  }
  .empty {
    position: absolute;
    inset-block-start: 2em;
    inset-inline: var(--_space);
    margin: 0;
    text-align: center;
    color: var(--_muted);
  }
  .footer {
    margin: 0.5em 0 0;
    font-size: 0.875em;
  }
  .skeleton-box {
    display: block;
    min-height: 2.75rem;
  }
  .skeleton-line {
    display: block;
    height: 1.1em;
    margin: 0.75em;
  }
  .w60 {
    inline-size: 60%;
  }
  .w40 {
    inline-size: 40%;
  }
`;
