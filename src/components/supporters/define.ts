import { define } from '../../core/define.js';
import { ParisCallSupporters } from './supporters.js';

// Named exports only: `export *` into the single bundle must not collide with other widgets' helpers.
export { ParisCallSupporters };
export type { SupportersData, SupportersSort } from './supporters.js';
export { supportersCsv } from './csv.js';
define('paris-call-supporters', ParisCallSupporters);

declare global {
  interface HTMLElementTagNameMap {
    'paris-call-supporters': ParisCallSupporters;
  }
}
