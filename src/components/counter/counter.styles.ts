import { css } from 'lit';

export const counterStyles = css`
  .label {
    margin: 0;
    font-weight: 600;
  }
  .number {
    display: block;
    margin: 0.1em 0 0.2em;
    font-size: var(--paris-call-counter-size, 2.75em);
    font-weight: 700;
    line-height: 1.1;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }
  .number .skeleton {
    display: inline-block;
    min-width: 4ch;
  }
  ul {
    list-style: none;
    margin: 0.5em 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }
  /* Phrases that all start with their figure ("81 states") align the figures in a column and hang their wrapped lines; otherwise ("市民社会の391団体") they run as text. */
  .lead li {
    padding-inline-start: 4ch;
    text-indent: -4ch;
  }
  .n {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .lead .n {
    display: inline-block;
    min-width: 4ch;
    text-indent: 0;
    text-align: end;
  }
  .footer {
    margin: 0.5em 0 0;
    font-size: 0.875em;
  }
  :host([layout='compact']) .base {
    display: inline-block;
  }
`;
