// The gallery: every widget in every state, built from the same tags a host
// would write (an external module: the page's CSP allows no inline script).
import { bindControls } from './controls.js';

const SLOW = '/slow/dist/data/summary.json'; // serve-demo.js answers /slow/… 8 s late
const BROKEN = '../dist/no-such-folder/summary.json'; // every data file 404s
const LOCALES = { en: 'English', fr: 'Français', ar: 'العربية', ja: '日本語', hu: 'Magyar', sv: 'Svenska', de: 'Deutsch', es: 'Español' };

// `wide` widgets get one or two columns; `notFound` attributes make the
// widget ask for an item the data does not have.
const WIDGETS = [
  {
    tag: 'paris-call-counter',
    title: 'Counter',
    attrs: { 'no-animation': '' },
    extra: [
      ['Ready, compact', { layout: 'compact' }],
      ['Ready, states only', { category: 'state' }],
    ],
  },
  {
    tag: 'paris-call-principle',
    title: 'Principle card',
    attrs: { number: '3' },
    notFound: ['Not found (principle 12)', { number: '12' }],
  },
  {
    tag: 'paris-call-badge',
    title: 'Endorsement badge',
    attrs: { supporter: 'cyber_peace_institute-civil-society-CHE' },
    notFound: ['Not found (unknown id)', { supporter: 'no-such-organisation-private-sector-FRA' }],
    extra: [
      ['Ready, compact', { variant: 'compact', supporter: 'abb-private-sector-SWE' }],
      ['Ready, icon', { variant: 'icon', supporter: 'abb-private-sector-SWE' }],
    ],
  },
  {
    tag: 'paris-call-principles',
    title: 'All nine principles',
    wide: true,
    attrs: {},
    extra: [['Ready, list layout', { layout: 'list' }]],
  },
  { tag: 'paris-call-timeline', title: 'Timeline', wide: true, attrs: {} },
  { tag: 'paris-call-map', title: 'World map', wide: true, attrs: {}, extra: [['Ready, every supporter by country', { mode: 'all' }]] },
  { tag: 'paris-call-supporters', title: 'Supporter list', wide: true, attrs: {} },
];

function widget(tag, attrs) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/** A figure with its caption and the element's live `status`, so a reviewer sees which state is which. */
function figure(caption, el) {
  const fig = document.createElement('figure');
  const cap = document.createElement('figcaption');
  const status = document.createElement('span');
  status.className = 'status';
  const show = () => (status.textContent = `status="${el.getAttribute('status') ?? '—'}"`);
  new MutationObserver(show).observe(el, { attributes: true, attributeFilter: ['status'] });
  show();
  cap.append(`${caption} `, status);
  fig.append(cap, el);
  return fig;
}

const showcase = document.getElementById('showcase');
for (const w of WIDGETS) {
  const id = w.tag.replace('paris-call-', 'g-');
  const section = document.createElement('section');
  section.setAttribute('aria-labelledby', `${id}-h`);
  const h = document.createElement('h2');
  h.id = `${id}-h`;
  h.append(`${w.title} `);
  const code = document.createElement('code');
  code.textContent = `<${w.tag}>`;
  h.append(code);
  const grid = document.createElement('div');
  grid.className = w.wide ? 'states wide' : 'states';
  const states = [
    ['Loading (data 8 s late)', { ...w.attrs, src: SLOW }],
    ['Ready', w.attrs],
    ...(w.extra ?? []).map(([c, a]) => [c, { ...w.attrs, ...a }]),
    ['Error (data cannot be loaded)', { ...w.attrs, src: BROKEN }],
    ...(w.notFound ? [[w.notFound[0], { ...w.attrs, ...w.notFound[1] }]] : []),
  ];
  for (const [caption, attrs] of states) grid.append(figure(caption, widget(w.tag, attrs)));
  section.append(h, grid);
  section.id = id;
  showcase.append(section);
  // The table of contents is static HTML (written by script, it pushed the page down after the first paint).
  if (!document.querySelector(`#toc a[href="#${id}"]`)) console.error(`gallery.html: #toc has no link to #${id}`);
}

bindControls(showcase, WIDGETS.map((w) => w.tag).join(', '));

// Every locale in both themes: the counter and a principle card (principle n for the n-th locale).
const box = document.getElementById('locales');
for (const theme of ['light', 'dark']) {
  for (const [i, [lang, name]] of Object.entries(LOCALES).entries()) {
    const div = document.createElement('div');
    div.className = `locale ${theme}`;
    div.lang = lang;
    const h = document.createElement('h3');
    h.textContent = `${name} · ${theme}`;
    div.append(
      h,
      widget('paris-call-counter', { theme, 'no-animation': '', layout: 'compact' }),
      widget('paris-call-principle', { theme, number: String(i + 1) }),
    );
    box.append(div);
  }
}
