package org.mtclean;

import java.util.Locale;
import java.util.Objects;

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
  private final String description;
  // the range of a whole-number option; parse and cast branch on the type rather than calling
  // functions, since a lambda here would be the command's first and start the costly
  // invokedynamic machinery
  private final int min;
  private final int max;

  private Option(String name, Class<T> type, T defaultValue, String description, int min, int max) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
    this.defaultValue = Objects.requireNonNull(defaultValue);
    this.description = Objects.requireNonNull(description);
    this.min = min;
    this.max = max;
  }

  public static Option<Boolean> ofBoolean(String name, boolean defaultValue, String description) {
    return new Option<>(name, Boolean.class, defaultValue, description, 0, 0);
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
    return new Option<>(name, Integer.class, defaultValue, description, min, max);
  }

  public static <E extends Enum<E>> Option<E> ofEnum(
      String name, Class<E> type, E defaultValue, String description) {
    return new Option<>(name, type, defaultValue, description, 0, 0);
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
      String s = value.trim();
      Object parsed = type == Boolean.class ? parseBoolean(s)
          : type == Integer.class ? parseInt(s, min, max)
          : parseEnum(s);
      return type.cast(parsed);
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
      T v = type.cast(value);
      if (type == Integer.class) {
        int i = (Integer) v;
        if (i < min || i > max) {
          parseInt(String.valueOf(i), min, max); // throws, with the message a bad string gets
        }
      }
      return v;
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

  private T parseEnum(String s) {
    for (T e : type.getEnumConstants()) {
      if (((Enum<?>) e).name().equalsIgnoreCase(s.replace('-', '_'))) {
        return e;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (T e : type.getEnumConstants()) {
      allowed.append(allowed.length() == 0 ? "" : ", ")
          .append(((Enum<?>) e).name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    throw new IllegalArgumentException("expected one of " + allowed + ", got '" + s + "'");
  }

  @Override
  public String toString() {
    return name;
  }
}
