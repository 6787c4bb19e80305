package minotaur.explore;

/** Follows a recorded schedule exactly; any mismatch means the token is not for this scenario. */
final class ReplayStrategy implements Strategy {
  private final int[] choices;
  private int position;

  ReplayStrategy(int[] choices) {
    this.choices = choices;
  }

  @Override public int choose(Run run, int[] enabled, int count) {
    if (position == choices.length) {
      throw new IllegalArgumentException("replay token ends after " + choices.length
          + " choices but the run goes on: it is not a schedule of " + run.scenario);
    }
    int c = choices[position++];
    for (int i = 0; i < count; i++) {
      if (enabled[i] == c) return c;
    }
    throw new IllegalArgumentException("replay token choice " + position + " (" + Choices.name(c)
        + ") is not enabled there: it is not a schedule of " + run.scenario);
  }

  /** Whether the whole token was used. */
  boolean used() {
    return position == choices.length;
  }

  @Override public boolean next(Run.Result last, int steps) {
    return false;
  }

  @Override public boolean complete() {
    return false;
  }

  @Override public String bound() {
    return "replay of one schedule";
  }
}
