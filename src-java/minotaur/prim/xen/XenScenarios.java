package minotaur.prim.xen;

import java.util.ArrayList;
import java.util.List;
import minotaur.explore.scenario.Check;
import minotaur.explore.scenario.Scenario;
import minotaur.mem.IntCell;
import minotaur.os.EventNotifier;
import minotaur.prim.Variants;

/**
 * Explorer scenarios of the Xen spinlock port (spin count 1, so a busy lock goes to the slow path
 * and blocks in poll at once), one per variant and shape, named {@code xen/<variant>/<shape>}.
 *
 * <ul>
 *   <li>{@code handover}: two CPUs each take the lock once and bump a plain counter inside. At the
 *       end the counter is 2, the lock free, {@code spinners == 0}, {@code lock_spinners} null; a
 *       CPU left blocked in poll is a lost kick.
 *   <li>{@code nested} (variants with nested interrupts): CPU 1 holds A and CPU 2 holds B; CPU 0
 *       then takes A. At CPU 0's first before-poll window an interrupt lets CPU 1 release A
 *       (which kicks CPU 0) and waits for it, lets CPU 2 release B whenever it runs, and takes and
 *       releases B on CPU 0. The choreography (notifiers: blocking hand-offs cost no preemption)
 *       leaves the explorer one preemption to place: CPU 2's release inside the nested slow path.
 * </ul>
 *
 * The byte lock ({@code BEFORE}) spins without blocking, which an exhaustive search cannot bound;
 * it is covered by the stress workload and Lincheck instead.
 */
public final class XenScenarios {
  private XenScenarios() {}

  /** Every scenario of the family. */
  public static List<Scenario> all() {
    List<Scenario> all = new ArrayList<>();
    for (XenVariant v : XenVariant.values()) {
      if (v == XenVariant.BEFORE) continue;
      all.add(handover(v));
      if (v.nestedInterrupts()) all.add(nested(v));
    }
    return all;
  }

  public static Scenario handover(XenVariant v) {
    return new Scenario("xen/" + Variants.cliName(v) + "/handover",
        "Xen spinlock: two CPUs take the lock once each, spin count 1", world -> {
          XenLockCpus cpus = new XenLockCpus(world.memory(), world.os(), 2);
          XenSpinlock lock = new XenSpinlock("a", world.memory(), cpus, v, 1);
          IntCell counter = world.memory().intCell("counter", 0);
          for (int i = 0; i < 2; i++) {
            int cpu = i;
            world.thread("cpu" + cpu, self -> {
              lock.lock(cpu);
              counter.setPlain(counter.getPlain() + 1);
              lock.unlock();
            });
          }
          world.atEnd(() -> {
            Check.that(counter.getPlain() == 2, "counter " + counter.getPlain() + " after 2 sections");
            Check.that(!lock.isLocked(), "lock held at rest");
            Check.that(lock.spinnersAtRest() == 0, "spinners " + lock.spinnersAtRest() + " at rest");
            for (int cpu = 0; cpu < 2; cpu++) {
              Check.that(cpus.lockSpinnersAtRest(cpu) == null, "lock_spinners[" + cpu + "] set at rest");
            }
          });
        });
  }

  public static Scenario nested(XenVariant v) {
    return new Scenario("xen/" + Variants.cliName(v) + "/nested",
        "Xen spinlock: an interrupt on a CPU waiting for A takes B in its own slow path", world -> {
          XenLockCpus cpus = new XenLockCpus(world.memory(), world.os(), 3);
          XenSpinlock a = new XenSpinlock("a", world.memory(), cpus, v, 1);
          XenSpinlock b = new XenSpinlock("b", world.memory(), cpus, v, 1);
          EventNotifier aHeld = world.os().eventNotifier("a-held");
          EventNotifier bHeld = world.os().eventNotifier("b-held");
          EventNotifier aGo = world.os().eventNotifier("a-go");
          EventNotifier aReleased = world.os().eventNotifier("a-released");
          EventNotifier bGo = world.os().eventNotifier("b-go");
          boolean[] fired = {false};
          cpus.setIrqHandler((cpu, window) -> {
            if (cpu == 0 && window.equals("xen.slow.before-poll") && !fired[0]) {
              fired[0] = true;
              aGo.set();
              aReleased.awaitSet();
              bGo.set();
              b.lock(cpu);
              b.unlock();
            }
          });
          world.thread("cpu0", self -> {
            aHeld.awaitSet();
            bHeld.awaitSet();
            a.lock(0);
            a.unlock();
          });
          world.thread("cpu1", self -> {
            a.lock(1);
            aHeld.set();
            aGo.awaitSet();
            a.unlock();
            aReleased.set();
          });
          world.thread("cpu2", self -> {
            b.lock(2);
            bHeld.set();
            bGo.awaitSet();
            b.unlock();
          });
          world.atEnd(() -> {
            Check.that(!a.isLocked() && !b.isLocked(), "a lock held at rest");
            Check.that(a.spinnersAtRest() == 0 && b.spinnersAtRest() == 0, "spinners at rest");
          });
        });
  }
}
