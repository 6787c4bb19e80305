package minotaur.explore.litmus;

import java.util.List;
import java.util.function.Supplier;
import minotaur.explore.scenario.Scenario;
import minotaur.explore.scenario.World;
import minotaur.mem.IntCell;
import minotaur.mem.Memory;

/**
 * The litmus bank of LITMUS.md (Owens, Sarkar, Sewell, "A better x86 memory model: x86-TSO",
 * TPHOLs 2009), every row with its target outcome and its SC and TSO verdicts. All locations start
 * at 0; {@code F} is {@code fullFence}. Results go in a per-run array written by one thread each
 * and read only by the outcome, after the run.
 */
public final class LitmusBank {
  private LitmusBank() {}

  /** Every row of the table, in its order. */
  public static List<Litmus> all() {
    return List.of(
        new Litmus("sb", "x=1; r0=y || y=1; r1=x", "r0=0, r1=0", false, true,
            (w, a) -> storeBuffering(w, a, false, false)),
        new Litmus("sb+f", "x=1; F; r0=y || y=1; F; r1=x", "r0=0, r1=0", false, false,
            (w, a) -> storeBuffering(w, a, true, true)),
        new Litmus("sb+f-one-side", "x=1; F; r0=y || y=1; r1=x", "r0=0, r1=0", false, true,
            (w, a) -> storeBuffering(w, a, true, false)),
        new Litmus("sb+xchg", "getAndSet(x,1); r0=y || getAndSet(y,1); r1=x", "r0=0, r1=0", false, false,
            LitmusBank::storeBufferingXchg),
        new Litmus("sb+volatile", "setVolatile(x,1); r0=getVolatile(y) || mirror", "r0=0, r1=0", false, false,
            LitmusBank::storeBufferingVolatile),
        new Litmus("sb+rel-acq", "setRelease(x,1); r0=getAcquire(y) || mirror", "r0=0, r1=0", false, true,
            LitmusBank::storeBufferingReleaseAcquire),
        new Litmus("mp", "x=1; y=1 || r0=y; r1=x", "r0=1, r1=0", false, false, LitmusBank::messagePassing),
        new Litmus("lb", "r0=x; y=1 || r1=y; x=1", "r0=1, r1=1", false, false, LitmusBank::loadBuffering),
        new Litmus("wrc", "x=1 || r0=x; y=1 || r1=y; r2=x", "r0=1, r1=1, r2=0", false, false,
            LitmusBank::writeToReadCausality),
        new Litmus("iriw", "x=1 || y=1 || r0=x; r1=y || r2=y; r3=x", "r0=1, r1=0, r2=1, r3=0", false, false,
            LitmusBank::independentReadsOfIndependentWrites),
        new Litmus("2+2w", "x=1; y=2 || y=1; x=2", "x=1, y=1", false, false, LitmusBank::twoPlusTwoWrites),
        new Litmus("n6", "x=1; r0=x; r1=y || y=2; x=2", "r0=1, r1=0, x=1", false, true, LitmusBank::n6),
        new Litmus("r", "x=1; y=1 || y=2; r0=x", "r0=0, y=2", false, true, (w, a) -> r(w, a, false)),
        new Litmus("r+f", "x=1; y=1 || y=2; F; r0=x", "r0=0, y=2", false, false, (w, a) -> r(w, a, true)));
  }

  /** The bank as scenarios with plain accesses, for the registry. */
  public static List<Scenario> scenarios() {
    return all().stream().map(l -> l.scenario(Litmus.Access.PLAIN)).toList();
  }

  private static Supplier<String> storeBuffering(World w, Litmus.Access a, boolean fence0, boolean fence1) {
    Memory m = w.memory();
    IntCell x = m.intCell("x", 0);
    IntCell y = m.intCell("y", 0);
    int[] r = new int[2];
    w.thread("t0", self -> {
      a.store(x, 1);
      if (fence0) m.fullFence();
      r[0] = a.load(y);
    });
    w.thread("t1", self -> {
      a.store(y, 1);
      if (fence1) m.fullFence();
      r[1] = a.load(x);
    });
    return () -> "r0=" + r[0] + ", r1=" + r[1];
  }

  private static Supplier<String> storeBufferingXchg(World w, Litmus.Access a) {
    IntCell x = w.memory().intCell("x", 0);
    IntCell y = w.memory().intCell("y", 0);
    int[] r = new int[2];
    w.thread("t0", self -> {
      x.getAndSet(1);
      r[0] = a.load(y);
    });
    w.thread("t1", self -> {
      y.getAndSet(1);
      r[1] = a.load(x);
    });
    return () -> "r0=" + r[0] + ", r1=" + r[1];
  }

  private static Supplier<String> storeBufferingVolatile(World w, Litmus.Access a) {
    IntCell x = w.memory().intCell("x", 0);
    IntCell y = w.memory().intCell("y", 0);
    int[] r = new int[2];
    w.thread("t0", self -> {
      x.setVolatile(1);
      r[0] = y.getVolatile();
    });
    w.thread("t1", self -> {
      y.setVolatile(1);
      r[1] = x.getVolatile();
    });
    return () -> "r0=" + r[0] + ", r1=" + r[1];
  }

  private static Supplier<String> storeBufferingReleaseAcquire(World w, Litmus.Access a) {
    IntCell x = w.memory().intCell("x", 0);
    IntCell y = w.memory().intCell("y", 0);
    int[] r = new int[2];
    w.thread("t0", self -> {
      x.setRelease(1);
      r[0] = y.getAcquire();
    });
    w.thread("t1", self -> {
      y.setRelease(1);
      r[1] = x.getAcquire();
    });
    return () -> "r0=" + r[0] + ", r1=" + r[1];
  }

  private static Supplier<String> messagePassing(World w, Litmus.Access a) {
    IntCell x = w.memory().intCell("x", 0);
    IntCell y = w.memory().intCell("y", 0);
    int[] r = new int[2];
    w.thread("t0", self -> {
      a.store(x, 1);
      a.store(y, 1);
    });
    w.thread("t1", self -> {
      r[0] = a.load(y);
      r[1] = a.load(x);
    });
    return () -> "r0=" + r[0] + ", r1=" + r[1];
  }

  private static Supplier<String> loadBuffering(World w, Litmus.Access a) {
    IntCell x = w.memory().intCell("x", 0);
    IntCell y = w.memory().intCell("y", 0);
    int[] r = new int[2];
    w.thread("t0", self -> {
      r[0] = a.load(x);
      a.store(y, 1);
    });
    w.thread("t1", self -> {
      r[1] = a.load(y);
      a.store(x, 1);
    });
    return () -> "r0=" + r[0] + ", r1=" + r[1];
  }

  private static Supplier<String> writeToReadCausality(World w, Litmus.Access a) {
    IntCell x = w.memory().intCell("x", 0);
    IntCell y = w.memory().intCell("y", 0);
    int[] r = new int[3];
    w.thread("t0", self -> a.store(x, 1));
    w.thread("t1", self -> {
      r[0] = a.load(x);
      a.store(y, 1);
    });
    w.thread("t2", self -> {
      r[1] = a.load(y);
      r[2] = a.load(x);
    });
    return () -> "r0=" + r[0] + ", r1=" + r[1] + ", r2=" + r[2];
  }

  private static Supplier<String> independentReadsOfIndependentWrites(World w, Litmus.Access a) {
    IntCell x = w.memory().intCell("x", 0);
    IntCell y = w.memory().intCell("y", 0);
    int[] r = new int[4];
    w.thread("t0", self -> a.store(x, 1));
    w.thread("t1", self -> a.store(y, 1));
    w.thread("t2", self -> {
      r[0] = a.load(x);
      r[1] = a.load(y);
    });
    w.thread("t3", self -> {
      r[2] = a.load(y);
      r[3] = a.load(x);
    });
    return () -> "r0=" + r[0] + ", r1=" + r[1] + ", r2=" + r[2] + ", r3=" + r[3];
  }

  private static Supplier<String> twoPlusTwoWrites(World w, Litmus.Access a) {
    IntCell x = w.memory().intCell("x", 0);
    IntCell y = w.memory().intCell("y", 0);
    w.thread("t0", self -> {
      a.store(x, 1);
      a.store(y, 2);
    });
    w.thread("t1", self -> {
      a.store(y, 1);
      a.store(x, 2);
    });
    return () -> "x=" + x.getPlain() + ", y=" + y.getPlain();
  }

  private static Supplier<String> n6(World w, Litmus.Access a) {
    IntCell x = w.memory().intCell("x", 0);
    IntCell y = w.memory().intCell("y", 0);
    int[] r = new int[2];
    w.thread("t0", self -> {
      a.store(x, 1);
      r[0] = a.load(x);
      r[1] = a.load(y);
    });
    w.thread("t1", self -> {
      a.store(y, 2);
      a.store(x, 2);
    });
    return () -> "r0=" + r[0] + ", r1=" + r[1] + ", x=" + x.getPlain();
  }

  private static Supplier<String> r(World w, Litmus.Access a, boolean fence) {
    Memory m = w.memory();
    IntCell x = m.intCell("x", 0);
    IntCell y = m.intCell("y", 0);
    int[] r = new int[1];
    w.thread("t0", self -> {
      a.store(x, 1);
      a.store(y, 1);
    });
    w.thread("t1", self -> {
      a.store(y, 2);
      if (fence) m.fullFence();
      r[0] = a.load(x);
    });
    return () -> "r0=" + r[0] + ", y=" + y.getPlain();
  }
}
