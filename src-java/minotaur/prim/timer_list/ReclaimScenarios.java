package minotaur.prim.timer_list;

import java.util.ArrayList;
import java.util.List;
import minotaur.explore.scenario.Check;
import minotaur.explore.scenario.Scenario;
import minotaur.mem.IntCell;
import minotaur.prim.Variants;
import minotaur.prim.rcu.Rcu;

/**
 * Explorer scenarios of family {@code timer-list} (seed 004), named {@code timer-list/<variant>/...}
 * (RCU's own are {@code minotaur.prim.rcu.RcuScenarios}).
 *
 * <p><b>reader-vs-free</b>: a writer arms a timer and frees it ({@code timer_mod_ns}, {@code
 * timer_free}) while a reader calls {@code timerlist_expired}; for the variants that free through {@code call_rcu} a
 * third thread is the call_rcu thread, running one batch. Holds iff no read-side critical section
 * dereferenced a freed timer (the heap's check). SEED fails; BEFORE and FIXED pass.
 *
 * <p><b>expired-vs-run</b> (T2): a reader arms a timer due at now (10) and asks {@code
 * timerlist_expired} at 10, while {@code timerlist_run_timers} at 10 may fire it. An answer "not
 * expired" is wrong iff the timer was still the head when the reader returned: after the mod the
 * head goes from the timer to NULL at most once, so it was the head, due, throughout the call (a
 * read of the head after the call, coherent with the call's own read). SEED and BEFORE fail (the
 * seed's {@code <}, with no preemption needed); FIXED passes. At the end the timer has fired once
 * or is still pending, never both nor neither.
 *
 * <p><b>publish</b> (T3), for FIXED and PLAIN_PUBLISH: a writer arms a timer due at 5 ({@code
 * timer_mod_ns}: it initialises {@code expire_time}, then links the timer) while a reader at time 0
 * asks {@code timerlist_deadline_ns}. The answer is -1 (no timer seen) or 5; 0 means the reader
 * followed the new head but read its {@code expire_time} from before the initialising store (-1,
 * "not pending"). FIXED links with {@code atomic_rcu_set} (a release, paired with the reader's
 * {@code atomic_rcu_read}) and holds under every model; PLAIN_PUBLISH links with a plain store,
 * which under RC11 is non-atomic: nothing orders the initialisation before it, and the reader sees
 * 0 (with a data race on {@code expire_time}). RA makes every store a release, so it holds there.
 *
 * <p>Under RC11 every variant's {@code timer_del_locked} unlinks with the seed's plain {@code *pt =
 * t->next}, which races with the lockless {@code atomic_rcu_read} of the head: a data race,
 * reported apart (docs/memory-models.md).
 */
public final class ReclaimScenarios {
  private ReclaimScenarios() {}

  /** The scenarios of family {@code timer-list}. */
  public static List<Scenario> timerList() {
    List<Scenario> all = new ArrayList<>();
    for (TimerVariant v : List.of(TimerVariant.SEED, TimerVariant.BEFORE, TimerVariant.FIXED)) {
      all.add(readerVsFree(v));
      all.add(expiredVsRun(v));
    }
    all.add(publish(TimerVariant.FIXED));
    all.add(publish(TimerVariant.PLAIN_PUBLISH));
    return all;
  }

  public static Scenario publish(TimerVariant variant) {
    return new Scenario("timer-list/" + Variants.cliName(variant) + "/publish",
        "timer list: timerlist_deadline_ns(0) against timer_mod_ns publishing a timer due at 5", world -> {
      Rcu rcu = new Rcu(world.memory(), world.os(), TimerListSystem.RCU);
      TimerHeap heap = new TimerHeap(world.memory());
      TimerList list = new TimerList(variant, world.memory(), world.os(), () -> 0, rcu, heap, null);
      QemuTimer timer = list.timerNew(opaque -> { }, 1L);
      world.thread("reader", self -> {
        rcu.registerThread();
        long deadline = list.timerlistDeadlineNs();
        self.check(deadline == -1 || deadline == 5, "T3: timerlist_deadline_ns(0) returned " + deadline
            + ", neither -1 (no timer) nor 5: it found the timer linked but read its expire_time from before"
            + " timer_mod_ns initialised it");
      });
      world.thread("writer", self -> list.timerModNs(timer, 5));
    });
  }

  public static Scenario readerVsFree(TimerVariant variant) {
    return new Scenario("timer-list/" + Variants.cliName(variant) + "/reader-vs-free",
        "timer list: timerlist_expired against timer_free of the head", world -> {
      Rcu rcu = new Rcu(world.memory(), world.os(), TimerListSystem.RCU);
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

  public static Scenario expiredVsRun(TimerVariant variant) {
    return new Scenario("timer-list/" + Variants.cliName(variant) + "/expired-vs-run",
        "timer list: timerlist_expired(now) against timerlist_run_timers(now) firing a timer due now",
        world -> {
      Rcu rcu = new Rcu(world.memory(), world.os(), TimerListSystem.RCU);
      TimerHeap heap = new TimerHeap(world.memory());
      TimerList list = new TimerList(variant, world.memory(), world.os(), () -> 10, rcu, heap, null);
      IntCell fired = world.memory().intCell("fired", 0);
      QemuTimer timer = list.timerNew(opaque -> fired.setOpaque(fired.getOpaque() + 1), 1L);
      world.thread("reader", self -> {
        rcu.registerThread();
        list.timerModNs(timer, 10);
        boolean expired = list.timerlistExpired();
        self.check(expired || !list.hasTimers(),
            "timerlist_expired(10) returned false while the timer due at 10 was the head throughout (T2)");
      });
      world.thread("runner", self -> {
        rcu.registerThread();
        list.timerlistRunTimers();
      });
      world.atEnd(() -> Check.that(fired.getOpaque() + (list.timerPending(timer) ? 1 : 0) == 1,
          "the timer due at 10 fired " + fired.getOpaque() + " times, pending " + list.timerPending(timer)));
    });
  }

}
