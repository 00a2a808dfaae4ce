import type { CATEGORIES } from '../../data/types.js';

/**
 * What the skeleton draws while texts.json loads: the shape of the shipped
 * story, five milestones (the count is not known before the texts arrive;
 * a dataset with more grows by their height), one of each kind in the order
 * of TIMELINE_MILESTONE_KINDS, with the counts they report, their sources
 * (kind, length of the label in characters, and the language of those
 * without a URL: they are described, published in the milestone's month,
 * the register on its day), and their texts' lengths per language (in
 * each locale file, `timelineSkeleton`) as stand-in prose. Interface strings (kinds, labels, source descriptions) are
 * the real ones, masked.
 */
export const SKELETON_MILESTONES: [
  date: string,
  counts: ('total' | (typeof CATEGORIES)[number])[],
  sources: [kind: string, chars: number, language?: string][],
][] = [
  [
    '2018-11-12',
    ['state', 'civil-society', 'private-sector'],
    [
      ['press-article', 92, 'hu'],
      ['press-article', 90, 'sv'],
      ['press-article', 68, 'ar'],
      ['web-page', 11],
    ],
  ],
  ['2019-11-12', ['total', 'state'], [['press-article', 52, 'en']]],
  [
    '2021-11-10',
    [],
    [
      ['press-article', 59, 'ja'],
      ['web-page', 15],
    ],
  ],
  [
    '2021-11-11',
    [],
    [
      ['web-page', 16],
      ['web-page', 16],
    ],
  ],
  ['2025-12-25', ['total', 'public-authority', 'civil-society', 'private-sector', 'state'], [['register', 57, 'en']]],
];
