import { define } from '../../core/define.js';
import { ParisCallPrinciples } from './principles.js';

export { ParisCallPrinciples };
export type { PrinciplesLayout } from './principles.js';
define('paris-call-principles', ParisCallPrinciples);

declare global {
  interface HTMLElementTagNameMap {
    'paris-call-principles': ParisCallPrinciples;
  }
}
