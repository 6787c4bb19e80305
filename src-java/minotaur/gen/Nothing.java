package minotaur.gen;

/** The exhausted generator. */
final class Nothing implements Generator {
  static final Nothing INSTANCE = new Nothing();

  private Nothing() {}

  @Override
  public Next op(Context ctx) {
    return Next.exhausted();
  }
}
