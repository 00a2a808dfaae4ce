// One component entry: only the counter (and what it shares) should ship.
import 'paris-call-widgets/counter.js';
