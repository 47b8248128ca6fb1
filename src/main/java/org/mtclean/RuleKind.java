package org.mtclean;

/** How a rule's findings are treated by default. */
public enum RuleKind {
  /** Applied automatically: cannot change meaning. */
  SAFE,
  /** Reported with a proposed fix; applied only when the profile applies suggestions. */
  SUGGEST,
  /** Reported only; never applied (the finding may still carry a proposed fix). */
  REPORT;

  /** Lower-case name used in reports and on the command line. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
