import { define } from '../../core/define.js';
import { ParisCallMap } from './map.js';

export { ParisCallMap };
export { MAP_STEPS, mapStep, type MapMode, type MapWidgetData } from './map.js';
export { loadMap, mapUrl, validateMap, type MapGeometry } from './map-data.js';
define('paris-call-map', ParisCallMap);

declare global {
  interface HTMLElementTagNameMap {
    'paris-call-map': ParisCallMap;
  }
}
