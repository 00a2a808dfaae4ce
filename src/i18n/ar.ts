import type { Strings } from './en.js';

/** Arabic interface strings. */
const ar: Strings = {
  callName: 'نداء باريس من أجل الثقة والأمن في الفضاء الإلكتروني',
  loading: 'جارٍ تحميل بيانات نداء باريس…',
  'error.title': 'تعذّر عرض بيانات نداء باريس.',
  'error.network': 'تعذّر الوصول إلى البيانات (خطأ في الشبكة).',
  'error.timeout': 'استغرق وصول البيانات وقتًا أطول من اللازم.',
  'error.http': 'ردّ خادم البيانات برسالة خطأ.',
  'error.parse': 'ملف البيانات تالف.',
  'error.schema': 'ملف البيانات ليس بالتنسيق المتوقع.',
  'error.version': 'ملف البيانات مُعدّ لإصدار أحدث من هذه الأداة.',
  'error.not-found': 'لا يوجد عنصر كهذا في بيانات نداء باريس.',
  retry: 'إعادة المحاولة',
  asOf: 'حتى تاريخ {date}',
  officialList: 'القائمة الرسمية للجهات الداعمة',
  'counter.label': 'الجهات الداعمة لنداء باريس',
  'category.all': 'جميع الجهات الداعمة',
  'category.state': 'الدول',
  'category.public-authority': 'السلطات العامة والحكومات المحلية',
  'category.civil-society': 'المجتمع المدني',
  'category.private-sector': 'القطاع الخاص',
  'category.uncategorized': 'جهات داعمة أخرى',
  'principle.number': 'المبدأ {number}',
  'principles.title': 'مبادئ نداء باريس التسعة',
  unofficialTranslation: 'ترجمة غير رسمية من إعداد مشروع \u2068paris\u2011call\u2011widgets\u2069',
};

export default ar;
