package minotaur.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The history readers' fuzz campaign in a JVM with a real 256 MB heap ({@link HeapCampaign}):
 * the in-process properties bound each case's allocation, this proves the bound on the heap a
 * small machine gives the CLI.
 */
class HeapLimitFuzzTest {
  static void campaign(int cases) throws Exception {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process p = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp", cp, HeapCampaign.class.getName(),
        String.valueOf(cases))).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean done = p.waitFor(5, TimeUnit.MINUTES);
    if (!done) p.destroyForcibly();
    System.out.print(out);
    assertEquals(0, done ? p.exitValue() : -1, out);
  }

  @Test
  void historiesAt256MegabytesOfHeap() throws Exception {
    campaign(1500);
  }

  @Tag("slow")
  @Test
  void historiesAt256MegabytesOfHeapLong() throws Exception {
    campaign(50_000);
  }
}
