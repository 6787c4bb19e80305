package minotaur.prim.cas_register;

import java.util.List;
import minotaur.fault.DelayDistribution;
import minotaur.fault.FaultPlan;
import minotaur.gen.Context;
import minotaur.gen.Gen;
import minotaur.gen.Generator;
import minotaur.history.Op;
import minotaur.mem.Memory;
import minotaur.prim.Variants;
import minotaur.run.Checkers;
import minotaur.run.Client;
import minotaur.run.Workload;
import minotaur.run.WorkloadOption;
import minotaur.run.WorkloadOptions;

/**
 * {@code minotaur run cas-register}: Jepsen's cas-register test against {@link CasRegister}.
 *
 * <p>Clients read, write a random value in 0..4, or CAS between two random values in 0..4, mixed
 * uniformly (few values, so CAS often succeeds and conflicts). The fault plan, {@link #FAULTS},
 * parks half of the CAS calls that reach the point between MUTANT's read and write for 0.2 to 2
 * ms: far longer than an op takes, so the other threads' writes land in the window even on two
 * loaded cores, and the lost update is then read back. The history is checked for
 * linearizability against the cas-register model with initial value 0.
 */
public final class CasRegisterWorkload {
  static final int VALUES = 5;

  /**
   * The default fault plan; {@code minotaur run cas-register --print-faults} prints it as EDN to
   * copy, edit and pass back with {@code --faults}.
   */
  public static final FaultPlan FAULTS = FaultPlan.builder()
      .park(0.5, DelayDistribution.uniform(200_000, 2_000_000), CasRegister.BETWEEN)
      .build();

  /** The family and workload name. */
  public static final String NAME = "cas-register";
  /** The {@code -D} options it knows: none. */
  public static final List<WorkloadOption> OPTIONS = List.of();

  private CasRegisterWorkload() {}

  /** The workload for {@code options} (variant CORRECT or MUTANT, default CORRECT). */
  public static Workload create(WorkloadOptions options) {
    options.requireKnown(NAME, OPTIONS);
    CasRegister.Variant variant = options.variant() == null
        ? CasRegister.Variant.CORRECT : Variants.parse(CasRegister.Variant.class, options.variant());
    CasRegister register = new CasRegister(Memory.jvm(), variant, 0);
    return Workload.builder(NAME, Variants.cliName(variant))
        .clients((thread, process) -> client(register))
        .generator(generator())
        .faults(FAULTS)
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
}
