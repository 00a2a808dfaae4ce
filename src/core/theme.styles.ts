import { css } from 'lit';

/** Dark-theme defaults; each can be overridden with its `--paris-call-dark-*` token. */
const dark = css`
  --_accent: var(--paris-call-dark-accent, #8ab4f8);
  --_on-accent: var(--paris-call-dark-on-accent, #0b1a2e);
  --_surface: var(--paris-call-dark-surface, #15171c);
  --_text: var(--paris-call-dark-text, #eef0f4);
  --_muted: var(--paris-call-dark-muted, #b6bcc8);
  --_border: var(--paris-call-dark-border, #474d5a);
  --_error: var(--paris-call-dark-error, #ffb4ab);
  --_skeleton: var(--paris-call-dark-skeleton, #2a2e37);
  color-scheme: dark;
`;

/**
 * Shared by every widget: design tokens (public `--paris-call-*` mapped to
 * private `--_*`), light/dark/auto themes, and a reset on the inner `base`
 * part, which host-page CSS cannot reach (only `::part()` can).
 */
export const themeStyles = css`
  :host {
    --_accent: var(--paris-call-accent, #0b5cad);
    --_on-accent: var(--paris-call-on-accent, #ffffff);
    --_surface: var(--paris-call-surface, #ffffff);
    --_text: var(--paris-call-text, #16181d);
    --_muted: var(--paris-call-muted, #4a5160);
    --_border: var(--paris-call-border, #c4c9d3);
    --_error: var(--paris-call-error, #b3261e);
    --_skeleton: var(--paris-call-skeleton, #e4e7ec);
    /* em, not rem: a host page's root font size (html { font-size: 62.5% }) must not resize the widgets' spacing. */
    --_radius: var(--paris-call-radius, 0.5em);
    --_font: var(--paris-call-font-family, inherit);
    --_space: var(--paris-call-spacing, 1em);
    display: block;
    /* As wide as a block in normal flow even when the host makes the parent a
       flex box (a flex item would shrink to its content, and the timeline,
       an inline-size container, to nothing). A width set by the host wins. */
    inline-size: -moz-available;
    inline-size: -webkit-fill-available;
    inline-size: stretch;
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    font-family: var(--_font);
    font-size: 1rem;
    font-size: var(--paris-call-font-size, 1em);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: anywhere;
    visibility: visible;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .muted {
    color: var(--_muted);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  /* Skeleton: the final layout with its figures masked, so nothing moves when data arrives. */
  .skeleton {
    color: transparent;
    background: var(--_skeleton);
    border-radius: 0.25em;
    user-select: none;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pcw-pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes pcw-pulse {
    50% {
      opacity: 0.55;
    }
  }
  .error {
    color: var(--_error);
    border-color: currentColor;
  }
  .error p {
    margin: 0 0 0.5em;
    color: var(--_text);
  }
  .error .title {
    font-weight: 700;
    color: var(--_error);
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  @media print {
    .base {
      border-color: #888;
      background: #fff;
      color: #000;
    }
  }
`;
