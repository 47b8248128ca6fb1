package org.mtclean;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A typed setting of a rule, such as the number threshold or the untranslated-text policy.
 * Rules declare their options ({@link Rule#options()}); values are set on the
 * {@link Cleaner.Builder}, by key or by name and string value (as a config file does).
 *
 * @param <T> the value type
 */
public final class Option<T> {
  private final String name;
  private final Class<T> type;
  private final T defaultValue;
  private final Function<String, T> parser;
  private final String description;
  private final java.util.function.UnaryOperator<T> check;

  private Option(
      String name, Class<T> type, T defaultValue, Function<String, T> parser, String description) {
    this(name, type, defaultValue, parser, description, v -> v);
  }

  private Option(String name, Class<T> type, T defaultValue, Function<String, T> parser,
      String description, java.util.function.UnaryOperator<T> check) {
    this.check = check;
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
    this.defaultValue = Objects.requireNonNull(defaultValue);
    this.parser = Objects.requireNonNull(parser);
    this.description = Objects.requireNonNull(description);
  }

  public static Option<Boolean> ofBoolean(String name, boolean defaultValue, String description) {
    return new Option<>(name, Boolean.class, defaultValue, Option::parseBoolean, description);
  }

  public static Option<Integer> ofInt(String name, int defaultValue, String description) {
    return ofInt(name, defaultValue, Integer.MIN_VALUE, Integer.MAX_VALUE, description);
  }

  /** A whole-number option whose values must lie in {@code [min, max]}. */
  public static Option<Integer> ofInt(
      String name, int defaultValue, int min, int max, String description) {
    if (defaultValue < min || defaultValue > max) {
      throw new IllegalArgumentException(name + ": default " + defaultValue + " out of range");
    }
    return new Option<>(name, Integer.class, defaultValue, s -> parseInt(s, min, max), description,
        v -> v >= min && v <= max ? v : parseInt(String.valueOf(v), min, max));
  }

  public static <E extends Enum<E>> Option<E> ofEnum(
      String name, Class<E> type, E defaultValue, String description) {
    return new Option<>(
        name,
        type,
        defaultValue,
        s -> parseEnum(type, s),
        description);
  }

  public String name() {
    return name;
  }

  public Class<T> type() {
    return type;
  }

  public T defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  /**
   * Parses a value from its string form.
   *
   * @throws IllegalArgumentException with a message naming the option when the value is invalid
   */
  public T parse(String value) {
    try {
      return parser.apply(value.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("option " + name + ": " + e.getMessage(), e);
    }
  }

  /** Casts a value to this option's type, or fails with a message naming the option. */
  public T cast(Object value) {
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(
          "option " + name + " takes a " + type.getSimpleName() + ", not " + value);
    }
    try {
      return check.apply(type.cast(value));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("option " + name + ": " + e.getMessage(), e);
    }
  }

  private static Boolean parseBoolean(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> throw new IllegalArgumentException("expected true or false, got '" + s + "'");
    };
  }

  private static Integer parseInt(String s, int min, int max) {
    String range = min == Integer.MIN_VALUE && max == Integer.MAX_VALUE ? ""
        : max == Integer.MAX_VALUE ? " from " + min + " up"
        : " from " + min + " to " + max;
    int v;
    try {
      v = Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a whole number" + range + ", got '" + s + "'");
    }
    if (v < min || v > max) {
      throw new IllegalArgumentException("expected a whole number" + range + ", got '" + s + "'");
    }
    return v;
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String s) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(s.replace('-', '_'))) {
        return e;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      allowed.append(allowed.length() == 0 ? "" : ", ")
          .append(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    throw new IllegalArgumentException("expected one of " + allowed + ", got '" + s + "'");
  }

  @Override
  public String toString() {
    return name;
  }
}
