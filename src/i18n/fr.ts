import type { Strings } from './en.js';

/** French interface strings. */
const fr: Strings = {
  callName: 'Appel de Paris pour la confiance et la sécurité dans le cyberespace',
  loading: 'Chargement des données de l’Appel de Paris…',
  'error.title': 'Les données de l’Appel de Paris n’ont pas pu être affichées.',
  'error.network': 'Les données sont inaccessibles (erreur réseau).',
  'error.timeout': 'Les données ont mis trop de temps à arriver.',
  'error.http': 'Le serveur de données a répondu par une erreur.',
  'error.parse': 'Le fichier de données est endommagé.',
  'error.schema': 'Le fichier de données n’a pas le format attendu.',
  'error.version': 'Le fichier de données est destiné à une version plus récente de ce widget.',
  'error.not-found': 'Élément introuvable dans les données de l’Appel de Paris.',
  retry: 'Réessayer',
  asOf: 'au {date}',
  officialList: 'Liste officielle des soutiens',
  'counter.label': 'Soutiens de l’Appel de Paris',
  'category.all': 'Tous les soutiens',
  'category.state': 'États',
  'category.public-authority': 'Organismes publics et collectivités territoriales',
  'category.civil-society': 'Société civile',
  'category.private-sector': 'Secteur privé',
  'category.uncategorized': 'Autres soutiens',
  'principle.number': 'Principe {number}',
  'principles.title': 'Les neuf principes de l’Appel de Paris',
  unofficialTranslation: 'Traduction non officielle réalisée par le projet paris-call-widgets',
};

export default fr;
