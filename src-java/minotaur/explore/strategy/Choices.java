package minotaur.explore.strategy;

import minotaur.explore.scenario.World;

/**
 * A choice of the scheduler, as an int: run thread {@code t} one step ({@code 2t}), or flush the
 * oldest entry of thread {@code t}'s store buffer ({@code 2t+1}). Written {@code t} and {@code ft}
 * in traces and replay tokens.
 */
public final class Choices {
  /** Threads per scenario; choices then fit the bits of an int. */
  public static final int MAX_THREADS = World.MAX_THREADS;

  private Choices() {}

  public static int step(int thread) {
    return thread << 1;
  }

  public static int flush(int thread) {
    return (thread << 1) | 1;
  }

  public static int thread(int choice) {
    return choice >> 1;
  }

  public static boolean isFlush(int choice) {
    return (choice & 1) != 0;
  }

  public static String name(int choice) {
    return (isFlush(choice) ? "f" : "") + thread(choice);
  }
}
