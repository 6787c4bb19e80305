package minotaur.prim.casreg;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import minotaur.fault.FaultHook;
import minotaur.gen.Context;
import minotaur.gen.Gen;
import minotaur.gen.Generator;
import minotaur.history.Op;
import minotaur.mem.Memory;
import minotaur.prim.Variants;
import minotaur.run.Checkers;
import minotaur.run.Client;
import minotaur.run.Workload;
import minotaur.run.WorkloadOptions;

/**
 * {@code minotaur run cas-register}: Jepsen's cas-register test against {@link CasRegister}.
 *
 * <p>Clients read, write a random value in 0..4, or CAS between two random values in 0..4, mixed
 * uniformly (few values, so CAS often succeeds and conflicts). The fault plan delays, at random,
 * at the point between MUTANT's read and write, where a concurrent update is lost. The history is
 * checked for linearizability against the cas-register model with initial value 0.
 */
public final class CasRegisterWorkload {
  static final int VALUES = 5;

  private CasRegisterWorkload() {}

  /** The workload for {@code options} (variant CORRECT or MUTANT, default CORRECT). */
  public static Workload create(WorkloadOptions options) {
    CasRegister.Variant variant = options.variant() == null
        ? CasRegister.Variant.CORRECT : Variants.parse(CasRegister.Variant.class, options.variant());
    CasRegister register = new CasRegister(Memory.jvm(), variant, 0);
    return Workload.builder("cas-register", Variants.cliName(variant))
        .clients((thread, process) -> client(register))
        .generator(generator())
        .faults(seed -> new BetweenReadAndWriteDelay(seed))
        .checker("linearizable", Checkers.linearizable(CasRegisterSpec.MODEL))
        .build();
  }

  /** Reads, writes and CAS ops, uniformly mixed, values in 0..4. */
  public static Generator generator() {
    return Gen.mix(
        Gen.repeat(Gen.op("read", null)),
        Gen.fn(ctx -> Gen.op("write", value(ctx))),
        Gen.fn(ctx -> Gen.op("cas", List.of(value(ctx), value(ctx)))));
  }

  private static long value(Context ctx) {
    return ctx.random().nextInt(VALUES);
  }

  static Client client(CasRegister register) {
    return op -> switch (op.f().getName()) {
      case "read" -> op.withType(Op.Type.OK).withValue(register.read());
      case "write" -> {
        register.write((Long) op.value());
        yield op.withType(Op.Type.OK);
      }
      case "cas" -> {
        List<?> v = (List<?>) op.value();
        yield op.withType(register.cas((Long) v.get(0), (Long) v.get(1)) ? Op.Type.OK : Op.Type.FAIL);
      }
      default -> throw new IllegalArgumentException("cas-register has no op " + op.f());
    };
  }

  /**
   * Parks for up to 200 µs, with probability 1/2, at {@link CasRegister#BETWEEN}; each thread
   * draws from its own source, seeded from the run's seed and the thread's name (its process),
   * so a seed replays each process's decisions.
   */
  private static final class BetweenReadAndWriteDelay implements FaultHook {
    private final long seed;
    private final ThreadLocal<SplittableRandom> random;

    BetweenReadAndWriteDelay(long seed) {
      this.seed = seed;
      this.random = ThreadLocal.withInitial(
          () -> new SplittableRandom(seed * 31 + Thread.currentThread().getName().hashCode()));
    }

    @Override
    public void at(String point) {
      if (!CasRegister.BETWEEN.equals(point)) return;
      SplittableRandom r = random.get();
      if (r.nextBoolean()) LockSupport.parkNanos(r.nextLong(200_000));
    }

    @Override
    public String toString() {
      return "{:seed " + seed + " :faults [{:points [\"" + CasRegister.BETWEEN
          + "\"] :probability 0.5 :action :park :duration [:uniform 0 \"200us\"]}]}";
    }
  }
}
