package minotaur.fault;

import java.util.regex.Pattern;

/**
 * Which fault points a rule applies to: an exact name ({@code "xen.unlock.after-store"}) or a glob
 * where {@code *} matches any run of characters (dots included) and {@code ?} one character, so
 * {@code "xen.*"} is a prefix and {@code "os.*.wait@*"} every OS wait.
 */
public final class PointPattern {
  private final String glob;
  private final Pattern regex; // null for an exact name

  private PointPattern(String glob) {
    this.glob = glob;
    if (glob.indexOf('*') < 0 && glob.indexOf('?') < 0) {
      this.regex = null;
      return;
    }
    StringBuilder re = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (char c : glob.toCharArray()) {
      if (c == '*' || c == '?') {
        if (literal.length() > 0) re.append(Pattern.quote(literal.toString()));
        literal.setLength(0);
        re.append(c == '*' ? ".*" : ".");
      } else {
        literal.append(c);
      }
    }
    if (literal.length() > 0) re.append(Pattern.quote(literal.toString()));
    this.regex = Pattern.compile(re.toString(), Pattern.DOTALL);
  }

  public static PointPattern of(String glob) {
    if (glob.isEmpty()) throw new IllegalArgumentException("empty point pattern");
    return new PointPattern(glob);
  }

  public boolean matches(String point) {
    return regex == null ? glob.equals(point) : regex.matcher(point).matches();
  }

  /** Whether it names one point exactly (no {@code *} or {@code ?}). */
  public boolean exact() {
    return regex == null;
  }

  public String glob() {
    return glob;
  }

  @Override public boolean equals(Object o) {
    return o instanceof PointPattern p && p.glob.equals(glob);
  }

  @Override public int hashCode() {
    return glob.hashCode();
  }

  @Override public String toString() {
    return glob;
  }
}
