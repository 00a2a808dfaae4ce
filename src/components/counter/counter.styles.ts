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
  li {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }
  .n {
    min-width: 4ch;
    text-align: end;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .footer {
    margin: 0.5em 0 0;
    font-size: 0.875em;
  }
  :host([layout='compact']) .base {
    display: inline-block;
  }
`;
