package minotaur.cli;

import java.time.Duration;
import minotaur.history.BadInput;
import minotaur.history.DurationText;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Every duration option of every command, read by {@link DurationText} ({@code 200us},
 * {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}; a bare number is refused), its complaint
 * handed to picocli so the option is named with it (exit 3).
 */
public final class DurationConverter implements ITypeConverter<Duration> {
  @Override
  public Duration convert(String text) {
    try {
      return DurationText.parse(text);
    } catch (BadInput e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
