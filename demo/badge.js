// Badge demo controls (an external module: the page's CSP allows no inline script).
const main = document.getElementById('showcase');
const langSelect = document.getElementById('lang');
const themeSelect = document.getElementById('theme');
const params = new URLSearchParams(location.search);

function apply() {
  main.lang = langSelect.value;
  for (const el of document.querySelectorAll('paris-call-badge')) el.setAttribute('theme', themeSelect.value);
  document.body.classList.toggle('dark', themeSelect.value === 'dark');
}
langSelect.value = params.get('lang') ?? 'en';
themeSelect.value = params.get('theme') ?? 'light';
langSelect.addEventListener('change', apply);
themeSelect.addEventListener('change', apply);
apply();
