package minotaur.cli;

import minotaur.explore.ExploreResult;

/** Exit codes of every minotaur command. */
public final class Exit {
  /** The property holds (history linearizable, no violation found). */
  public static final int HOLDS = 0;
  /** A bug or violation was found. */
  public static final int VIOLATION = 1;
  /** Unknown: a limit (time, memory, exploration bound) was hit before a verdict. */
  public static final int UNKNOWN = 2;
  /** Bad input or usage. */
  public static final int BAD_INPUT = 3;

  private Exit() {}

  /** The exit code of a Knossos-style {@code :valid?} value: true, false or :unknown. */
  public static int of(Object valid) {
    if (Boolean.TRUE.equals(valid)) return HOLDS;
    if (Boolean.FALSE.equals(valid)) return VIOLATION;
    return UNKNOWN;
  }

  /** The exit code of an exploration: pass 0, failure found 1, inconclusive (a bound or limit was hit) 2. */
  public static int of(ExploreResult.Verdict verdict) {
    return switch (verdict) {
      case PASS -> HOLDS;
      case FAIL -> VIOLATION;
      case INCONCLUSIVE -> UNKNOWN;
    };
  }

  /** The worst of two exit codes (bad input > violation > unknown > holds). */
  public static int worst(int a, int b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(int code) {
    switch (code) {
      case HOLDS: return 0;
      case UNKNOWN: return 1;
      case VIOLATION: return 2;
      default: return 3;
    }
  }
}
