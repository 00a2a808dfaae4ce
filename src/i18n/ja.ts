import type { Strings } from './en.js';

/** Japanese interface strings. */
const ja: Strings = {
  callName: 'サイバー空間における信頼と安全のためのパリ・コール',
  loading: 'パリ・コールのデータを読み込んでいます…',
  'error.title': 'パリ・コールのデータを表示できませんでした。',
  'error.network': 'データにアクセスできませんでした（ネットワークエラー）。',
  'error.timeout': 'データの取得がタイムアウトしました。',
  'error.http': 'データサーバーがエラーを返しました。',
  'error.parse': 'データファイルが破損しています。',
  'error.schema': 'データファイルの形式が想定と異なります。',
  'error.version': 'このデータファイルは、このウィジェットの新しいバージョン向けです。',
  'error.not-found': '該当する項目がパリ・コールのデータにありません。',
  retry: '再試行',
  asOf: '{date}時点',
  officialList: '賛同者の公式リスト',
  'counter.label': 'パリ・コールの賛同者',
  'category.all': 'すべての賛同者',
  'category.state': '国家',
  'category.public-authority': '公的機関・地方自治体',
  'category.civil-society': '市民社会',
  'category.private-sector': '民間セクター',
  'category.uncategorized': 'その他の賛同者',
  'principle.number': '原則{number}',
  'principles.title': 'パリ・コールの9つの原則',
  unofficialTranslation: 'paris-call-widgetsプロジェクトによる非公式訳',
};

export default ja;
