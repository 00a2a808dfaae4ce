'use client';
import { ParisCallCounter } from 'paris-call-widgets/react/counter.js';
import { ParisCallPrinciple } from 'paris-call-widgets/react/principle.js';
import { ParisCallBadge } from 'paris-call-widgets/react/badge.js';
import { ParisCallSupporters } from 'paris-call-widgets/react/supporters.js';

export default function Widgets() {
  return (
    <>
      <ParisCallCounter id="counter" category="state" />
      <ParisCallPrinciple id="principle" number={3} />
      <ParisCallBadge id="badge" supporter="access_now-civil-society-USA" />
      <ParisCallSupporters id="list" />
    </>
  );
}
