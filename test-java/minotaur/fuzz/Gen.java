package minotaur.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The random choices of one fuzz case, all drawn from one {@link SplittableRandom} seeded by the
 * campaign's seed and the case's number ({@link Campaign}), so a case is replayed from those two
 * numbers alone.
 */
final class Gen {
  private final SplittableRandom random;

  Gen(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A number in [lo, hi], both included. */
  int between(int lo, int hi) {
    return random.nextInt(lo, hi + 1);
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** Any long, for huge and negative numbers. */
  long anyLong() {
    return random.nextLong();
  }

  @SafeVarargs
  final <T> T oneOf(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  <T> T oneOf(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** Up to {@code most} items, each from {@code item}. */
  <T> List<T> listOf(int most, Supplier<T> item) {
    int n = between(0, most);
    List<T> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) items.add(item.get());
    return items;
  }
}
