import { define } from '../../core/define.js';
import { ParisCallPrinciple } from './principle.js';

export { ParisCallPrinciple };
define('paris-call-principle', ParisCallPrinciple);

declare global {
  interface HTMLElementTagNameMap {
    'paris-call-principle': ParisCallPrinciple;
  }
}
