package minotaur.prim.xen;

import static org.junit.jupiter.api.Assertions.assertThrows;

import minotaur.mem.Memory;
import minotaur.prim.exclusive.FixtureOs;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Test;

/**
 * Lincheck's model checker on the non-blocking operations (trylock, unlock, is_locked) against a
 * one-bit mutex spec. The seed and FIXED are linearizable; the read-then-store mutant lets two
 * trylocks win, which the spec forbids. (No {@code lock()} here: it may block, see
 * {@link XenLockLincheckTest}.)
 */
class XenTrylockLincheckTest {
  /** The sequential specification: a lock bit. */
  public static final class MutexSpec {
    private boolean locked;

    public boolean trylock() {
      if (locked) return false;
      locked = true;
      return true;
    }

    public void unlock() { locked = false; }

    public boolean isLocked() { return locked; }
  }

  /** The operations under test on one variant. */
  public abstract static class Ops {
    private final XenSpinlock lock;

    Ops(XenVariant variant) {
      XenLockCpus cpus = new XenLockCpus(Memory.jvm(), new FixtureOs(), 2);
      lock = new XenSpinlock("l", Memory.jvm(), cpus, variant, XenSpinlock.SEED_SPIN_COUNT);
    }

    @Operation public boolean trylock() { return lock.trylock(); }

    @Operation public void unlock() { lock.unlock(); }

    @Operation public boolean isLocked() { return lock.isLocked(); }
  }

  public static final class Seed extends Ops {
    public Seed() { super(XenVariant.SEED); }
  }

  public static final class Fixed extends Ops {
    public Fixed() { super(XenVariant.FIXED); }
  }

  public static final class XchgAsStore extends Ops {
    public XchgAsStore() { super(XenVariant.XCHG_AS_STORE); }
  }

  private static ModelCheckingOptions options() {
    return new ModelCheckingOptions().iterations(8).invocationsPerIteration(200).threads(2)
        .actorsPerThread(3).actorsBefore(1).actorsAfter(1).sequentialSpecification(MutexSpec.class);
  }

  @Test
  void seedIsLinearizable() {
    options().check(Seed.class);
  }

  @Test
  void fixedIsLinearizable() {
    options().check(Fixed.class);
  }

  /** Forbidden outcome, found: two trylocks both return true with no unlock between. */
  @Test
  void readThenStoreIsNot() {
    assertThrows(AssertionError.class,
        () -> options().minimizeFailedScenario(false).check(XchgAsStore.class));
  }
}
