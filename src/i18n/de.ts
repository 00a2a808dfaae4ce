import type { Strings } from './en.js';

/** German interface strings. */
const de: Strings = {
  callName: 'Pariser Appell für Vertrauen und Sicherheit im Cyberspace',
  loading: 'Daten des Pariser Appells werden geladen …',
  'error.title': 'Die Daten des Pariser Appells konnten nicht angezeigt werden.',
  'error.network': 'Die Daten waren nicht erreichbar (Netzwerkfehler).',
  'error.timeout': 'Das Laden der Daten hat zu lange gedauert.',
  'error.http': 'Der Datenserver hat mit einem Fehler geantwortet.',
  'error.parse': 'Die Datendatei ist beschädigt.',
  'error.schema': 'Die Datendatei hat nicht das erwartete Format.',
  'error.version': 'Die Datendatei ist für eine neuere Version dieses Widgets bestimmt.',
  'error.not-found': 'Dieser Eintrag ist in den Daten des Pariser Appells nicht vorhanden.',
  retry: 'Erneut versuchen',
  asOf: 'Stand: {date}',
  officialList: 'Offizielle Liste der Unterstützer',
  'counter.label': 'Unterstützer des Pariser Appells',
  'category.all': 'Alle Unterstützer',
  'category.state': 'Staaten',
  'category.public-authority': 'Öffentliche Stellen und Gebietskörperschaften',
  'category.civil-society': 'Zivilgesellschaft',
  'category.private-sector': 'Privatwirtschaft',
  'category.uncategorized': 'Weitere Unterstützer',
  'principle.number': 'Grundsatz {number}',
  'principles.title': 'Die neun Grundsätze des Pariser Appells',
  unofficialTranslation: 'Nichtamtliche Übersetzung des Projekts paris-call-widgets',
};

export default de;
