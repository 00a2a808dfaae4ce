// Demo controls (an external module: the page's CSP allows no inline script).
import { bindControls } from './controls.js';

const LOCALES = { en: 'English', fr: 'Français', ar: 'العربية', ja: '日本語', hu: 'Magyar', sv: 'Svenska', de: 'Deutsch', es: 'Español' };
bindControls(document.getElementById('showcase'), 'paris-call-counter, paris-call-principle, paris-call-principles');

// Every locale in both themes, built from the same tags a host would write.
const box = document.getElementById('locales');
for (const theme of ['light', 'dark']) {
  for (const [lang, name] of Object.entries(LOCALES)) {
    const div = document.createElement('div');
    div.className = `locale ${theme}`;
    div.lang = lang;
    const h = document.createElement('h3');
    h.textContent = `${name} · ${theme}`;
    const counter = document.createElement('paris-call-counter');
    counter.setAttribute('theme', theme);
    counter.setAttribute('no-animation', '');
    const principle = document.createElement('paris-call-principle');
    principle.setAttribute('number', String(1 + Object.keys(LOCALES).indexOf(lang)));
    principle.setAttribute('theme', theme);
    div.append(h, counter, principle);
    box.append(div);
  }
}
