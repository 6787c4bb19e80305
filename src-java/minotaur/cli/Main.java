package minotaur.cli;

/** Entry point of the minotaur command line. */
public final class Main {
  public static void main(String[] args) {
    System.out.println("minotaur");
  }
}
