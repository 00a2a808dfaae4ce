import { define } from '../../core/define.js';
import { ParisCallCounter } from './counter.js';

export { ParisCallCounter };
export type { CounterCategory, CounterLayout } from './counter.js';
define('paris-call-counter', ParisCallCounter);

declare global {
  interface HTMLElementTagNameMap {
    'paris-call-counter': ParisCallCounter;
  }
}
