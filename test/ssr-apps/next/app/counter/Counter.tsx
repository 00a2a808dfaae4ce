'use client';
import { ParisCallCounter } from 'paris-call-widgets/react/counter.js';

export default function Counter() {
  return <ParisCallCounter layout="compact" />;
}
