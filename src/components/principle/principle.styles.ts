import { css } from 'lit';

/** Card styles, shared by `<paris-call-principle>` and `<paris-call-principles>`. */
export const principleStyles = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
    height: 100%;
  }
  .num {
    margin: 0;
    font-size: 0.875em;
    font-weight: 700;
    color: var(--_accent);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  /* The card's title (not the error state's, a p.title). */
  div.title {
    margin: 0;
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
  }
  .text {
    margin: 0;
  }
  .note {
    margin: auto 0 0;
    padding-top: 0.25em;
    font-size: 0.8em;
    font-style: italic;
  }
  /* No slanted Arabic or Japanese: browsers fake it by skewing the glyphs. */
  .note:is(:lang(ar), :lang(ja)) {
    font-style: normal;
  }
  /* Loading: stand-in texts masked line by line (see renderPrincipleSkeleton). */
  .skeleton {
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
`;
