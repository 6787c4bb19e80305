package minotaur.explore;

/**
 * Unwinds an explored thread whose run has ended (a failure elsewhere, a deadlock, a bound). An
 * Error, so that port code catching exceptions does not swallow it.
 */
final class Abort extends Error {
  static final Abort INSTANCE = new Abort();

  private Abort() {
    super("explored run ended", null, false, false);
  }
}
