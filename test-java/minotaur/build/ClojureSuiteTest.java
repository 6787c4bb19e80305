package minotaur.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.java.api.Clojure;
import clojure.lang.IFn;
import clojure.lang.Keyword;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs every clojure.test namespace in test-clj/ inside `mvn test`, failing on any failure or error. */
class ClojureSuiteTest {
  @Test
  void allClojureSuitesPass() {
    Clojure.var("clojure.core", "require").invoke(Clojure.read("minotaur.test-runner"));
    IFn runAll = Clojure.var("minotaur.test-runner", "run-all");
    Map<?, ?> summary = (Map<?, ?>) runAll.invoke();
    long tests = ((Number) summary.get(Keyword.intern("test"))).longValue();
    long fail = ((Number) summary.get(Keyword.intern("fail"))).longValue();
    long error = ((Number) summary.get(Keyword.intern("error"))).longValue();
    System.out.printf("clojure.test: %d tests, %d failures, %d errors%n", tests, fail, error);
    assertTrue(tests > 0, "no clojure.test tests found under test-clj/");
    assertEquals(0, fail + error, "clojure.test failures or errors (see output above)");
  }
}
