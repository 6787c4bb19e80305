package minotaur.prim.exclusive;

import java.util.ArrayList;
import java.util.List;
import minotaur.fault.FaultPointHandler;

/**
 * A fault hook that parks a named thread at a named fault point until the test opens the gate, so
 * protocol tests force one exact interleaving (no sleeps). A gate is one-shot: it catches the first
 * time its thread reaches its point after it was armed.
 */
public final class Gates implements FaultPointHandler {
  /** One armed gate. */
  public final class Gate {
    private final String thread;
    private final String point;
    private boolean reached;
    private boolean open;

    private Gate(String thread, String point) {
      this.thread = thread;
      this.point = point;
    }

    /** Blocks the test until the thread is parked at the point. */
    public void awaitReached() throws InterruptedException {
      synchronized (Gates.this) {
        while (!reached) Gates.this.wait();
      }
    }

    /** Lets the parked (or future) thread go on. */
    public void open() {
      synchronized (Gates.this) {
        open = true;
        Gates.this.notifyAll();
      }
    }
  }

  private final List<Gate> armed = new ArrayList<>();

  /** Arms a gate for the thread named {@code thread} at fault point {@code point}. */
  public synchronized Gate arm(String thread, String point) {
    Gate g = new Gate(thread, point);
    armed.add(g);
    return g;
  }

  @Override public void at(String point) {
    String me = Thread.currentThread().getName();
    synchronized (this) {
      for (Gate g : armed) {
        if (!g.reached && g.thread.equals(me) && g.point.equals(point)) {
          g.reached = true;
          notifyAll();
          try {
            while (!g.open) wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return;
        }
      }
    }
  }
}
