/**
 * dist/embed-resize.js: on the host page, sizes every
 * `<iframe data-paris-call>` to the height its embed page reports. A
 * message counts only when it comes from that very iframe (`event.source`),
 * so another frame cannot resize it.
 */
addEventListener('message', (e) => {
  const h = e.data?.type === 'paris-call:resize' && e.data.height;
  if (!(h > 0)) return;
  for (const f of document.querySelectorAll<HTMLIFrameElement>('iframe[data-paris-call]'))
    if (f.contentWindow === e.source) f.style.height = `${Math.min(Math.ceil(h), 20000)}px`;
});
