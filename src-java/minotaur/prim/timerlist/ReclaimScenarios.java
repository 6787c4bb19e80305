package minotaur.prim.timerlist;

import java.util.ArrayList;
import java.util.List;
import minotaur.explore.Check;
import minotaur.explore.Scenario;
import minotaur.mem.BoolCell;
import minotaur.mem.RefCell;
import minotaur.prim.Variants;
import minotaur.prim.rcu.Rcu;
import minotaur.prim.rcu.RcuVariant;

/**
 * Explorer scenarios of the reclamation family (seed 004), named {@code timer-list/<variant>/...}
 * and {@code rcu/<variant>/...}.
 *
 * <p><b>reader-vs-free</b>: a writer arms a timer and frees it ({@code timer_mod_ns}, {@code
 * timer_free}) while a reader calls {@code timerlist_expired}; for the variants that free through {@code call_rcu} a
 * third thread is the call_rcu thread, running one batch. Holds iff no read-side critical section
 * dereferenced a freed timer (the heap's check). SEED fails; BEFORE and FIXED pass.
 *
 * <p><b>reader-vs-synchronize</b>: a reader enters a critical section, loads the published object
 * and checks, before leaving, that it was not freed; a writer publishes a replacement, calls
 * {@code synchronize_rcu}, then frees the old object. CORRECT passes; SYNC_NO_WAIT and
 * READER_NO_SNAPSHOT free under the reader; UNLOCK_NO_PUBLISH leaves the writer blocked forever
 * once the reader has left (a deadlock).
 */
public final class ReclaimScenarios {
  private ReclaimScenarios() {}

  public static List<Scenario> all() {
    List<Scenario> all = new ArrayList<>();
    for (TimerVariant v : List.of(TimerVariant.SEED, TimerVariant.BEFORE, TimerVariant.FIXED)) {
      all.add(readerVsFree(v));
    }
    for (RcuVariant v : RcuVariant.values()) all.add(readerVsSynchronize(v));
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

  public static Scenario readerVsSynchronize(RcuVariant variant) {
    return new Scenario("rcu/" + Variants.cliName(variant) + "/reader-vs-synchronize",
        "RCU: a reader holding the old object against synchronize_rcu then free", world -> {
      Rcu rcu = new Rcu(world.memory(), world.os(), variant);
      BoolCell oldFreed = world.memory().boolCell("old.freed", false);
      BoolCell newFreed = world.memory().boolCell("new.freed", false);
      RefCell<BoolCell> ptr = world.memory().refCell("ptr", oldFreed);
      world.thread("reader", self -> {
        rcu.registerThread();
        rcu.readLock();
        BoolCell obj = ptr.getAcquire(); // rcu_dereference
        boolean freed = obj.getOpaque();
        rcu.readUnlock();
        self.check(!freed, "the reader's object was freed inside its critical section");
      });
      world.thread("writer", self -> {
        ptr.setRelease(newFreed); // rcu_assign_pointer
        rcu.synchronizeRcu();
        oldFreed.setOpaque(true); // free(old)
      });
    });
  }
}
