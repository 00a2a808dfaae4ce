// Map demo controls.
import { bindControls } from './controls.js';

bindControls(document.getElementById('maps'), 'paris-call-map');
