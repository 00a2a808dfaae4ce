// Demo controls (an external module: the page's CSP allows no inline script).
const main = document.getElementById('main');
const list = main.querySelector('paris-call-supporters');
const langSelect = document.getElementById('lang');
const themeSelect = document.getElementById('theme');
const params = new URLSearchParams(location.search);

function apply() {
  main.lang = langSelect.value;
  list.setAttribute('theme', themeSelect.value);
  document.body.classList.toggle('dark', themeSelect.value === 'dark');
}
langSelect.value = params.get('lang') ?? 'en';
themeSelect.value = params.get('theme') ?? 'light';
langSelect.addEventListener('change', apply);
themeSelect.addEventListener('change', apply);
apply();
// Presets from the address, e.g. ?sort=date&query=bank&category=private-sector&country=FR
for (const name of ['sort', 'query', 'category', 'country']) {
  const value = params.get(name);
  if (value !== null) list.setAttribute(name, value);
}
