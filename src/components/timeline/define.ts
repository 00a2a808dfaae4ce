import { define } from '../../core/define.js';
import { ParisCallTimeline } from './timeline.js';

export { ParisCallTimeline };
export type { TimelineOrientation } from './timeline.js';
define('paris-call-timeline', ParisCallTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'paris-call-timeline': ParisCallTimeline;
  }
}
