import type { LocaleData } from './types.js';

/**
 * English: the reference locale and the fallback for any string a page's
 * locale lacks. Every other locale file `satisfies Locale`, the type taken
 * from this one, so the compiler reports a missing or an extra key.
 * `{name}` placeholders are filled by `t()` (src/i18n/registry.ts).
 * Long texts (principles, milestones) live in the dataset, not here.
 */
const en = {
  dir: 'ltr',
  // Lengths of the shipped milestones' texts in characters (texts.json of 2025-12-25): what the timeline's skeleton draws as masked prose while its texts load.
  timelineSkeleton: [203, 168, 125, 132, 247],
  strings: {
    // Shared by every widget: the Call's name, loading and error states, the categories as plural headings.
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
    // One supporter's category (the badge, a row of the list).
    'type.state': 'State',
    'type.public-authority': 'Public authority or local government',
    'type.civil-society': 'Civil society',
    'type.private-sector': 'Private sector',
    'type.uncategorized': 'Other supporter',
    // A figure with its noun, as the language counts: `one{# state} other{# states}` picks the form Intl.PluralRules gives for the figure (any CLDR form: zero, one, two, few, many, other; `other` when absent); `#` is the figure.
    'count.all': 'one{# supporter} other{# supporters}',
    'count.state': 'one{# state} other{# states}',
    'count.public-authority': 'one{# public authority or local government} other{# public authorities and local governments}',
    'count.civil-society': 'one{# civil society organisation} other{# civil society organisations}',
    'count.private-sector': 'one{# private sector organisation} other{# private sector organisations}',
    'count.uncategorized': 'one{# other supporter} other{# other supporters}',
    'principle.number': 'Principle {number}',
    'principles.title': 'The nine principles of the Paris Call',
    unofficialTranslation: 'Unofficial translation by the paris-call-widgets project',

    // <paris-call-badge>. {name} is the verified supporter's display name (rendered as its own element), {date} a date formatted for the locale. Categories are singular here (one supporter).
    'badge.claim': '{name} supports the Paris Call for Trust and Security in Cyberspace',
    'badge.claimShort': '{name} supports the Paris Call',
    'badge.iconLabel': '{name} supports the Paris Call for Trust and Security in Cyberspace. Verify on the official list of supporters.',
    'badge.since': 'Supporter since {date}',
    'badge.verify': 'Verify on the official list of supporters',
    'badge.linkHint': '(verify on the official list of supporters)',
    'badge.notFound': 'This organisation is not in the Paris Call register.',
    'badge.checkList': 'See the official list of supporters',
    'badge.errorTitle': 'This support for the Paris Call could not be verified.',
    'badge.checking': 'Checking the Paris Call register…',

    // <paris-call-supporters>. Category group names (filter options) and the "as of" footer come from the shared strings above.
    'supporters.title': 'Supporters of the Paris Call',
    'supporters.search': 'Search by name',
    'supporters.category': 'Category',
    'supporters.allCategories': 'All categories',
    'supporters.country': 'Country',
    'supporters.allCountries': 'All countries',
    'supporters.noCountry': 'No country',
    'supporters.sort': 'Sort by',
    'supporters.sortName': 'Name (A to Z)',
    'supporters.sortDate': 'Date signed (newest first)',
    'supporters.count': '{shown} of {total} supporters',
    'supporters.empty': 'No supporter matches your search.',
    'supporters.list': 'Supporters',
    'supporters.signed': 'Signed {date}',
    'supporters.website': 'Website',
    'supporters.copy': 'Copy badge code',
    'supporters.copied': 'Badge code for {name} copied to the clipboard.',
    'supporters.copyFailed': 'The badge code could not be copied: your browser blocked the clipboard.',
    'supporters.download': 'Download CSV',
    'supporters.labelFor': '{action}: {name}',

    // <paris-call-timeline>. Dates and numbers arrive already formatted for the locale.
    'timeline.title': 'The Paris Call over time',
    'timeline.list': 'Milestones of the Paris Call',
    'timeline.kind.launch': 'Launch',
    'timeline.kind.anniversary': 'Anniversary',
    'timeline.kind.state-joins': 'A state joins',
    'timeline.kind.organization-joins': 'An organisation joins',
    'timeline.kind.register-snapshot': 'Register snapshot',
    'timeline.kind.other': 'Milestone',
    'timeline.counts': 'Figures reported that day',
    'timeline.sources': 'Sources',
    'timeline.source.press-article': 'Press article',
    'timeline.source.register': 'Public register of supporters',
    'timeline.source.web-page': 'Web page',
    'timeline.source.document': 'Document',
    'timeline.source.other': 'Source',
    'timeline.source.language': '{kind} ({language})',
    'timeline.source.published': '{source}, {date}',
    'timeline.source.about': '{source}: {about}',
    'timeline.legend.total': 'Reported total',
    'timeline.legend.sum': 'Sum of the categories reported (no total given)',
    'timeline.legend.register': 'Register total',
    'timeline.legend.dated': 'Register entries with a signing date, cumulative',
    'timeline.chart.alt.intro':
      'Line chart of the supporters of the Paris Call from {from} to {to}. The marked points are figures reported on the day:',
    'timeline.chart.alt.total': '{date}: {count}, reported total.',
    'timeline.chart.alt.sum': '{date}: {count}, sum of the categories reported (no total was given).',
    'timeline.chart.alt.register': '{date}: {count}, total of the public register.',
    'timeline.chart.alt.join': 'The lines between the marked points join them straight and are not data.',
    'timeline.chart.alt.dated':
      'A second line counts, cumulatively, the {count} register entries that have a signing date, from {from} to {to}.',
    'timeline.chart.note':
      'Only {count} of the {total} entries in the register have a signing date (from {from}), so the second line is not a total; the other entries have no date.',

    // <paris-call-map>. Labels are phrased so that no plural form depends on the figure ("States that support it: {n}"); `count` carries the locale's punctuation.
    'map.label.states': 'World map of the supporters of the Paris Call. States that support it: {n}.',
    'map.label.all': 'World map of the supporters of the Paris Call by country. Countries with supporters: {n}.',
    'map.help':
      'The arrow keys move between the countries with supporters, Enter shows their figures, Escape hides them. The table has the same figures.',
    'map.legend.state': 'Supports the Call',
    'map.legend.notState': 'Has not joined as a state',
    'map.legend.all': 'Supporters based in the country',
    'map.legend.none': 'None',
    'map.legend.marker': 'Circle: a small country or territory',
    'map.range': '{from}–{to}',
    'map.orMore': '{n} or more',
    'map.tip.state': 'The state supports the Call',
    'map.tip.notState': 'The state has not joined',
    'map.tip.none': 'No supporters registered',
    // The tooltip's short form of the longest category name (the tooltip is narrow).
    'map.tip.public-authority': 'Public authorities',
    'map.count': '{label}: {n}',
    'map.col.country': 'Country',
    'map.col.state': 'State',
    'map.col.total': 'Total',
    'map.yes': 'Yes',
    'map.no': 'No',
    'map.noCountry': 'Supporters not based in a country',
    'map.toggle': 'Show as table',
    'map.caption': 'Supporters of the Paris Call by country',
  },
} satisfies LocaleData;

/** Only in the fallback content written inside a tag (embed builder, server rendering), never in a widget's bundle. `{date}` is already formatted for the locale. */
export const snippet = {
  launched: 'The Paris Call was launched on {date} at UNESCO in Paris.',
  readMore: 'More on the official website of the Paris Call',
  /** Embed page (dist/embed.html): a URL parameter it cannot show. */
  badParam: 'This widget cannot be shown: “{value}” is not a valid value for {name}.',
  /** Static exports (SVG, PNG, HTML table): where the figures come from. */
  source: 'Source: {source}',
  /** AMP snippet: the button that enlarges the frame when AMP has not resized it on its own. */
  showMore: 'Show more',
  /** Script-tag snippet, <noscript>: the link to the static table of the data (dist/static/). */
  dataTable: 'The data as a table',
};

export type SnippetStrings = Record<keyof typeof snippet, string>;
export type StringKey = keyof typeof en.strings;
export type Locale = LocaleData<StringKey>;
export default en as Locale;
