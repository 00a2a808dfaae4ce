import type { Strings } from './en.js';

/** Spanish interface strings. */
const es: Strings = {
  callName: 'Llamamiento de París para la confianza y la seguridad en el ciberespacio',
  loading: 'Cargando los datos del Llamamiento de París…',
  'error.title': 'No se han podido mostrar los datos del Llamamiento de París.',
  'error.network': 'No se ha podido acceder a los datos (error de red).',
  'error.timeout': 'Los datos han tardado demasiado en llegar.',
  'error.http': 'El servidor de datos ha respondido con un error.',
  'error.parse': 'El archivo de datos está dañado.',
  'error.schema': 'El archivo de datos no tiene el formato esperado.',
  'error.version': 'El archivo de datos corresponde a una versión más reciente de este widget.',
  'error.not-found': 'Este elemento no figura en los datos del Llamamiento de París.',
  retry: 'Volver a intentarlo',
  asOf: 'a fecha de {date}',
  officialList: 'Lista oficial de firmantes',
  'counter.label': 'Firmantes del Llamamiento de París',
  'category.all': 'Todos los firmantes',
  'category.state': 'Estados',
  'category.public-authority': 'Organismos públicos y gobiernos locales',
  'category.civil-society': 'Sociedad civil',
  'category.private-sector': 'Sector privado',
  'category.uncategorized': 'Otros firmantes',
  'principle.number': 'Principio {number}',
  'principles.title': 'Los nueve principios del Llamamiento de París',
  unofficialTranslation: 'Traducción no oficial realizada por el proyecto paris-call-widgets',
};

export default es;
