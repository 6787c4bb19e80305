package minotaur.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clojure.java.api.Clojure;
import clojure.lang.IFn;
import clojure.lang.Keyword;
import clojure.lang.PersistentVector;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Proves deps.edn without the Clojure CLI (not installable here): computes its basis with
 * tools.deps for the :test alias, as `clojure -M:test` would, then runs that alias's main on the
 * basis's classpath in a fresh JVM. All :test dependencies resolve from Maven Central.
 */
class DepsEdnTest {
  @Test
  void testAliasResolvesAndItsSuitesPass() throws Exception {
    Path base = Path.of(System.getProperty("minotaur.basedir", ".")).toAbsolutePath();
    IFn require = Clojure.var("clojure.core", "require");
    require.invoke(Clojure.read("clojure.tools.deps"));
    IFn createBasis = Clojure.var("clojure.tools.deps", "create-basis");
    Object opts = Clojure.read("{:user nil :aliases [:test]}");
    opts = ((clojure.lang.Associative) opts).assoc(Keyword.intern("project"),
        base.resolve("deps.edn").toString());
    Map<?, ?> basis = (Map<?, ?>) createBasis.invoke(opts);

    Map<?, ?> argmap = (Map<?, ?>) basis.get(Keyword.intern("argmap"));
    assertEquals(PersistentVector.create("-m", "minotaur.test-runner"),
        argmap.get(Keyword.intern("main-opts")), ":test alias main-opts");

    List<String> roots = new ArrayList<>();
    for (Object root : (Iterable<?>) basis.get(Keyword.intern("classpath-roots"))) {
      String r = root.toString();
      roots.add(new File(r).isAbsolute() ? r : base.resolve(r).toString());
    }
    assertTrue(roots.stream().anyMatch(r -> r.contains("clojure-1.12")), "clojure on the classpath: " + roots);
    assertTrue(roots.stream().anyMatch(r -> r.endsWith("test-clj")), "test-clj on the classpath: " + roots);

    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", String.join(File.pathSeparator, roots), "clojure.main", "-m", "minotaur.test-runner"));
    Path log = Files.createTempFile("deps-edn-test", ".log");
    Process p = new ProcessBuilder(cmd).directory(base.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    boolean done = p.waitFor(8, TimeUnit.MINUTES);
    String out = Files.readString(log);
    if (!done) p.destroyForcibly();
    System.out.println(out.lines().filter(l -> l.contains("Ran ") || l.contains("failures"))
        .reduce("clojure -M:test on the deps.edn basis:", (a, b) -> a + "\n  " + b));
    assertTrue(done, "clojure -M:test did not finish:\n" + out);
    assertEquals(0, p.exitValue(), "clojure -M:test failed:\n" + out);
  }
}
