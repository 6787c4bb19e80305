package minotaur.prim.exclusive;

import java.util.ArrayList;
import java.util.List;
import minotaur.explore.scenario.Check;
import minotaur.explore.scenario.Scenario;
import minotaur.explore.scenario.World;
import minotaur.mem.IntCell;
import minotaur.prim.Variants;

/**
 * Explorer scenarios of the exclusive-section port, one per variant and shape, named {@code
 * exclusive/<variant>/<shape>}. Inside its section each thread marks itself with a volatile
 * counter ({@code getAndAdd}, so the marks themselves cannot hide in a store buffer) and checks
 * the other kind is absent (PROPERTIES E1); every thread must finish (E2); at the end {@code
 * pending_cpus == 0} and no {@code has_waiter} (E3).
 *
 * <ul>
 *   <li>{@code exec-vs-exclusive}: one vCPU runs one section while another thread runs one
 *       exclusive section: the store-buffering handshake of the seed.
 *   <li>{@code two-exclusive}: the same plus a second exclusive thread.
 * </ul>
 */
public final class ExclusiveScenarios {
  private ExclusiveScenarios() {}

  /** Every scenario of the family. */
  public static List<Scenario> all() {
    List<Scenario> all = new ArrayList<>();
    for (CpuListVariant v : CpuListVariant.values()) {
      all.add(scenario(v, "exec-vs-exclusive", 1));
      if (v == CpuListVariant.SEED || v == CpuListVariant.BEFORE || v == CpuListVariant.NO_EXCLUSIVE_IDLE) {
        all.add(scenario(v, "two-exclusive", 2));
      }
    }
    return all;
  }

  static Scenario scenario(CpuListVariant v, String shape, int exclusives) {
    return new Scenario("exclusive/" + Variants.cliName(v) + "/" + shape,
        "exclusive sections: one vCPU section against " + exclusives + " exclusive section(s)",
        world -> build(world, v, exclusives));
  }

  private static void build(World world, CpuListVariant v, int exclusives) {
    CpuList list = new CpuList(world.memory(), world.os(), 1, v);
    IntCell running = world.memory().intCell("guest.running", 0);
    IntCell exclusive = world.memory().intCell("guest.exclusive", 0);
    world.thread("cpu0", self -> {
      CpuState cpu = list.cpu(0);
      list.cpuExecStart(cpu);
      running.getAndAdd(1);
      Check.that(exclusive.getVolatile() == 0, "vCPU 0 runs inside an exclusive section");
      running.getAndAdd(-1);
      list.cpuExecEnd(cpu);
    });
    for (int i = 0; i < exclusives; i++) {
      world.thread("exclusive" + i, self -> {
        list.startExclusive();
        int others = exclusive.getAndAdd(1);
        Check.that(others == 0, "two exclusive sections overlap");
        Check.that(running.getVolatile() == 0, "exclusive section while vCPU 0 runs");
        exclusive.getAndAdd(-1);
        list.endExclusive();
      });
    }
    world.atEnd(() -> {
      Check.that(list.pendingCpus() == 0, "pending_cpus " + list.pendingCpus() + " at rest");
      Check.that(!list.cpu(0).hasWaiter(), "has_waiter set at rest");
    });
  }
}
