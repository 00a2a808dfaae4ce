import type { Strings } from './en.js';

/** Hungarian interface strings. */
const hu: Strings = {
  callName: 'Párizsi felhívás a kibertérbeli bizalomért és biztonságért',
  loading: 'A Párizsi felhívás adatainak betöltése…',
  'error.title': 'A Párizsi felhívás adatait nem sikerült megjeleníteni.',
  'error.network': 'Az adatok nem érhetők el (hálózati hiba).',
  'error.timeout': 'Az adatok betöltése túl sokáig tartott.',
  'error.http': 'Az adatszerver hibával válaszolt.',
  'error.parse': 'Az adatfájl sérült.',
  'error.schema': 'Az adatfájl nem a várt formátumú.',
  'error.version': 'Az adatfájl ennek a widgetnek egy újabb verziójához készült.',
  'error.not-found': 'Nincs ilyen elem a Párizsi felhívás adatai között.',
  retry: 'Próbálja újra',
  asOf: 'állapot: {date}',
  officialList: 'A támogatók hivatalos listája',
  'counter.label': 'A Párizsi felhívás támogatói',
  'category.all': 'Összes támogató',
  'category.state': 'Államok',
  'category.public-authority': 'Hatóságok és helyi önkormányzatok',
  'category.civil-society': 'Civil társadalom',
  'category.private-sector': 'Magánszektor',
  'category.uncategorized': 'Egyéb támogatók',
  'principle.number': '{number}. alapelv',
  'principles.title': 'A Párizsi felhívás kilenc alapelve',
  unofficialTranslation: 'A paris-call-widgets projekt nem hivatalos fordítása',
};

export default hu;
