// Timeline demo controls.
import { bindControls } from './controls.js';

bindControls(document.getElementById('timelines'), 'paris-call-timeline');
