import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Page-wide events a widget must hear while it is on the page, and only
 * then: a press anywhere (capture), a key, scrolling anywhere (capture), a
 * resize. Added when the host connects, removed when it disconnects, so a
 * removed widget leaves no listener behind.
 */
export class PageEventsController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private handler: (e: Event) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listen('addEventListener');
  }

  hostDisconnected(): void {
    this.listen('removeEventListener');
  }

  private listen(m: 'addEventListener' | 'removeEventListener'): void {
    document[m]('pointerdown', this.handler, true);
    document[m]('keydown', this.handler);
    window[m]('scroll', this.handler, { capture: true, passive: true } as AddEventListenerOptions);
    window[m]('resize', this.handler, { passive: true } as AddEventListenerOptions);
  }
}
