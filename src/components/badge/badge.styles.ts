import { css } from 'lit';

export const badgeStyles = css`
  :host {
    display: inline-block;
    /* Sized by its content, unlike the other widgets (see theme.styles.ts). */
    inline-size: auto;
    max-inline-size: 100%;
    vertical-align: middle;
  }
  p,
  .error p {
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
  .mark-ring,
  .mark-check {
    fill: none;
    stroke: var(--_on-accent);
    stroke-linejoin: round;
  }
  .mark-ring {
    stroke-width: 1.5;
    opacity: 0.55;
  }
  .mark-check {
    stroke-width: 4;
    stroke-linecap: round;
  }
  /* Loading: the shield alone (see mark.ts), grey. */
  .pending path {
    fill: var(--_skeleton);
  }

  /* Every state (badge or notice) is a flex box. */
  .base {
    display: flex;
    max-inline-size: var(--paris-call-badge-max-width, 32em);
  }

  /* full: a card with the mark at the start. */
  .badge {
    align-items: flex-start;
    gap: 0.75em;
  }
  .body,
  .notice {
    flex-direction: column;
  }
  .body {
    display: flex;
    gap: 0.3em;
    min-inline-size: 0;
  }
  .claim {
    font-weight: 600;
    line-height: 1.35;
  }
  .line {
    line-height: 1.35;
  }
  .name {
    font-weight: 800;
  }
  .details,
  .verify {
    font-size: 0.875em;
  }

  /* compact: one line, the claim as the link (notices: smaller text). */
  .compact {
    padding: 0.35em 0.75em;
  }
  .badge.compact {
    align-items: center;
    gap: 0.5em;
    padding-inline-start: 0.5em;
    --paris-call-badge-mark-size: 1.75em;
  }
  .line .details {
    /* Moves to the next line as a whole rather than breaking mid-word (CJK). */
    display: inline-block;
  }

  /* icon: the mark alone, as a link whose accessible name says who supports. */
  .icon {
    display: inline-flex;
    padding: 0.125em;
    border: 0;
    background: transparent;
    border-radius: 0.25em;
    line-height: 0;
    --paris-call-badge-mark-size: var(--paris-call-badge-icon-size, 2.5em);
  }

  /* Loading: the ready texts, masked line by line (see renderBadge). */
  .skeleton {
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
  .skeleton::before {
    content: attr(data-text);
  }

  /* Not in the register / not verifiable: plain text, no mark, no name. */
  .notice {
    gap: 0.35em;
    border-style: dashed;
  }
  .notice.compact {
    font-size: 0.875em;
  }
  .title {
    font-weight: 700;
  }
  button {
    align-self: flex-start;
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
