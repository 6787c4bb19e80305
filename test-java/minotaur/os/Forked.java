package minotaur.os;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A test thread running one action, with the means to know, without sleeping, that it is blocked
 * in an OS wait ({@link #awaitBlocked()}) and how it ended ({@link #join()}).
 */
final class Forked {
  /** A bound on how long a test waits for something that must happen; exceeding it fails. */
  static final long PATIENCE_SECONDS = 20;

  interface Action {
    void run() throws Exception;
  }

  final Thread thread;
  private final CompletableFuture<WaitRecord> done = new CompletableFuture<>();

  private Forked(String name, Action action) {
    thread = new Thread(() -> {
      try {
        action.run();
        done.complete(OsMonitor.lastWait());
      } catch (Throwable t) {
        done.completeExceptionally(t);
      }
    }, name);
    thread.setDaemon(true);
  }

  static Forked start(String name, Action action) {
    Forked f = new Forked(name, action);
    f.thread.start();
    return f;
  }

  /** Returns once the thread is queued in an OS wait and parked in {@code Object.wait}. */
  BlockedWait awaitBlocked() {
    return awaitBlockedIn(null);
  }

  /** As {@link #awaitBlocked()}, in a wait of {@code kind} ({@code "mutex"}...) if not null. */
  BlockedWait awaitBlockedIn(String kind) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    while (System.nanoTime() < deadline) {
      BlockedWait b = OsMonitor.blockedWait(thread);
      if (b != null && (kind == null || kind.equals(b.kind()))
          && thread.getState() == Thread.State.WAITING) {
        return b;
      }
      if (done.isDone()) fail(thread.getName() + " finished instead of blocking: " + outcome());
      Thread.onSpinWait();
    }
    fail(thread.getName() + " did not block" + (kind == null ? "" : " in a " + kind + " wait")
        + " within " + PATIENCE_SECONDS + "s");
    return null;
  }

  /** Whether the thread is (still) blocked in an OS wait. */
  boolean isBlocked() {
    return OsMonitor.blockedWait(thread) != null;
  }

  boolean isDone() {
    return done.isDone();
  }

  /** The thread's last OS wait when its action returned; rethrows what the action threw. */
  WaitRecord join() throws Throwable {
    try {
      return done.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause();
    } catch (TimeoutException e) {
      fail(thread.getName() + " did not finish within " + PATIENCE_SECONDS + "s, state "
          + thread.getState() + ", " + OsMonitor.blockedWait(thread));
      return null;
    }
  }

  /** The throwable the action ended with (it must end with one). */
  Throwable joinFailure() {
    try {
      WaitRecord r = join();
      fail(thread.getName() + " returned normally, last wait " + r);
      return null;
    } catch (Throwable t) {
      assertNotNull(t);
      return t;
    }
  }

  private String outcome() {
    try {
      return String.valueOf(done.getNow(null));
    } catch (Exception e) {
      return e.toString();
    }
  }
}
