package org.mtclean;

/** Decides which findings a cleaner applies. */
public enum Profile {
  /** Apply safe rules; report suggestions and report-only findings. The default. */
  SAFE,
  /** Apply safe rules and suggestions; report the report-only findings. */
  APPLY_SUGGESTIONS,
  /** Apply nothing; report every finding (a lint run). */
  REPORT_ONLY;

  boolean applies(RuleKind kind) {
    return switch (this) {
      case SAFE -> kind == RuleKind.SAFE;
      case APPLY_SUGGESTIONS -> kind != RuleKind.REPORT;
      case REPORT_ONLY -> false;
    };
  }
}
