package minotaur.explore.strategy;

import java.util.Random;

/**
 * Probabilistic concurrency testing (Burckhardt, Kothari, Musuvathi, Nagarakatte, "A randomized
 * scheduler with probabilistic guarantees of finding bugs", ASPLOS 2010). Each run gives every
 * schedulable entity a random distinct priority at least {@code depth}, and picks {@code depth-1}
 * change points among the first {@code k} steps ({@code k} learned from the longest run so far);
 * at each step the enabled entity of highest priority runs, and at the i-th change point the
 * entity that runs gets priority {@code i}, below every initial one. A bug of depth d in a run of
 * n threads and k steps is found by one run with probability at least 1/(n k^(d-1)).
 *
 * <p>Under TSO each store buffer is an entity of its own, so a high-priority buffer flushes at
 * once (the thread behaves as under SC) and a low-priority one holds its stores back while the
 * other threads run: the store-buffering behaviours PCT should reach.
 */
public final class PctStrategy implements Strategy {
  private static final int ENTITIES = 2 * Choices.MAX_THREADS;

  private final Random random;
  private final int depth;
  private final int runs;
  private final long seed;
  private final int[] priority = new int[ENTITIES];
  private final int[] changePoints;
  private int k = 16;
  private int done;
  private int step;

  public PctStrategy(long seed, int runs, int depth) {
    if (depth < 1) throw new IllegalArgumentException("PCT depth must be at least 1");
    this.seed = seed;
    this.random = new Random(seed);
    this.runs = runs;
    this.depth = depth;
    this.changePoints = new int[depth - 1];
    prepare();
  }

  private void prepare() {
    int[] order = new int[ENTITIES];
    for (int i = 0; i < ENTITIES; i++) order[i] = i;
    for (int i = ENTITIES - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
    for (int i = 0; i < ENTITIES; i++) priority[order[i]] = depth + i;
    for (int i = 0; i < changePoints.length; i++) changePoints[i] = 1 + random.nextInt(k);
    step = 0;
  }

  @Override public int choose(Schedule run, int[] enabled, int count) {
    step++;
    int best = highest(enabled, count);
    for (int i = 0; i < changePoints.length; i++) {
      if (changePoints[i] == step) {
        priority[best] = i + 1;
        best = highest(enabled, count);
      }
    }
    return best;
  }

  private int highest(int[] enabled, int count) {
    int best = enabled[0];
    for (int i = 1; i < count; i++) {
      if (priority[enabled[i]] > priority[best]) best = enabled[i];
    }
    return best;
  }

  @Override public boolean next(int steps) {
    k = Math.max(k, steps);
    done++;
    if (done >= runs) return false;
    prepare();
    return true;
  }

  @Override public boolean complete() {
    return false;
  }

  @Override public double explored() {
    return (double) done / runs;
  }

  @Override public String bound() {
    return "PCT random (depth " + depth + ", seed " + seed + ", " + runs + " runs)";
  }
}
