package org.mtclean.rules;

import java.util.List;
import java.util.Objects;
import org.mtclean.Option;
import org.mtclean.Rule;
import org.mtclean.RuleContext;
import org.mtclean.RuleKind;

/** Base for rules: holds the id, kind, description and options. */
public abstract class AbstractRule implements Rule {
  private final String id;
  private final RuleKind kind;
  private final String description;
  private final List<Option<?>> options;

  protected AbstractRule(String id, RuleKind kind, String description, Option<?>... options) {
    this.id = Objects.requireNonNull(id);
    this.kind = Objects.requireNonNull(kind);
    this.description = Objects.requireNonNull(description);
    this.options = List.of(options);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final RuleKind kind() {
    return kind;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public List<Option<?>> options() {
    return options;
  }

  // declared again here so that the engine calls built-in rules through the class's vtable, a
  // cheaper dispatch than the interface's in code compiled by C1 (see ParagraphPipeline.clean)
  @Override
  public abstract void apply(RuleContext ctx);

  @Override
  public String toString() {
    return id;
  }
}
