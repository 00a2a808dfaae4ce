import { define } from '../../core/define.js';
import { ParisCallMap } from './map.js';

export { ParisCallMap };
export type { MapMode } from './map.js';
define('paris-call-map', ParisCallMap);

declare global {
  interface HTMLElementTagNameMap {
    'paris-call-map': ParisCallMap;
  }
}
