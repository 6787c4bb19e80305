package minotaur.test;

/**
 * Told by {@link Tester} as each check starts, for a progress display: the technique, the memory
 * model ({@link TestVerdict#REAL} for stress runs) and the scenario or stress seed. Called on the
 * tester's thread; it must return quickly.
 */
@FunctionalInterface
public interface CheckListener {
  CheckListener NONE = (technique, model, target) -> { };

  void checking(Technique technique, String model, String target);
}
