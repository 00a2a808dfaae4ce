import { svg, type TemplateResult } from 'lit';

/**
 * The badge's mark: a shield with a check, of the project's own design — NOT
 * the Paris Call's official logo, which the project has no right to reuse.
 * Colours come from the theme tokens through CSS classes (no style
 * attributes: strict CSPs block them). Decorative: the text beside it, or the
 * link's accessible name in the icon variant, carries the meaning.
 */
export function renderMark(pending = false): TemplateResult {
  return svg`<svg part="mark" class="mark${pending ? ' pending' : ''}" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false">
    <path class="mark-shield" d="M24 3.5 40.5 9.5v12.2c0 10.6-6.9 19.3-16.5 22.8C14.4 41 7.5 32.3 7.5 21.7V9.5Z"/>
    ${
      pending
        ? null
        : svg`<path class="mark-ring" d="M24 8.2 36.2 12.6v9.1c0 8.2-5.1 15-12.2 18.1-7.1-3.1-12.2-9.9-12.2-18.1v-9.1Z"/><path
            class="mark-check"
            d="m16.5 23.5 5.2 5.2 10.3-10.6"
          />`
    }
  </svg>`;
}
