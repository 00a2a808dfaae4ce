// The whole library (every element defined), to compare bytes with vite-counter.
import 'paris-call-widgets';
