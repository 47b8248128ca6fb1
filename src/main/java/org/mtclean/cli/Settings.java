package org.mtclean.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.mtclean.Cleaner;

/**
 * What one run of the command does with each file, after the command line has been checked.
 * Immutable; shared by all workers.
 *
 * @param cleaner the cleaner built from config file and options
 * @param target where cleaned text goes
 * @param check whether changes are findings (--check): exit 1 and edits listed on stderr
 * @param diff print a unified diff on stdout
 * @param list print the names of files that would change on stdout
 * @param inputEncoding the --encoding charset, or null for auto
 * @param outputEncoding the --output-encoding charset, or null to keep the input's
 * @param outputDir the -o directory, or null
 * @param backupSuffix the --backup suffix, or null
 * @param report whether a JSON report is written
 * @param review whether the HTML review page is written (--html-report)
 * @param quiet only errors on stderr
 * @param verbose one line per file plus its edits on stderr
 * @param extraChecks extra finding sources for the report
 * @param writeHook test hook for atomic writes
 * @param diffLimit the largest input (in chars) that --diff holds in memory
 * @param diffColors the colours of --diff output (none unless --color asks for them)
 * @param format the --format name, or null to choose each file's format by its name
 * @param formatCleaner cleans files in a localization format (with the bilingual checks when
 *     findings are shown); made once per run, when the first such file comes
 */
record Settings(
    Cleaner cleaner,
    Target target,
    boolean check,
    boolean diff,
    boolean list,
    Charset inputEncoding,
    Charset outputEncoding,
    Path outputDir,
    String backupSuffix,
    boolean report,
    boolean review,
    boolean quiet,
    boolean verbose,
    List<ExtraCheck> extraChecks,
    AtomicOutput.Hook writeHook,
    long diffLimit,
    UnifiedDiff.Colors diffColors,
    String format,
    LazyFormatCleaner formatCleaner) {

  /**
   * These settings with the format cleaner for them: its bilingual checks (all but
   * {@code bitextOff}) run only when findings are shown.
   */
  Settings withSegmentChecks(java.util.Set<String> bitextOff) {
    return new Settings(cleaner, target, check, diff, list, inputEncoding, outputEncoding, outputDir,
        backupSuffix, report, review, quiet, verbose, extraChecks, writeHook, diffLimit, diffColors, format,
        new LazyFormatCleaner(cleaner, bitextOff, findingsShown()));
  }

  /** The format {@code job} is cleaned in, or null for plain text. */
  org.mtclean.formats.Format formatOf(InputCollector.Job job) {
    if (format != null) {
      return org.mtclean.formats.Formats.byName(format);
    }
    return job.source() == null ? null
        : org.mtclean.formats.Formats.forFileName(FileNames.escapedString(FileNames.bytes(job.source().getFileName())));
  }

  /**
   * Whether anyone reads findings that are not applied: the dry modes and their listings, the
   * reports, -v and extra checks show them. A run that only cleans text (to stdout, -o or -i)
   * skips the rules that only report, and its summary counts the applied edits.
   */
  boolean findingsShown() {
    return check || diff || list || report || review || verbose || !extraChecks.isEmpty();
  }

  /** Where the cleaned text of a file goes. */
  enum Target {
    /** Standard output, file after file. */
    STDOUT,
    /** Back into the file, atomically, only when it changed. */
    IN_PLACE,
    /** Under the -o directory, mirroring the input tree. */
    OUTPUT_DIR,
    /** Nowhere (--check, --diff, --list, --report alone). */
    NONE
  }
}
