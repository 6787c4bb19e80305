package minotaur.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import minotaur.mem.IntCell;
import minotaur.mem.Memory;
import minotaur.os.Futex;
import minotaur.os.Os;
import minotaur.os.QemuCond;
import minotaur.os.QemuMutex;
import org.junit.jupiter.api.Test;

/**
 * Correct protocols over {@code Os.jvm()} survive a plan that wakes every other wait spuriously
 * and delays every OS call: predicate loops absorb spurious wakeups, and no wakeup is lost.
 */
class FaultyOsTest {
  private static final int ROUNDS = 2_000;

  private static final FaultPlan HOSTILE = FaultPlan.builder().seed(11)
      .spuriousWakeup(0.5, "os.*")
      .spin(0.2, DelayDistribution.uniform(0, 5_000), "os.*")
      .yield(0.2, "os.*")
      .build();

  private static void both(Runnable side0, Runnable side1) throws InterruptedException {
    Thread a = new Thread(() -> {
      Faults.bindProcess(0);
      side0.run();
    });
    Thread b = new Thread(() -> {
      Faults.bindProcess(1);
      side1.run();
    });
    a.setDaemon(true);
    b.setDaemon(true);
    a.start();
    b.start();
    a.join(TimeUnit.SECONDS.toMillis(60));
    b.join(TimeUnit.SECONDS.toMillis(60));
    assertTrue(!a.isAlive() && !b.isAlive(), "a side hung: lost wakeup");
  }

  @Test void condvarPingPong() throws InterruptedException {
    QemuMutex m = Os.jvm().mutex("m");
    QemuCond c = Os.jvm().cond("c");
    int[] turn = {0};
    try (FaultInjector injector = HOSTILE.install()) {
      Runnable[] sides = new Runnable[2];
      for (int p = 0; p < 2; p++) {
        int me = p;
        sides[p] = () -> {
          for (int r = 0; r < ROUNDS; r++) {
            m.lock();
            while (turn[0] % 2 != me) c.await(m);
            turn[0]++;
            c.signal();
            m.unlock();
          }
        };
      }
      both(sides[0], sides[1]);
      assertTrue(injector.log().stream().anyMatch(e -> e.action() == FaultAction.SPURIOUS_WAKEUP));
    }
    assertEquals(2 * ROUNDS, turn[0]);
  }

  /** The spurious wakeups have teeth: waiting with {@code if} instead of {@code while} breaks turns. */
  @Test void anIfInsteadOfAWhileIsCaught() throws InterruptedException {
    QemuMutex m = Os.jvm().mutex("m");
    QemuCond c = Os.jvm().cond("c");
    int[] turn = {0};
    int[] outOfTurn = {0};
    try (FaultInjector injector = HOSTILE.install()) {
      Runnable[] sides = new Runnable[2];
      for (int p = 0; p < 2; p++) {
        int me = p;
        sides[p] = () -> {
          while (true) {
            m.lock();
            try {
              if (turn[0] < 2 * ROUNDS && turn[0] % 2 != me) c.await(m);
              if (turn[0] >= 2 * ROUNDS) return;
              if (turn[0] % 2 != me) outOfTurn[0]++;
              turn[0]++;
            } finally {
              c.signal(); // a side leaving must not strand the other in await
              m.unlock();
            }
          }
        };
      }
      both(sides[0], sides[1]);
    }
    assertTrue(outOfTurn[0] > 0, "no spurious wakeup exposed the if");
  }

  @Test void futexBaton() throws InterruptedException {
    Futex f = Os.jvm().futex("f");
    IntCell word = Memory.jvm().intCell("word", 0);
    try (FaultInjector injector = HOSTILE.install()) {
      Runnable[] sides = new Runnable[2];
      for (int p = 0; p < 2; p++) {
        int me = p;
        sides[p] = () -> {
          for (int r = 0; r < ROUNDS; r++) {
            int v;
            while ((v = word.getAcquire()) % 2 != me) f.await(word, v);
            word.setRelease(v + 1);
            f.wake(word, 1);
          }
        };
      }
      both(sides[0], sides[1]);
      assertTrue(injector.log().stream().anyMatch(e -> e.action() == FaultAction.SPIN));
    }
    assertEquals(2 * ROUNDS, word.getVolatile());
  }
}
