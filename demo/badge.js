// Badge demo controls.
import { bindControls } from './controls.js';

bindControls(document.getElementById('showcase'), 'paris-call-badge');
