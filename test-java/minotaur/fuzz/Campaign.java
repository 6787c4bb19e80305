package minotaur.fuzz;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A seeded fuzz campaign: case {@code k} of the campaign named {@code name} draws every choice
 * from {@code new Gen(caseSeed(seed, name, k))}, so the seed and the case number printed with a
 * failure replay that one case: {@code -Dminotaur.fuzz.seed=S -Dminotaur.fuzz.case=K}.
 * {@code -Dminotaur.fuzz.cases=N} runs N cases instead of the test's own count (to extend a
 * campaign), {@code -Dminotaur.fuzz.seed=S} another seed. The default suite's campaigns use a
 * fixed seed, so the suite is deterministic; the slow ones a fresh seed each run, printed, so
 * each run reaches new cases.
 *
 * <p>Each case runs on one worker thread with a 4 MB stack, the stack {@code ./minotaur} gives
 * the CLI ({@code -Xss4m}), and fails if it takes longer than {@link #TIME_LIMIT_MS} (a hang);
 * {@link Outcome} bounds each reader's allocation.
 */
final class Campaign {
  static final String SEED = "minotaur.fuzz.seed";
  static final String CASES = "minotaur.fuzz.cases";
  static final String CASE = "minotaur.fuzz.case";
  static final long DEFAULT_SEED = 20261207L;
  static final long TIME_LIMIT_MS = 10_000;
  /** The case thread; replaced when a case hangs in it. */
  private static ExecutorService worker = newWorker();

  /** One case: inputs drawn from {@code g}, each reader's end judged by {@link Outcome}. */
  interface Body {
    void run(Gen g) throws Exception;
  }

  private Campaign() {}

  /** The default suite's campaign: the fixed seed unless one is given. Returns the cases run. */
  static int bounded(String name, int cases, Body body) {
    return run(name, Long.getLong(SEED, DEFAULT_SEED), Integer.getInteger(CASES, cases), body);
  }

  /** The slow suite's campaign: a fresh seed unless one is given. Returns the cases run. */
  static int fresh(String name, int cases, Body body) {
    return run(name, Long.getLong(SEED, System.nanoTime()), Integer.getInteger(CASES, cases), body);
  }

  /** Runs cases 0..cases-1 (or only {@code -Dminotaur.fuzz.case}); the first failure ends it. */
  static int run(String name, long seed, int cases, Body body) {
    Integer only = Integer.getInteger(CASE);
    int first = only == null ? 0 : only;
    int end = only == null ? cases : only + 1;
    System.out.printf("fuzz %s: seed %d, cases %d..%d%n", name, seed, first, end - 1);
    for (int k = first; k < end; k++) {
      Throwable failure = runCase(body, new Gen(caseSeed(seed, name, k)));
      if (failure != null) {
        throw new AssertionError("fuzz " + name + " seed " + seed + " case " + k + " (replay: mvn test -Dtest='"
            + name + "' -D" + SEED + "=" + seed + " -D" + CASE + "=" + k + "): " + failure.getMessage(), failure);
      }
    }
    return end - first;
  }

  /** Each case's own seed; SplittableRandom mixes it further. */
  static long caseSeed(long seed, String name, int k) {
    return seed * 0x9E3779B97F4A7C15L + name.hashCode() * 0xBF58476D1CE4E5B9L + k;
  }

  /** Null if the case passed, else why not. */
  private static Throwable runCase(Body body, Gen g) {
    Future<Throwable> f = worker.submit(() -> {
      try {
        body.run(g);
        return null;
      } catch (Throwable t) {
        return t;
      }
    });
    try {
      return f.get(TIME_LIMIT_MS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      worker = newWorker();
      return new AssertionError("hung (over " + TIME_LIMIT_MS + " ms) in " + Outcome.running);
    } catch (InterruptedException | ExecutionException e) {
      return e;
    }
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(null, r, "fuzz-case", 4L << 20);
      t.setDaemon(true);
      return t;
    });
  }
}
