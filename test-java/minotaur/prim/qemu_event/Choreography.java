package minotaur.prim.qemu_event;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import minotaur.fault.FaultPointHandler;
import minotaur.fault.Faults;
import minotaur.os.Abandoned;

/**
 * Forces one interleaving through fault points: {@link #pauseAt} parks the named thread the
 * first time it reaches a point until the test {@link #release}s it, so a test can run the other
 * threads' steps in between. Points not registered for the calling thread pass through.
 */
public final class Choreography implements FaultPointHandler, AutoCloseable {
  private final Map<String, CountDownLatch> arrived = new ConcurrentHashMap<>();
  private final Map<String, CountDownLatch> released = new ConcurrentHashMap<>();

  public Choreography() {
    Faults.install(this);
  }

  private static String key(String thread, String point) {
    return thread + "@" + point;
  }

  /** Thread {@code thread} stops at {@code point} (first time only) until released. */
  public Choreography pauseAt(String thread, String point) {
    arrived.put(key(thread, point), new CountDownLatch(1));
    released.put(key(thread, point), new CountDownLatch(1));
    return this;
  }

  /** Waits (bounded) until {@code thread} is parked at {@code point}. */
  public void awaitArrival(String thread, String point) throws InterruptedException {
    if (!arrived.get(key(thread, point)).await(10, TimeUnit.SECONDS)) {
      throw new AssertionError(thread + " never reached " + point);
    }
  }

  public void release(String thread, String point) {
    released.get(key(thread, point)).countDown();
  }

  @Override
  public void at(String point) {
    String k = key(Thread.currentThread().getName(), point);
    CountDownLatch here = arrived.get(k);
    if (here == null || here.getCount() == 0) return;
    here.countDown();
    try {
      released.get(k).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Starts {@code body} on a daemon thread named {@code name}. */
  public static Thread start(String name, Runnable body) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    t.setUncaughtExceptionHandler((th, e) -> {
      if (!(e instanceof Abandoned)) e.printStackTrace();
    });
    t.start();
    return t;
  }

  /**
   * Waits (bounded) until {@code t} is blocked in a monitor wait, i.e. asleep in an OS call of
   * {@link MonitorOs} (a thread parked at a fault point has a blocker; a monitor wait has none).
   */
  public static void awaitBlocked(Thread t) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (t.getState() != Thread.State.WAITING || LockSupport.getBlocker(t) != null) {
      if (!t.isAlive()) throw new AssertionError(t.getName() + " finished instead of blocking");
      if (System.nanoTime() > deadline) throw new AssertionError(t.getName() + " never blocked");
      Thread.onSpinWait();
    }
  }

  @Override
  public void close() {
    Faults.clear();
    released.values().forEach(CountDownLatch::countDown);
  }
}
