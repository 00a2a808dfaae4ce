// Synthetic Paris Call registers for `npm run bench`: deterministic (seeded),
// with realistic names (accents, legal forms, cities), categories, countries,
// natures, websites and dates, shaped after the real register.
//  - syntheticDataset(n, summary): a register.json + matching summary.json,
//    valid per src/data/validate.ts (served by the bench server).
//  - syntheticCsvRows(n, realRows): supporters.csv rows with the source's
//    columns, for `build:data` at scale.

/** mulberry32: small, fast, seeded. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PREFIX = [
  'Global',
  'National',
  'European',
  'Nordic',
  'Pacific',
  'Atlantic',
  'Open',
  'Secure',
  'Digital',
  'Trusted',
  'United',
  'Central',
  'Alpine',
  'Baltic',
  'Iberian',
  'Société',
  'Asociación',
  'Instituto',
  'Fundación',
  'Verband',
  'Stiftung',
  'Łódź',
  'Île-de-France',
  'São Paulo',
  'Zürich',
  'Kraków',
  'Göteborg',
  'Málaga',
  'Østfold',
];
const CORE = [
  'Cyber',
  'Data',
  'Network',
  'Cloud',
  'Software',
  'Telecom',
  'Information',
  'Security',
  'Resilience',
  'Privacy',
  'Trust',
  'Internet',
  'Systems',
  'Défense',
  'Sécurité',
  'Numérique',
  'Sicherheit',
  'Ciberseguridad',
  'Informatique',
  'Quantum',
  'Crypto',
  'Infrastructure',
];
const SUFFIX = {
  'private-sector': [
    'Ltd',
    'GmbH',
    'SA',
    'Inc.',
    'AB',
    'S.p.A.',
    'Group',
    'Solutions',
    'Technologies',
    'S.A.S.',
    'Oy',
    'B.V.',
    'K.K.',
    's.r.o.',
    'LLC',
    'plc',
  ],
  'civil-society': [
    'Institute',
    'Foundation',
    'Association',
    'Centre for Policy Studies',
    'University',
    'Research Lab',
    'Council',
    'Forum',
    'Alliance',
    'Network',
  ],
  'public-authority': ['Agency', 'City Council', 'Region', 'Authority', 'Directorate', 'Office'],
};
const CATEGORY_WEIGHTS = [
  ['private-sector', 0.58],
  ['civil-society', 0.32],
  ['public-authority', 0.06],
  ['state', 0.04],
];

export function slug(s) {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

function category(r) {
  let x = r();
  for (const [c, w] of CATEGORY_WEIGHTS) if ((x -= w) < 0) return c;
  return 'private-sector';
}

function name(r, cat, i) {
  const suffixes = SUFFIX[cat === 'state' ? 'public-authority' : cat];
  const base = `${pick(r, PREFIX)} ${pick(r, CORE)} ${pick(r, suffixes)}`;
  // Some repeats are realistic, but keep most names distinct and searchable.
  return r() < 0.7 ? `${base} ${i.toString(36).toUpperCase()}` : base;
}

function date(r) {
  const start = Date.UTC(2018, 10, 12);
  const end = Date.UTC(2025, 11, 1);
  return new Date(start + Math.floor(r() * (end - start))).toISOString().slice(0, 10);
}

/** register.json + summary.json (objects) with `n` supporters. */
export function syntheticDataset(n, realSummary, seed = 9) {
  const r = rng(seed + n);
  const countries = realSummary.byCountry.map((c) => ({ country: c.country, alpha3: c.alpha3 }));
  const supporters = [];
  const byCategory = { state: 0, 'public-authority': 0, 'civil-society': 0, 'private-sector': 0, uncategorized: 0 };
  const byCountry = new Map();
  for (let i = 0; i < n; i++) {
    const cat = category(r);
    const c = pick(r, countries);
    const nm = name(r, cat, i);
    const s = slug(nm);
    const dateSigned = r() < 0.35 ? date(r) : null;
    supporters.push({
      id: `${s}-${cat}-${c.alpha3}-${i}`,
      name: nm,
      category: cat,
      country: c.country,
      nature: null,
      euMember: false,
      website: r() < 0.4 ? `https://www.${s.replace(/_/g, '-').slice(0, 40)}.example` : null,
      twitter: r() < 0.15 ? s.slice(0, 15) : null,
      dateSigned,
    });
    byCategory[cat]++;
    let bc = byCountry.get(c.country);
    if (!bc)
      byCountry.set(
        c.country,
        (bc = {
          country: c.country,
          alpha3: c.alpha3,
          counts: { state: 0, 'public-authority': 0, 'civil-society': 0, 'private-sector': 0, uncategorized: 0 },
        }),
      );
    bc.counts[cat]++;
  }
  const summary = {
    ...realSummary,
    counts: { total: n, byCategory },
    byCountry: [...byCountry.values()].sort((a, b) => a.country.localeCompare(b.country)),
    noCountry: [],
  };
  const register = {
    schemaVersion: realSummary.schemaVersion,
    kind: 'paris-call-register',
    asOf: realSummary.asOf,
    source: realSummary.source,
    supporters,
  };
  return { summary, register };
}

const csvCell = (v) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * `n` synthetic supporters.csv lines (no header) modelled on the real rows
 * (objects with the CSV's columns): each copies the nationality and nature of
 * a real row of the same category, so values stay within what the register
 * holds, with a new name, id, website, twitter and date.
 */
export function* syntheticCsvLines(n, realRows, seed = 9) {
  const r = rng(seed * 7919 + n);
  const byCat = new Map();
  for (const row of realRows) {
    const k = row.category.trim();
    if (!k || k === 'state') continue; // states: the 193 real ones are all there is
    if (!byCat.has(k)) byCat.set(k, []);
    byCat.get(k).push(row);
  }
  const cats = [...byCat.keys()];
  for (let i = 0; i < n; i++) {
    let cat = category(r);
    if (!byCat.has(cat)) cat = pick(r, cats);
    const t = pick(r, byCat.get(cat));
    const nm = name(r, cat, i);
    const s = slug(nm);
    const nat = t.nationality.trim();
    const id = `syn_${i}_${s}-${cat}-${nat || 'XXX'}`;
    const website = r() < 0.4 ? `https://www.${s.replace(/_/g, '-').slice(0, 40)}.com` : '';
    const twitter = r() < 0.15 ? `@${s.slice(0, 15)}` : '';
    const dateSigned = r() < 0.3 ? date(r) : '';
    yield [id, nm, cat, t.nationality, t.nature, website, twitter, dateSigned].map(csvCell).join(',');
  }
}
