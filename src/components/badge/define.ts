import { define } from '../../core/define.js';
import { ParisCallBadge } from './badge.js';

export { ParisCallBadge };
export * from './badge.js';
export { supporterIndex, verifySupporter } from './verify.js';
define('paris-call-badge', ParisCallBadge);

declare global {
  interface HTMLElementTagNameMap {
    'paris-call-badge': ParisCallBadge;
  }
}
