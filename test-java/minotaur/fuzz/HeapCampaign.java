package minotaur.fuzz;

import java.nio.file.Path;

/**
 * A fuzz campaign as a program, for {@link HeapLimitFuzzTest} to run in a JVM of its own with
 * {@code -Xmx256m}: damaged and deeply nested histories through every history reader and check
 * path, and damaged fault plans and litmus files, drawn from the same generators as the in-process
 * campaigns. Arguments: seed, cases. Exit 0 when every case ended well; 1, with the failure (its
 * seed and case) on stderr, otherwise (an OutOfMemoryError included: the JVM's heap is the limit
 * being tested).
 */
public final class HeapCampaign {
  private HeapCampaign() {}

  public static void main(String[] args) {
    long seed = Long.parseLong(args[0]);
    int cases = Integer.parseInt(args[1]);
    try {
      Path dir = Scratch.create();
      Campaign.run("HeapLimitFuzzTest", seed, cases, g -> {
        switch (g.between(0, 19)) {
          case 0, 1 -> HistoryFuzzTest.readEveryWay(g, EdnTexts.damagedDeep(g), dir);
          case 2 -> InputsFuzzTest.faultPlan(PlanTexts.damaged(g));
          case 3 -> InputsFuzzTest.litmus(g, LitmusTexts.damaged(g), dir);
          default -> HistoryFuzzTest.readEveryWay(g, EdnTexts.damaged(g), dir);
        }
      });
      Scratch.delete(dir);
      System.out.println(cases + " cases within " + (Runtime.getRuntime().maxMemory() >> 20) + " MB of heap");
      System.exit(0);
    } catch (Throwable t) {
      t.printStackTrace();
      System.exit(1);
    }
  }
}
