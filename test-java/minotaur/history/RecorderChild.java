package minotaur.history;

import java.nio.file.Path;

/**
 * A recording process for {@link RecorderTest} to kill: records invoke/completion pairs forever
 * and prints each completion's index once {@link Recorder#record} has returned for it.
 */
public final class RecorderChild {
  private RecorderChild() {}

  public static void main(String[] args) {
    Recorder rec = Recorder.toFile(Path.of(args[0]));
    for (long i = 0; ; i++) {
      int p = (int) (i % 4);
      rec.record(Op.invoke(p, "write", i).withTime(System.nanoTime()));
      Op done = rec.record(Op.ok(p, "write", i).with("error", "x".repeat((int) (i % 300))));
      System.out.println(done.index());
      System.out.flush();
    }
  }
}
