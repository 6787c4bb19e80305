package minotaur.prim.aio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.lang.Keyword;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import minotaur.gen.Gen;
import minotaur.gen.Generator;
import minotaur.history.Op;
import minotaur.run.RunOptions;
import minotaur.run.RunResult;
import minotaur.run.Runner;
import minotaur.run.WorkloadOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The aio workload on a forced history: a quiet period outlasting the op timeout, as on a starved
 * machine. The runner gives up on the home op waiting with nothing scheduled; its thread stays in
 * the wait for good, its announcement in notify_me. The replacement home thread then runs a
 * scheduled BH, and the quiescence hook schedules one more. The run holds: no lost wakeup (nothing
 * was due when the wait was given up on), and A3 at rest counts the abandoned thread's position.
 */
class AioNotifyWorkloadTest {
  private static final long SEED = 1;
  private static final Keyword NOTIFY_ME = Keyword.intern("notify-me");

  @ParameterizedTest(name = "{0} given up on while idle")
  @CsvSource({"poll, 2", "iterate, 1"})
  void aHomeOpGivenUpWhileIdleLeavesItsAnnouncementAndNoViolation(String idle, long left) throws Exception {
    // Phases: each starts when the previous one's ops have completed; the first cannot complete: with
    // the others idle it is a certain hang, which --keep-going gives up on (the watchdog's give-up).
    Generator gen = Gen.phases(
        Gen.onThreads(t -> t.equals(0), Gen.op(idle, null)),
        Gen.onThreads(t -> t.equals(1), Gen.op("schedule", 1L)),
        Gen.onThreads(t -> t.equals(0), Gen.op("poll", null)));
    Path dir = Path.of(System.getProperty("minotaur.basedir", "."), "target", "wakeup-runs");
    Files.createDirectories(dir);
    Path history = dir.resolve("aio-seed-idle-" + idle + "-" + SEED + ".edn");
    RunOptions o = RunOptions.of(2, SEED, 3).withKeepGoing(true).withHistory(history);
    RunResult r = Runner.run(AioNotifyWorkload.create(new WorkloadOptions("seed", 2, SEED, Map.of("delay-p", "0")), gen), o);
    String where = "seed " + SEED + ", history " + history + ": " + r.toEdn();

    List<Op> givenUp = r.history().stream().filter(op -> op.isInfo() && op.isClient()).toList();
    assertEquals(1, givenUp.size(), where);
    assertEquals(idle, givenUp.get(0).f().getName(), where);
    assertEquals(Keyword.intern("blocked"), givenUp.get(0).get("os-wait"), where);
    assertTrue(r.history().stream().anyMatch(op -> op.isOk() && AioNotifyWorkload.POLL.equals(op.f())
        && List.of(1L).equals(op.value())), "the replacement home thread ran the BH: " + where);
    assertEquals(List.of(left, left), r.context().atRest().valAt(NOTIFY_ME), where);
    assertEquals(Boolean.TRUE, r.valid(), where);
  }
}
