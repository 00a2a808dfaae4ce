import type { Strings } from './en.js';

/** Swedish interface strings. */
const sv: Strings = {
  callName: 'Parisuppropet för förtroende och säkerhet i cyberrymden',
  loading: 'Läser in data om Parisuppropet…',
  'error.title': 'Det gick inte att visa data om Parisuppropet.',
  'error.network': 'Det gick inte att nå data (nätverksfel).',
  'error.timeout': 'Det tog för lång tid att hämta data.',
  'error.http': 'Dataservern svarade med ett fel.',
  'error.parse': 'Datafilen är skadad.',
  'error.schema': 'Datafilen har inte det förväntade formatet.',
  'error.version': 'Datafilen är avsedd för en nyare version av den här widgeten.',
  'error.not-found': 'Posten finns inte i data om Parisuppropet.',
  retry: 'Försök igen',
  asOf: 'per den {date}',
  officialList: 'Officiell förteckning över anslutna',
  'counter.label': 'Anslutna till Parisuppropet',
  'category.all': 'Alla anslutna',
  'category.state': 'Stater',
  'category.public-authority': 'Myndigheter och lokala förvaltningar',
  'category.civil-society': 'Civilsamhället',
  'category.private-sector': 'Privat sektor',
  'category.uncategorized': 'Övriga anslutna',
  'principle.number': 'Princip {number}',
  'principles.title': 'Parisuppropets nio principer',
  unofficialTranslation: 'Inofficiell översättning gjord av projektet paris-call-widgets',
};

export default sv;
