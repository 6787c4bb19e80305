package minotaur.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import minotaur.history.BadInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaultPlanTest {
  static final String EXAMPLE = """
      ; the plan of the CAS-register mutant
      {:seed 7
       :faults [{:points ["cas.after-read" "xen.*"] :probability 0.25
                 :action :spin :duration [:uniform "1us" "50us"]}
                {:points "os.futex.wait@*" :probability 0.1 :action :spurious-wakeup}
                {:points ["*"], :probability 1/100, :action :yield}
                {:points ["vcpu.?"] :action :pause :duration "5ms"}
                {:points ["aio.notify"] :probability 0.5 :action :park :duration [:exponential 2000]}]}
      """;

  @Test void readsEveryFeatureOfTheFormat() {
    FaultPlan plan = FaultPlan.parse(EXAMPLE, "plan.edn");
    FaultPlan built = FaultPlan.builder().seed(7)
        .spin(0.25, DelayDistribution.uniform(1_000, 50_000), "cas.after-read", "xen.*")
        .spuriousWakeup(0.1, "os.futex.wait@*")
        .yield(0.01, "*")
        .pause(1.0, DelayDistribution.fixed(5_000_000), "vcpu.?")
        .park(0.5, DelayDistribution.exponential(2000), "aio.notify")
        .build();
    assertEquals(built, plan);
    assertTrue(plan.rules().get(0).matches("xen.unlock.after-store"));
  }

  @Test void printsWhatItReads() {
    FaultPlan plan = FaultPlan.parse(EXAMPLE, "plan.edn");
    assertEquals(plan, FaultPlan.parse(plan.toEdn(), "printed"));
    assertEquals(plan.withSeed(99), FaultPlan.parse(plan.withSeed(99).toEdn(), "printed"));
  }

  @Test void exceptTakesPointsOutOfARule() {
    FaultPlan plan = FaultPlan.parse("{:faults [{:points \"aio.*\" :except [\"aio.poll.*\" \"aio.x\"] :action :yield}]}",
        "plan.edn");
    FaultRule r = plan.rules().get(0);
    assertTrue(r.matches("aio.notify.after-mb"));
    assertFalse(r.matches("aio.poll.before-wait"));
    assertFalse(r.matches("aio.x"));
    assertEquals(plan, FaultPlan.parse(plan.toEdn(), "printed"));
    assertTrue(error("{:faults [{:points \"a\" :except [] :action :yield}]}").startsWith("plan.edn:1: :except must be"));
  }

  @Test void loadsAFileAndDefaultsTheSeed(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("p.edn");
    Files.writeString(f, "{:faults [{:points \"a\" :action :yield}]}");
    FaultPlan plan = FaultPlan.load(f);
    assertEquals(0, plan.seed());
    assertEquals(1.0, plan.rules().get(0).probability());
    BadInput missing = assertThrows(BadInput.class, () -> FaultPlan.load(dir.resolve("none.edn")));
    assertTrue(missing.getMessage().startsWith(dir.resolve("none.edn") + ": cannot read"), missing.getMessage());
  }

  @Test void readsAndPrintsAnOrderingRule() {
    String edn = "{:faults [{:points \"a\" :action :yield}\n"
        + "  {:order [[0 \"xen.unlock.after-store\" 1] [1 \"mem@a.lock\" 2]] :timeout \"20ms\"}]}";
    FaultPlan plan = FaultPlan.parse(edn, "plan.edn");
    OrderRule order = new OrderRule(List.of(new OrderRule.Entry(0, "xen.unlock.after-store", 1),
        new OrderRule.Entry(1, "mem@a.lock", 2)), 20_000_000L);
    assertEquals(FaultPlan.builder().yield(1.0, "a").order(order).build(), plan);
    assertEquals(plan, FaultPlan.parse(plan.toEdn(), "printed"));
    assertEquals(OrderRule.DEFAULT_TIMEOUT_NANOS,
        FaultPlan.parse("{:faults [{:order [[0 \"p\" 1]]}]}", "plan.edn").order().timeoutNanos());
  }

  @Test void oldPointPrefixesReadAsTheFamilyNamesWithOneDeprecationLine() {
    String edn = "{:faults [{:points [\"casreg.*\" \"timer.run.before-lock\"] :except \"rcutorture.read.hold\" :action :yield}\n"
        + "  {:order [[0 \"timer.read.after-head-load\" 1]]}]}";
    List<String> warnings = new ArrayList<>();
    FaultPlan plan = FaultPlanReader.read(edn, "old.edn", warnings::add);
    FaultRule r = plan.rules().get(0);
    assertEquals(List.of(PointPattern.of("cas-register.*"), PointPattern.of("timer-list.run.before-lock")), r.points());
    assertEquals(List.of(PointPattern.of("rcu.torture-read.hold")), r.except());
    assertEquals("timer-list.read.after-head-load", plan.order().entries().get(0).point());
    assertEquals(List.of("minotaur: old.edn: fault point prefix 'casreg.' is deprecated, use 'cas-register.';"
        + " 'rcutorture.' is deprecated, use 'rcu.torture-'; 'timer.' is deprecated, use 'timer-list.'"
        + " (the old prefixes go in the next release)"), warnings);
    FaultPlanReader.read("{:faults [{:points \"timer-list.*\" :action :yield}]}", "new.edn", warnings::add);
    assertEquals(1, warnings.size(), "a plan with current names warns nothing: " + warnings);
  }

  @Test void badOrderingRulesNameTheLine() {
    List<String[]> cases = List.of(
        new String[] {"{:faults [{:order [[0 \"p\"]]}]}", "plan.edn:1: bad :order entry [0 \"p\"]"},
        new String[] {"{:faults [{:order [[0 \"p\" 0]]}]}", "plan.edn:1: :order visit must be >= 1"},
        new String[] {"{:faults [{:order [[-1 \"p\" 1]]}]}", "plan.edn:1: :order process must be >= 0"},
        new String[] {"{:faults [{:order []}]}", "plan.edn:1: :order needs at least one entry"},
        new String[] {"{:faults [{:order [[0 \"p\" 1] [0 \"p\" 1]]}]}", "plan.edn:1: :order lists a visit twice"},
        new String[] {"{:faults [{:order [[0 \"p\" 1]] :points \"a\"}]}", "plan.edn:1: unknown ordering rule key :points"},
        new String[] {"{:faults [{:order [[0 \"p\" 1]]}\n {:order [[1 \"q\" 1]]}]}",
            "plan.edn:2: a fault plan has at most one :order rule"});
    for (String[] c : cases) {
      String msg = error(c[0]);
      assertTrue(msg.startsWith(c[1]), "for " + c[0] + " got: " + msg);
    }
  }

  private static String error(String edn) {
    return assertThrows(BadInput.class, () -> FaultPlan.parse(edn, "plan.edn")).getMessage();
  }

  @Test void badInputNamesFileAndLineInOneLine() {
    List<String[]> cases = List.of(
        new String[] {"[:faults]", "plan.edn:1: a fault plan is one EDN map"},
        new String[] {"{:seed 1\n :fautls []}", "plan.edn:2: unknown key :fautls"},
        new String[] {"{:seed \"x\"}", "plan.edn:1: :seed must be an integer"},
        new String[] {"{:faults\n [{:points [\"a\"] :action :yield}\n  {:points [\"b\"] :action :dely}]}",
            "plan.edn:3: unknown :action :dely"},
        new String[] {"{:faults [{:points [\"a\"] :action :yield :probability 2}]}",
            "plan.edn:1: :probability must be in [0, 1]"},
        new String[] {"{:faults [{:points [\"a\"] :action :spin}]}", "plan.edn:1: :spin needs a :duration"},
        new String[] {"{:faults [{:points [\"a\"] :action :yield :duration 5}]}",
            "plan.edn:1: :yield takes no :duration"},
        new String[] {"{:faults [{:points [] :action :yield}]}", "plan.edn:1: :points must be"},
        new String[] {"{:faults [{:points \"a\" :action :park :duration \"5 days\"}]}",
            "plan.edn:1: bad duration \"5 days\""},
        new String[] {"{:faults [{:points \"a\" :action :park :duration [:uniform 9 1]}]}",
            "plan.edn:1: bad uniform range"},
        new String[] {"{:faults [{:points \"a\" :action :yield :prob 1}]}", "plan.edn:1: unknown rule key :prob"},
        new String[] {"{:faults [{:points \"a\" :action :yield}\n", "plan.edn:2: :faults has no closing ']'"},
        new String[] {"{:faults [{:points \"a\" :action #bad}]}", "plan.edn:1: malformed EDN"},
        new String[] {"{:seed 1} {:seed 2}", "plan.edn:1: text after the plan map"});
    for (String[] c : cases) {
      String msg = error(c[0]);
      assertTrue(msg.startsWith(c[1]), "for " + c[0] + " got: " + msg);
      assertTrue(!msg.contains("\n"), "one line: " + msg);
    }
  }
}
