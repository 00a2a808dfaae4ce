import { define } from '../../core/define.js';
import { ParisCallBadge } from './badge.js';

export { ParisCallBadge };
export type { BadgeVariant, BadgeStatus } from './badge.js';
define('paris-call-badge', ParisCallBadge);

declare global {
  interface HTMLElementTagNameMap {
    'paris-call-badge': ParisCallBadge;
  }
}
