package minotaur.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import minotaur.history.Op;
import minotaur.model.Model;
import minotaur.model.Models;
import org.junit.jupiter.api.Test;

/**
 * The WGL checker agrees with the brute-force checker on thousands of small random histories
 * (2-5 processes, up to 10 calls, with :fail, :info and missing completions) of register,
 * cas-register and mutex; and this comparison does catch a broken checker.
 */
class DifferentialTest {
  static final int SEEDS = 2_000;
  static final int MAX_CALLS = 10;

  /** A checker under comparison: true if linearizable. */
  interface Checker {
    boolean check(Model initial, List<Op> history);
  }

  static final Checker WGL = (m, h) -> {
    CheckResult r = Linearizability.check(m, h, CheckOptions.defaults());
    if (r.isUnknown()) throw new AssertionError("unknown verdict: " + r);
    return r.isValid();
  };

  /**
   * The first seed (from 0) on which {@code a} and {@code b} disagree for {@code model}, with the
   * history printed; null if they agree on all. Counts verdicts in {@code counts} [valid, invalid].
   */
  static String firstDisagreement(String model, Checker a, Checker b, int seeds, int[] counts) {
    for (long seed = 0; seed < seeds; seed++) {
      List<Op> history = RandomHistories.generate(model, seed, MAX_CALLS);
      Model initial = Models.named(model, null);
      boolean va = a.check(initial, history);
      boolean vb = b.check(initial, history);
      counts[vb ? 0 : 1]++;
      if (va != vb) {
        StringBuilder s = new StringBuilder("model " + model + ", seed " + seed + ": "
            + va + " vs brute force " + vb + " on\n");
        for (Op op : history) s.append("  ").append(op).append('\n');
        return s.toString();
      }
    }
    return null;
  }

  private static void agrees(String model) {
    int[] counts = new int[2];
    String disagreement = firstDisagreement(model, WGL, BruteForce::check, SEEDS, counts);
    if (disagreement != null) fail(disagreement);
    // Both verdicts must be well represented, or the comparison proves little.
    System.out.println(model + ": valid/invalid = " + counts[0] + "/" + counts[1]);
    assertTrue(counts[0] > SEEDS / 10 && counts[1] > SEEDS / 20,
        model + ": valid/invalid = " + counts[0] + "/" + counts[1]);
  }

  @Test
  void registerAgreesWithBruteForce() {
    agrees("register");
  }

  @Test
  void casRegisterAgreesWithBruteForce() {
    agrees("cas-register");
  }

  @Test
  void mutexAgreesWithBruteForce() {
    agrees("mutex");
  }

  /** A deliberately broken checker: brute force that ignores real-time order. */
  static boolean ignoringRealTime(Model initial, List<Op> history) {
    PreparedHistory h = PreparedHistory.of(history);
    return anyOrder(h, initial, new boolean[h.n], h.okCount());
  }

  private static boolean anyOrder(PreparedHistory h, Model model, boolean[] placed, int okLeft) {
    if (okLeft == 0) return true;
    for (int c = 0; c < h.n; c++) {
      if (placed[c]) continue;
      Model next = model.step(h.invoke[c]);
      if (next.isInconsistent()) continue;
      placed[c] = true;
      boolean found = anyOrder(h, next, placed, okLeft - (h.ok[c] ? 1 : 0));
      placed[c] = false;
      if (found) return true;
    }
    return false;
  }

  /** A deliberately broken checker: treats crashed calls as if they never happened. */
  static boolean droppingCrashed(Model initial, List<Op> history) {
    List<Op> completed = new java.util.ArrayList<>();
    java.util.Set<Object> crashed = new java.util.HashSet<>();
    for (int i = history.size() - 1; i >= 0; i--) {
      Op op = history.get(i);
      if (op.isInfo()) crashed.add(op.process());
    }
    for (Op op : history) if (!crashed.contains(op.process())) completed.add(op);
    return BruteForce.check(initial, completed);
  }

  @Test
  void catchesACheckerIgnoringRealTimeOrder() {
    for (String model : RandomHistories.MODELS) {
      String found = firstDisagreement(model, DifferentialTest::ignoringRealTime, BruteForce::check, SEEDS, new int[2]);
      assertTrue(found != null, model + ": a checker ignoring real-time order went unnoticed");
      System.out.println("caught the checker ignoring real-time order: " + found.lines().findFirst().get());
    }
  }

  @Test
  void catchesACheckerDroppingCrashedCalls() {
    String found = firstDisagreement("register", DifferentialTest::droppingCrashed, BruteForce::check, SEEDS, new int[2]);
    assertTrue(found != null, "a checker dropping crashed calls went unnoticed");
    System.out.println("caught the checker dropping crashed calls: " + found.lines().findFirst().get());
  }

  @Test
  void generatorIsAPureFunctionOfTheSeed() {
    assertEquals(RandomHistories.generate("cas-register", 42, MAX_CALLS),
        RandomHistories.generate("cas-register", 42, MAX_CALLS));
  }
}
