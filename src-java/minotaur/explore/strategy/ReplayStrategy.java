package minotaur.explore.strategy;

/** Follows a recorded schedule exactly; any mismatch means the token is not for this scenario. */
public final class ReplayStrategy implements Strategy {
  private final int[] choices;
  private int position;

  public ReplayStrategy(int[] choices) {
    this.choices = choices;
  }

  @Override public int choose(Schedule run, int[] enabled, int count) {
    if (position == choices.length) {
      throw new IllegalArgumentException("replay token ends after " + choices.length
          + " choices but the run goes on: it is not a schedule of " + run.scenarioName());
    }
    int c = choices[position++];
    for (int i = 0; i < count; i++) {
      if (enabled[i] == c) return c;
    }
    throw new IllegalArgumentException("replay token choice " + position + " (" + Choices.name(c)
        + ") is not enabled there: it is not a schedule of " + run.scenarioName());
  }

  /** Whether the whole token was used. */
  public boolean used() {
    return position == choices.length;
  }

  @Override public boolean next(int steps) {
    return false;
  }

  @Override public boolean complete() {
    return false;
  }

  @Override public String bound() {
    return "replay of one schedule";
  }
}
