package minotaur.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The readers' fuzz campaign in a JVM with a real 256 MB heap ({@link HeapCampaign}): the
 * in-process campaigns bound each case's allocation, this proves the bound on the heap a small
 * machine gives the CLI. The seed and case count follow {@link Campaign}'s properties.
 */
class HeapLimitFuzzTest {
  static void campaign(long seed, int cases, int minutes) throws Exception {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx256m", "-Xss4m", "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-Dminotaur.basedir=" + System.getProperty("minotaur.basedir", ".")));
    if (System.getProperty(Campaign.CASE) != null) command.add("-D" + Campaign.CASE + "=" + System.getProperty(Campaign.CASE));
    command.addAll(List.of("-cp", cp, HeapCampaign.class.getName(), String.valueOf(seed),
        String.valueOf(Integer.getInteger(Campaign.CASES, cases))));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean done = p.waitFor(minutes, TimeUnit.MINUTES);
    if (!done) p.destroyForcibly();
    System.out.print(out);
    assertEquals(0, done ? p.exitValue() : -1, out);
  }

  @Test
  void readersAt256MegabytesOfHeap() throws Exception {
    campaign(Long.getLong(Campaign.SEED, Campaign.DEFAULT_SEED), 2000, 3);
  }

  @Tag("slow")
  @Test
  @Timeout(value = 40, unit = TimeUnit.MINUTES)
  void readersAt256MegabytesOfHeapLong() throws Exception {
    campaign(Long.getLong(Campaign.SEED, System.nanoTime()), 50_000, 35);
  }
}
