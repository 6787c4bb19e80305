package minotaur.prim.exclusive;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import minotaur.os.Abandoned;

/** A named test thread running one action; rethrows its failure on {@link #join()}. */
public final class Actor {
  private final Thread thread;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private volatile boolean abandoned;

  private Actor(String name, Runnable action) {
    thread = new Thread(() -> {
      try {
        action.run();
      } catch (Abandoned a) {
        abandoned = true;
      } catch (Throwable t) {
        failure.set(t);
      }
    }, name);
    thread.setDaemon(true);
  }

  public static Actor start(String name, Runnable action) {
    Actor a = new Actor(name, action);
    a.thread.start();
    return a;
  }

  /** Waits for the action to finish (bounded, so a protocol bug fails the test instead of hanging it). */
  public void join() throws InterruptedException {
    thread.join(TimeUnit.SECONDS.toMillis(20));
    if (thread.isAlive()) throw new AssertionError(thread.getName() + " did not finish");
    Throwable t = failure.get();
    if (t != null) throw new AssertionError(thread.getName() + " failed", t);
  }

  public boolean isDone() { return !thread.isAlive(); }

  /** Interrupts a thread stuck in a blocking OS call and waits until it has given up. */
  public void abandon() throws InterruptedException {
    thread.interrupt();
    thread.join(TimeUnit.SECONDS.toMillis(20));
    if (thread.isAlive()) throw new AssertionError(thread.getName() + " ignored its interrupt");
  }

  public boolean wasAbandoned() { return abandoned; }
}
