package minotaur.prim.rcu;

import java.util.ArrayList;
import java.util.List;
import minotaur.explore.scenario.Scenario;
import minotaur.mem.BoolCell;
import minotaur.mem.RefCell;
import minotaur.prim.Variants;

/**
 * Explorer scenarios of family {@code rcu} (seed 004), named {@code rcu/<variant>/<shape>}.
 *
 * <b>reader-vs-synchronize</b>: a reader enters a critical section, loads the published object
 * and checks, before leaving, that it was not freed; a writer publishes a replacement, calls
 * {@code synchronize_rcu}, then frees the old object. CORRECT passes; SYNC_NO_WAIT and
 * READER_NO_SNAPSHOT free under the reader; UNLOCK_NO_PUBLISH leaves the writer blocked forever
 * once the reader has left (a deadlock).
 */
public final class RcuScenarios {
  private RcuScenarios() {}

  /** The scenarios of family {@code rcu}. */
  public static List<Scenario> all() {
    List<Scenario> all = new ArrayList<>();
    for (RcuVariant v : RcuVariant.values()) all.add(readerVsSynchronize(v));
    return all;
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
