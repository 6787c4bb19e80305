package minotaur.prim.cas_register;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import minotaur.mem.Memory;
import org.jetbrains.lincheck.datastructures.LongGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Lincheck model-checks the Java CAS register against {@link CasRegisterSpec}, the spec the
 * history checker uses: CORRECT is linearizable; MUTANT's read-then-write CAS is not (two CAS
 * from the same old value both succeed), and Lincheck must find it.
 */
class CasRegisterLincheckTest {
  /** The operations, on a register of a given variant; Lincheck builds a fresh one per scenario. */
  @Param(name = "value", gen = LongGen.class, conf = "0:2")
  abstract static class Operations {
    private final CasRegister register;

    Operations(CasRegister.Variant variant) {
      register = new CasRegister(Memory.jvm(), variant, 0);
    }

    @Operation
    public long read() {
      return register.read();
    }

    @Operation
    public void write(@Param(name = "value") long v) {
      register.write(v);
    }

    @Operation
    public boolean cas(@Param(name = "value") long expected, @Param(name = "value") long next) {
      return register.cas(expected, next);
    }
  }

  public static final class Correct extends Operations {
    public Correct() {
      super(CasRegister.Variant.CORRECT);
    }
  }

  public static final class Mutant extends Operations {
    public Mutant() {
      super(CasRegister.Variant.MUTANT);
    }
  }

  static ModelCheckingOptions small() {
    return new ModelCheckingOptions().iterations(10).invocationsPerIteration(300)
        .threads(2).actorsPerThread(2).actorsBefore(1).actorsAfter(1).sequentialSpecification(CasRegisterSpec.class);
  }

  static ModelCheckingOptions full() {
    return new ModelCheckingOptions().iterations(100).invocationsPerIteration(10_000)
        .threads(3).actorsPerThread(3).actorsBefore(1).actorsAfter(1)
        .sequentialSpecification(CasRegisterSpec.class);
  }

  @Test
  void correctIsLinearizable() {
    small().check(Correct.class);
  }

  @Test
  void mutantIsCaught() {
    // Minimising the failing scenario costs seconds and proves nothing more here.
    AssertionError e = assertThrows(AssertionError.class,
        () -> small().minimizeFailedScenario(false).check(Mutant.class));
    assertTrue(e.getMessage().contains("Invalid execution results") && e.getMessage().contains("cas("), e.getMessage());
  }

  @Tag("slow")
  @Test
  void correctIsLinearizableFullSize() {
    full().check(Correct.class);
  }

  @Tag("slow")
  @Test
  void mutantIsCaughtFullSize() {
    assertThrows(AssertionError.class, () -> full().check(Mutant.class));
  }
}
