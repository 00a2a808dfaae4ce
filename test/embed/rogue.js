// Posts what an embed page posts, from a frame that is not one.
parent.postMessage({ type: 'paris-call:resize', height: 7 }, '*');
parent.postMessage({ type: 'rogue-sent' }, '*');
