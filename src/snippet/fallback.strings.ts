import type { StringTable } from '../core/localize.js';

/**
 * The few sentences only the snippet fallback needs. Everything else in a
 * fallback (labels, "as of", "official list", the badge's claim) reuses the
 * widgets' own reviewed tables, so a fallback reads like the widget it
 * stands in for. `{date}` is a date already formatted for the locale.
 */
const en = {
  launched: 'The Paris Call was launched on {date} at UNESCO in Paris.',
  readMore: 'More on the official website of the Paris Call',
};

export type FallbackStringKey = keyof typeof en;

export const fallbackStrings: StringTable<FallbackStringKey> = {
  en,
  fr: {
    launched: 'L’Appel de Paris a été lancé le {date} à l’UNESCO, à Paris.',
    readMore: 'En savoir plus sur le site officiel de l’Appel de Paris',
  },
  ar: {
    launched: 'أُطلق نداء باريس في {date} في مقر اليونسكو في باريس.',
    readMore: 'المزيد على الموقع الرسمي لنداء باريس',
  },
  ja: {
    launched: 'パリ・コールは{date}、パリのユネスコ本部で発表されました。',
    readMore: 'パリ・コールの公式サイトで詳しく見る',
  },
  hu: {
    // "{date} napján" (2018. november 12. napján): a sentence, with no case suffix to attach to the date (-án/-én).
    launched: 'A Párizsi felhívást {date} napján hirdették meg a párizsi UNESCO-székházban.',
    readMore: 'További információ a Párizsi felhívás hivatalos honlapján',
  },
  sv: {
    launched: 'Parisuppropet lanserades den {date} på Unesco i Paris.',
    readMore: 'Mer på Parisuppropets officiella webbplats',
  },
  de: {
    launched: 'Der Pariser Appell wurde am {date} bei der UNESCO in Paris vorgestellt.',
    readMore: 'Mehr auf der offiziellen Website des Pariser Appells',
  },
  es: {
    launched: 'El Llamamiento de París se presentó el {date} en la UNESCO, en París.',
    readMore: 'Más información en el sitio web oficial del Llamamiento de París',
  },
};
