/**
 * English interface strings: the reference every locale must match key for
 * key (test/i18n/locales.test.ts fails on a missing or extra key).
 * `{name}` placeholders are filled by `format()` in src/core/localize.ts.
 * Long texts (principles, milestones) live in the dataset, not here.
 */
const en = {
  callName: 'Paris Call for Trust and Security in Cyberspace',
  loading: 'Loading Paris Call data…',
  'error.title': 'The Paris Call data could not be shown.',
  'error.network': 'The data could not be reached (network error).',
  'error.timeout': 'The data took too long to arrive.',
  'error.http': 'The data server answered with an error.',
  'error.parse': 'The data file is damaged.',
  'error.schema': 'The data file does not have the expected format.',
  'error.version': 'The data file is for a newer version of this widget.',
  'error.not-found': 'No such item in the Paris Call data.',
  retry: 'Try again',
  asOf: 'as of {date}',
  officialList: 'Official list of supporters',
  'counter.label': 'Supporters of the Paris Call',
  'category.all': 'All supporters',
  'category.state': 'States',
  'category.public-authority': 'Public authorities and local governments',
  'category.civil-society': 'Civil society',
  'category.private-sector': 'Private sector',
  'category.uncategorized': 'Other supporters',
  'principle.number': 'Principle {number}',
  'principles.title': 'The nine principles of the Paris Call',
  unofficialTranslation: 'Unofficial translation by the paris-call-widgets project',
};

export type StringKey = keyof typeof en;
export type Strings = Record<StringKey, string>;
export default en as Strings;
