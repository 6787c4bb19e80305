package minotaur.fuzz;

import java.util.Iterator;

/**
 * A fuzz campaign as a program, for {@link HeapLimitFuzzTest} to run in a JVM of its own with
 * {@code -Xmx256m}: damaged histories and deep nesting through every history reader, the cases
 * drawn from the same generators as the jqwik properties. Exit 0 when every case ended well; 1,
 * with the failure on stderr, otherwise (an OutOfMemoryError included: the JVM's heap is the
 * limit being tested).
 */
public final class HeapCampaign {
  private HeapCampaign() {}

  public static void main(String[] args) {
    int cases = Integer.parseInt(args[0]);
    try {
      Iterator<String> damaged = Texts.mutated(Texts.history()).sampleStream().iterator();
      Iterator<String> deep = Texts.mutated(Texts.deep()).sampleStream().iterator();
      for (int i = 0; i < cases; i++) {
        HistoryReaderFuzzTest.readEveryWay(i % 10 == 0 ? deep.next() : damaged.next());
      }
      System.out.println(cases + " cases within " + (Runtime.getRuntime().maxMemory() >> 20) + " MB of heap");
      System.exit(0);
    } catch (Throwable t) {
      t.printStackTrace();
      System.exit(1);
    }
  }
}
