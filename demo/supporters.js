// Supporter list demo controls.
import { bindControls, params } from './controls.js';

const main = document.getElementById('main');
bindControls(main, 'paris-call-supporters');
// Presets from the address, e.g. ?sort=date&query=bank&category=private-sector&country=FR
const list = main.querySelector('paris-call-supporters');
for (const name of ['sort', 'query', 'category', 'country']) {
  const value = params.get(name);
  if (value !== null) list.setAttribute(name, value);
}
