package minotaur.prim.aio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.IPersistentMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import minotaur.check.Verdict;
import minotaur.check.liveness.BlockedAtEnd;
import minotaur.check.liveness.LostWakeupChecker;
import minotaur.cli.Scenarios;
import minotaur.explore.ExploreOptions;
import minotaur.explore.ExploreResult;
import minotaur.explore.Explorer;
import minotaur.explore.Failure;
import minotaur.explore.MemoryModel;
import minotaur.explore.ReplayToken;
import minotaur.explore.scenario.Scenario;
import minotaur.history.Op;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * QEMU's aio_notify Promela models on the AioContext port ({@code minotaur.prim.aio.
 * AioScenarios}), every variant, both home loops, SC and TSO, from the registry.
 *
 * <p>Expected, as Promela says under SC: SEED and BEFORE pass (aio_notify.promela, and the fixed
 * aio_notify_accept.promela); sleep-despite-pending (aio_notify.promela -DBUG), set-only-if-not-
 * notified (aio_notify_accept.promela BUG2) and notify-unconditional-skip lose a wakeup;
 * notified-before-set (BUG1) leaves the notifier set with {@code notified} clear, a busy loop;
 * clear-before-poll loses a wakeup in aio_poll only (the GSource path does not take it). Under
 * TSO the same, plus poll-no-mb (aio_poll shape) and prepare-no-mb (GSource shape): the home
 * thread's store to notify_me waits in its store buffer while it reads the BH flags, and the
 * scheduler reads the old notify_me. Every other fence mutant passes under SC and TSO.
 *
 * <p>Beside them, RA and RC11 (execution graphs, every one) on the one-schedule shapes: BEFORE and
 * notify-no-mb lose a wakeup under both (the seq_cst RMWs of the enqueue are no full fence in
 * C11); SEED holds; the three weakened stores (poll-exit-relaxed, check-exit-relaxed,
 * notified-relaxed-set) hold with exactly SEED's number of executions, which pins why no model
 * shows them (AioFamily: what else orders each store).
 *
 * <p>Default suite: SC exhaustive to 2 preemptions for the failing scenarios, 1 for the passing ones; TSO 2,000 PCT runs (seed 1) for
 * the fence variants. Slow suite: TSO PCT for every scenario, TSO exhaustive to 1 preemption, SC
 * to 3. Each failure prints its replay token and the path of its
 * history (target/wakeup-runs/); a lost wakeup's history, closed as at quiescence, gets the
 * lost-wakeup report naming the schedule whose notify was missed.
 */
class AioScenarioTest {
  private static final Set<String> SC_BUGS = Set.of("notify-unconditional-skip", "sleep-despite-pending",
      "set-only-if-not-notified", "notified-before-set");

  static boolean expectedToFail(String name, MemoryModel model) {
    String[] parts = name.split("/");
    String variant = parts[1];
    boolean gsource = parts[2].endsWith("gsource");
    boolean sc = SC_BUGS.contains(variant) || (variant.equals("clear-before-poll") && !gsource);
    boolean tso = (variant.equals("poll-no-mb") && !gsource) || (variant.equals("prepare-no-mb") && gsource);
    return sc || (model == MemoryModel.TSO && tso);
  }

  private static List<Scenario> scenarios() {
    List<Scenario> aio = Scenarios.all().stream().filter(s -> s.name().startsWith("aio/")).collect(Collectors.toList());
    assertEquals(2 * AioVariant.values().length + 2 * AioScenarios.WEAK.size(), aio.size(),
        "the registry has both shapes of every variant, and the one-schedule shapes of the weak ones");
    return aio;
  }

  private static Stream<DynamicTest> everyScenario(MemoryModel model, ExploreOptions options) {
    List<DynamicTest> tests = new ArrayList<>();
    for (Scenario s : scenarios()) {
      boolean fails = expectedToFail(s.name(), model);
      tests.add(DynamicTest.dynamicTest(s.name() + " " + model + (fails ? " fails" : " passes"),
          () -> check(s, options.withModel(model), fails)));
    }
    return tests.stream();
  }

  /**
   * A failing scenario stops at its first failure, so it gets 2 preemptions; a passing one is
   * explored to 1 here (0.8 s instead of 4 s each) and to 3 in the slow suite.
   */
  @TestFactory
  Stream<DynamicTest> underScBoundedExhaustive() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Scenario s : scenarios()) {
      boolean fails = expectedToFail(s.name(), MemoryModel.SC);
      ExploreOptions options = ExploreOptions.defaults().withModel(MemoryModel.SC).withPreemptionBound(fails ? 2 : 1);
      tests.add(DynamicTest.dynamicTest(s.name() + " SC" + (fails ? " fails" : " passes"),
          () -> check(s, options, fails)));
    }
    return tests.stream();
  }

  /** The variants whose TSO verdict differs from, or could differ from, their SC one: the fences. */
  private static final Set<String> FENCES = Set.of("seed", "before", "notify-no-mb", "poll-no-mb", "prepare-no-mb");

  @TestFactory
  Stream<DynamicTest> fencesUnderTsoPct() {
    return everyScenario(MemoryModel.TSO, ExploreOptions.defaults().withRandom(2_000, 1))
        .filter(t -> FENCES.contains(t.getDisplayName().split("/")[1]));
  }

  @TestFactory
  Stream<DynamicTest> weakVariantsOneScheduleUnderRaAndRc11() {
    List<DynamicTest> tests = new ArrayList<>();
    for (MemoryModel model : new MemoryModel[] {MemoryModel.RA, MemoryModel.RC11}) {
      for (String shape : new String[] {"one-bh", "one-bh-gsource"}) {
        for (AioVariant v : AioScenarios.WEAK) {
          String name = "aio/" + minotaur.prim.Variants.cliName(v) + "/" + shape;
          boolean fails = v == AioVariant.BEFORE || v == AioVariant.NOTIFY_NO_MB;
          ExploreOptions o = ExploreOptions.defaults().withModel(model);
          tests.add(DynamicTest.dynamicTest(name + " " + model + (fails ? " fails" : " passes"), () -> {
            if (fails) {
              check(Scenarios.named(name), o, true);
              return;
            }
            ExploreResult r = Explorer.explore(Scenarios.named(name), o);
            System.out.println(r.summary());
            assertEquals(ExploreResult.Verdict.PASS, r.verdict(), r.summary());
            assertEquals(0, r.duplicates(), r.summary());
            long seed = Explorer.explore(Scenarios.named("aio/seed/" + shape), o).complete();
            assertEquals(seed, r.complete(), "the weakened store admits no execution SEED does not: " + r.summary());
          }));
        }
      }
    }
    return tests.stream();
  }

  @Tag("slow")
  @TestFactory
  Stream<DynamicTest> underTsoPct() {
    return everyScenario(MemoryModel.TSO, ExploreOptions.defaults().withRandom(2_000, 1));
  }

  @Tag("slow")
  @TestFactory
  Stream<DynamicTest> underTsoBoundedExhaustive() {
    return everyScenario(MemoryModel.TSO, ExploreOptions.defaults().withPreemptionBound(1));
  }

  @Tag("slow")
  @TestFactory
  Stream<DynamicTest> underScToThreePreemptions() {
    return everyScenario(MemoryModel.SC, ExploreOptions.defaults().withPreemptionBound(3));
  }

  private static void check(Scenario scenario, ExploreOptions options, boolean fails) throws Exception {
    ExploreResult result = Explorer.explore(scenario, options);
    System.out.println(result.summary());
    assertEquals(fails ? ExploreResult.Verdict.FAIL : ExploreResult.Verdict.PASS, result.verdict(),
        result.summary() + (result.failure() == null ? "" : "\n" + result.failure().report()));
    if (!fails) return;
    Failure failure = result.failure();
    Path history = write(scenario, options.model(), failure.history());
    System.out.println("  replay token: " + failure.token() + "\n  history: " + history);
    if (scenario.name().contains("/notified-before-set/")) {
      assertTrue(failure.message().contains("busy loop") && failure.message().contains("schedule of bh"),
          "names the notify that left the notifier set: " + failure.message());
    } else {
      assertEquals(Failure.Kind.LOST_WAKEUP, failure.kind(), failure.report());
      IPersistentMap report = new LostWakeupChecker(AioNotifyWorkload.WAKEUPS, 0)
          .check(BlockedAtEnd.close(failure.history())).toEdn();
      System.out.println("  " + report);
      assertEquals(Boolean.FALSE, report.valAt(Verdict.VALID), failure.report());
      assertTrue(report.toString().contains(":missed-notify {:type :ok, :f :schedule"),
          "the report names the schedule whose notify was missed: " + report);
    }
    ExploreResult replayed = Explorer.replay(scenario, ReplayToken.parse(failure.token()));
    assertEquals(failure, replayed.failure(), "the token replays the same failure, trace and history");
  }

  private static Path write(Scenario scenario, MemoryModel model, List<Op> history) throws Exception {
    Path dir = Path.of(System.getProperty("minotaur.basedir", "."), "target", "wakeup-runs");
    Files.createDirectories(dir);
    Path file = dir.resolve("explore-" + scenario.name().replace('/', '-') + "-" + model.cliName() + ".edn");
    Files.write(file, history.stream().map(Op::toString).collect(Collectors.toList()));
    return file;
  }
}
