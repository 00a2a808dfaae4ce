import { css } from 'lit';

export const badgeStyles = css`
  :host {
    display: inline-block;
    /* Sized by its content, unlike the other widgets (see theme.styles.ts). */
    inline-size: auto;
    max-inline-size: 100%;
    vertical-align: middle;
  }
  p {
    margin: 0;
  }

  /* The mark: colours from the theme tokens. */
  .mark {
    flex: none;
    inline-size: var(--paris-call-badge-mark-size, 3em);
    block-size: auto;
    aspect-ratio: 1;
  }
  .mark-shield {
    fill: var(--_accent);
  }
  .mark-ring {
    fill: none;
    stroke: var(--_on-accent);
    stroke-width: 1.5;
    stroke-linejoin: round;
    opacity: 0.55;
  }
  .mark-check {
    fill: none;
    stroke: var(--_on-accent);
    stroke-width: 4;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .mark.pending .mark-shield {
    fill: var(--_skeleton);
  }
  .mark.pending .mark-ring {
    display: none;
  }

  /* full: a card with the mark at the start. */
  .badge {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    max-inline-size: var(--paris-call-badge-max-width, 32em);
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
    min-inline-size: 0;
  }
  .claim {
    font-weight: 600;
    line-height: 1.35;
  }
  .name {
    font-weight: 800;
  }
  .details {
    font-size: 0.875em;
  }
  .verify {
    font-size: 0.875em;
  }

  /* compact: one line, the claim as the link. */
  .badge.compact {
    align-items: center;
    gap: 0.5em;
    padding-block: 0.35em;
    padding-inline: 0.5em 0.75em;
    --paris-call-badge-mark-size: 1.75em;
  }
  .badge.compact .line {
    line-height: 1.35;
  }
  .badge.compact .details {
    font-size: 0.875em;
    /* Moves to the next line as a whole rather than breaking mid-word (CJK). */
    display: inline-block;
  }

  /* icon: the mark alone, as a link whose accessible name says who supports. */
  .badge.icon {
    display: inline-flex;
    padding: 0.125em;
    border: 0;
    background: transparent;
    border-radius: 0.25em;
    line-height: 0;
    --paris-call-badge-mark-size: var(--paris-call-badge-icon-size, 2.5em);
  }

  /* Loading: the ready texts, masked line by line (see renderSkeleton). */
  .skeleton {
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
  .skeleton[data-text]::before {
    content: attr(data-text);
  }

  /* Not in the register / not verifiable: plain text, no mark, no name. */
  .notice {
    display: flex;
    flex-direction: column;
    gap: 0.35em;
    max-inline-size: var(--paris-call-badge-max-width, 32em);
    border-style: dashed;
  }
  .notice .title {
    font-weight: 700;
  }
  .notice.compact {
    padding-block: 0.35em;
    padding-inline: 0.75em;
    font-size: 0.875em;
  }
  .notice button {
    align-self: flex-start;
  }
  .error .title {
    color: var(--_error);
  }
  .error p {
    margin: 0;
  }

  @media (forced-colors: active) {
    .mark-shield {
      fill: CanvasText;
    }
    .mark-check,
    .mark-ring {
      stroke: Canvas;
    }
  }
`;
