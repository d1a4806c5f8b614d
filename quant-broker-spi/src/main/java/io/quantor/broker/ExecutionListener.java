package io.quantor.broker;

/**
 * Receives a broker's execution events. A broker calls its listeners in event order, one event at a time
 * per broker (never concurrently), on a thread of its choosing: a listener must be quick and must not call
 * back into the broker in a way that waits for another event. An exception thrown by a listener is logged
 * by the broker and does not stop delivery to the others.
 */
@FunctionalInterface
public interface ExecutionListener {

  /**
   * Called once per event.
   *
   * @param event the event
   */
  void onEvent(ExecutionEvent event);
}
