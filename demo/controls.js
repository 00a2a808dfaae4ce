// The language and theme controls every demo page shares (external modules:
// the pages' CSP allows no inline script). `?lang=` and `?theme=` preset them.
export const params = new URLSearchParams(location.search);

/**
 * Applies the #lang and #theme selects to the widgets in `scope` matched by
 * `selector`. The language goes on each widget, not on `scope`: the page's own
 * headings and captions around the widgets stay English (`<html lang="en">`),
 * so a screen reader does not read them with an Arabic or Japanese voice.
 */
export function bindControls(scope, selector) {
  const langSelect = document.getElementById('lang');
  const themeSelect = document.getElementById('theme');
  const apply = () => {
    for (const el of scope.querySelectorAll(selector)) {
      el.setAttribute('lang', langSelect.value);
      el.setAttribute('theme', themeSelect.value);
    }
    document.body.classList.toggle('dark', themeSelect.value === 'dark');
  };
  langSelect.value = params.get('lang') ?? 'en';
  themeSelect.value = params.get('theme') ?? 'light';
  langSelect.addEventListener('change', apply);
  themeSelect.addEventListener('change', apply);
  apply();
}
