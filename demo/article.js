// A mock news article carrying every widget. Language, theme and the column's
// width come from the address (?lang=ar&theme=dark&width=360), or from the
// settings bar, which keeps the address in step for sharing a view.
import { bindControls, params } from './controls.js';

bindControls(
  document.getElementById('article'),
  'paris-call-counter, paris-call-principle, paris-call-principles, paris-call-timeline, paris-call-map, paris-call-badge, paris-call-supporters',
);

const widthSelect = document.getElementById('width');
const setWidth = () => document.documentElement.style.setProperty('--column', `${Number(widthSelect.value) || 680}px`);
widthSelect.value = params.get('width') ?? '680';
if (!widthSelect.value) {
  const opt = new Option(`${params.get('width')} px`, params.get('width'));
  widthSelect.add(opt);
  widthSelect.value = opt.value;
}
setWidth();
const keepAddress = () => {
  const q = new URLSearchParams({
    lang: document.getElementById('lang').value,
    theme: document.getElementById('theme').value,
    width: widthSelect.value,
  });
  history.replaceState(null, '', `?${q}`);
};
widthSelect.addEventListener('change', () => (setWidth(), keepAddress()));
for (const id of ['lang', 'theme']) document.getElementById(id).addEventListener('change', keepAddress);
