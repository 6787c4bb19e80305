package minotaur.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import minotaur.explore.scenario.Scenario;
import minotaur.fault.FaultPlan;
import minotaur.fault.OrderRule;
import minotaur.history.Op;
import minotaur.history.Recorder;

/**
 * Confirms an explorer finding on the real code: the failing schedule's named-point visits
 * ({@link Failure#visits()}) become an ordering plan ({@link OrderRule}: each thread passes those
 * visits in the schedule's order), and the scenario runs that many times on real threads under it
 * ({@link RealRun}). A finding is confirmed by an attempt that fails the same way (same {@link
 * Failure.Kind}; the message may differ, e.g. another assertion of the same run). The plan is
 * written next to the history of the first confirming attempt, so it can be kept and rerun.
 *
 * <p>Limits: the plan orders only what has a name. Between two points each thread runs at full
 * speed on the JVM's memory, so a schedule whose window lies between two points, or needs a store
 * to stay in a store buffer (a TSO finding; HotSpot's reordering cannot be steered), may not
 * reproduce: those are reported as not confirmed, and TSO findings as needing store buffering.
 * A confirmation says the bug is in the Java port as it runs, not only in the explorer's model.
 */
public final class Confirmation {
  public static final int DEFAULT_ATTEMPTS = 20;
  /** How long every thread left must look blocked for good before an attempt counts as hung. */
  static final Duration GRACE = Duration.ofMillis(100);
  /** An attempt whose threads still run after this is undecided (a livelock, or a lost order). */
  static final Duration LIMIT = Duration.ofSeconds(10);
  private static final Duration ORDER_TIMEOUT = Duration.ofMillis(50);

  private Confirmation() {}

  /**
   * What the attempts showed: the finding's kind ({@code expected}, null when rerunning a given
   * plan: then any failure counts), how many attempts failed that way, the history kept (the
   * first confirming attempt's, else the last attempt's) and the plan file beside it.
   */
  public record Result(String scenario, MemoryModel model, Failure.Kind expected, int confirmed, int attempts,
      String seen, int passed, int undecided, int leftOrder, OrderRule.Entry leftAt, Path history, Path plan) {
    public boolean isConfirmed() {
      return confirmed > 0;
    }

    /** One line for a report: {@code confirmed on the JVM in 3 of 20 attempts: ...}. */
    public String line() {
      String files = history == null ? "" : "; history " + history + "; plan " + plan;
      String counts = confirmed + " of " + attempts + " attempts";
      if (expected == null) {
        return (isConfirmed() ? "failed on the JVM in " + counts + ": " + seen : "held on the JVM in " + counts)
            + files;
      }
      if (isConfirmed()) return "confirmed on the JVM in " + counts + ": " + seen + files;
      String others = passed + " passed" + (undecided > 0 ? ", " + undecided + " undecided" : "")
          + (attempts - passed - undecided > 0 ? ", " + (attempts - passed - undecided) + " failed otherwise" : "")
          + (leftOrder > 0 ? "; " + leftOrder + " left the plan's order, first at T" + leftAt.process() + " "
              + leftAt.point() + " visit " + leftAt.visit() : "");
      if (model == null || model == MemoryModel.SC) {
        return "not confirmed on the JVM in " + counts + " (" + others + ")" + files;
      }
      String needs = model == MemoryModel.TSO ? "TSO store buffering" : model.name() + " reordering";
      return "not reproduced on the JVM in " + counts + ": needs " + needs + " (" + others + ")" + files;
    }
  }

  /** The ordering plan of a failing schedule: its named-point visits, in schedule order. */
  public static FaultPlan plan(Failure failure) {
    if (failure.visits().isEmpty()) return FaultPlan.none();
    List<OrderRule.Entry> entries = new ArrayList<>();
    for (PointVisit v : failure.visits()) entries.add(new OrderRule.Entry(v.thread(), v.point(), v.visit()));
    return FaultPlan.builder().order(new OrderRule(entries, ORDER_TIMEOUT.toNanos())).build();
  }

  /**
   * Replays {@code found}'s failure ({@code found.failure()} must be set) on real threads {@code
   * attempts} times; writes the plan and one history under {@code out} (null: writes nothing).
   * {@code scenario} is normally the one explored; another variant's scenario of the same shape
   * asks whether that schedule breaks it too.
   */
  public static Result confirm(Scenario scenario, ExploreResult found, int attempts, Path out) {
    Failure f = found.failure();
    if (f == null) throw new IllegalArgumentException("nothing to confirm: " + found.summary());
    FaultPlan plan = plan(f);
    String comment = "; ordering plan derived from the explorer's failing schedule " + f.token() + "\n";
    return attempt(scenario, found.model(), f.kind(), plan, comment, attempts, out);
  }

  /** Runs {@code scenario} on real threads under a given {@code plan}; any failure counts. */
  public static Result rerun(Scenario scenario, FaultPlan plan, int attempts, Path out) {
    return attempt(scenario, null, null, plan, "", attempts, out);
  }

  private static Result attempt(Scenario scenario, MemoryModel model, Failure.Kind expected, FaultPlan plan,
      String comment, int attempts, Path out) {
    if (attempts < 1) throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
    int confirmed = 0;
    int passed = 0;
    int undecided = 0;
    int leftOrder = 0;
    OrderRule.Entry leftAt = null;
    RealRun.Outcome first = null;
    RealRun.Outcome last = null;
    for (int i = 0; i < attempts; i++) {
      // Interrupted: the caller gave up waiting (minotaur test's budget ran out); stop after the first.
      if (i > 0 && Thread.currentThread().isInterrupted()) break;
      RealRun.Outcome o = RealRun.run(scenario, plan.withSeed(i), GRACE, LIMIT);
      if (o.orderTimeouts() > 0 && leftOrder++ == 0) leftAt = o.firstSkipped();
      boolean confirms = o.failed() && (expected == null || o.kind() == expected);
      if (confirms) confirmed++;
      else if (o.undecided()) undecided++;
      else if (!o.failed()) passed++;
      if (confirms && first == null) first = o;
      last = o;
    }
    RealRun.Outcome kept = first != null ? first : last;
    String seen = kept.failed() ? kept.kind().name().toLowerCase().replace('_', ' ') + ": " + kept.message()
        : kept.undecided() ? kept.message() : "passed";
    if (out == null) {
      return new Result(scenario.name(), model, expected, confirmed, attempts, seen, passed, undecided, leftOrder,
          leftAt, null, null);
    }
    String base = scenario.name().replaceAll("[^A-Za-z0-9+_-]", "_") + (model == null ? "" : "-" + model.cliName())
        + "-confirm-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
    Path history = out.resolve(base + ".edn");
    Path planFile = out.resolve(base + "-plan.edn");
    try (Recorder recorder = Recorder.toFile(history)) {
      for (Op op : kept.history()) recorder.record(op);
    }
    try {
      Files.writeString(planFile, comment + "; rerun: ./minotaur explore " + scenario.name() + " --confirm "
          + attempts + " --plan " + planFile + "\n" + plan.toEdn() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write plan " + planFile, e);
    }
    return new Result(scenario.name(), model, expected, confirmed, attempts, seen, passed, undecided, leftOrder,
        leftAt, history, planFile);
  }
}
