package minotaur.explore.strategy;

import minotaur.explore.graph.Trust;

/** Lets the {@link Trust} exploration pick each step's thread; one run per call of {@link Trust#begin}. */
public final class GraphStrategy implements Strategy {
  private final Trust trust;

  public GraphStrategy(Trust trust) {
    this.trust = trust;
  }

  @Override public int choose(Schedule run, int[] enabled, int count) {
    boolean[] on = new boolean[run.threads()];
    for (int i = 0; i < count; i++) on[Choices.thread(enabled[i])] = true;
    int t = trust.nextThread(on);
    return t < 0 ? -1 : Choices.step(t);
  }

  @Override public boolean next(int steps) {
    return false;
  }

  @Override public boolean complete() {
    return true;
  }

  @Override public String bound() {
    return "every consistent execution graph";
  }
}
