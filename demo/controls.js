// The language and theme controls every demo page shares (external modules:
// the pages' CSP allows no inline script). `?lang=` and `?theme=` preset them.
export const params = new URLSearchParams(location.search);

/** Applies the #lang select to `scope` and the #theme select to the widgets matched by `selector`. */
export function bindControls(scope, selector) {
  const langSelect = document.getElementById('lang');
  const themeSelect = document.getElementById('theme');
  const apply = () => {
    scope.lang = langSelect.value;
    for (const el of scope.querySelectorAll(selector)) el.setAttribute('theme', themeSelect.value);
    document.body.classList.toggle('dark', themeSelect.value === 'dark');
  };
  langSelect.value = params.get('lang') ?? 'en';
  themeSelect.value = params.get('theme') ?? 'light';
  langSelect.addEventListener('change', apply);
  themeSelect.addEventListener('change', apply);
  apply();
}
