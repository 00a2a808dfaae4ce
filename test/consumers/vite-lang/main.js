// One per-language single module (every widget, Hungarian + English strings),
// through the package's `./lang/*.js` export: what a Hungarian site bundles.
import 'paris-call-widgets/lang/hu.js';
