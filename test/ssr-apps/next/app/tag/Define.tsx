'use client';
// Defines <paris-call-counter> in the browser (and must be harmless to import on the server).
import 'paris-call-widgets/counter.js';

export default function Define() {
  return null;
}
