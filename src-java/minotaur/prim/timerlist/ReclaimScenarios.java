package minotaur.prim.timerlist;

import java.util.ArrayList;
import java.util.List;
import minotaur.explore.Check;
import minotaur.explore.Scenario;
import minotaur.prim.Variants;
import minotaur.prim.rcu.Rcu;
import minotaur.prim.rcu.RcuVariant;

/**
 * Explorer scenarios of family {@code timer-list} (seed 004), named {@code timer-list/<variant>/...}
 * (RCU's own are {@code minotaur.prim.rcu.RcuScenarios}).
 *
 * <p><b>reader-vs-free</b>: a writer arms a timer and frees it ({@code timer_mod_ns}, {@code
 * timer_free}) while a reader calls {@code timerlist_expired}; for the variants that free through {@code call_rcu} a
 * third thread is the call_rcu thread, running one batch. Holds iff no read-side critical section
 * dereferenced a freed timer (the heap's check). SEED fails; BEFORE and FIXED pass.
 */
public final class ReclaimScenarios {
  private ReclaimScenarios() {}

  /** The scenarios of family {@code timer-list}. */
  public static List<Scenario> timerList() {
    List<Scenario> all = new ArrayList<>();
    for (TimerVariant v : List.of(TimerVariant.SEED, TimerVariant.BEFORE, TimerVariant.FIXED)) {
      all.add(readerVsFree(v));
    }
    return all;
  }

  public static Scenario readerVsFree(TimerVariant variant) {
    return new Scenario("timer-list/" + Variants.cliName(variant) + "/reader-vs-free",
        "timer list: timerlist_expired against timer_free of the head", world -> {
      Rcu rcu = new Rcu(world.memory(), world.os(), RcuVariant.CORRECT);
      TimerHeap heap = new TimerHeap(world.memory());
      TimerList list = new TimerList(variant, world.memory(), world.os(), () -> 10, rcu, heap, null);
      QemuTimer timer = list.timerNew(opaque -> { }, 1L);
      world.thread("reader", self -> {
        rcu.registerThread();
        list.timerlistExpired();
      });
      world.thread("writer", self -> {
        list.timerModNs(timer, 5);
        list.timerFree(timer);
      });
      if (variant.freesAfterGracePeriod()) {
        world.thread("call_rcu", self -> {
          rcu.registerThread();
          rcu.callbacks().runBatch();
        });
      }
      world.atEnd(() -> Check.that(heap.violations().isEmpty(), "use-after-free: " + heap.violations()));
    });
  }
}
