/**
 * The bridge between mtclean and <a href="https://languagetool.org">LanguageTool</a>, and the
 * only package that uses LanguageTool types. It needs {@code org.languagetool:languagetool-core}
 * on the class path, which mtclean declares as an <em>optional</em> dependency: add it to your
 * build to use this package; the rest of mtclean never loads it.
 *
 * <ul>
 *   <li>{@link org.mtclean.languagetool.MtcleanLanguageToolRules}: every mtclean rule as a
 *       LanguageTool rule ({@link org.mtclean.languagetool.MtcleanRule}), for any
 *       {@code JLanguageTool}.</li>
 *   <li>{@link org.mtclean.languagetool.MachineTranslatedEnglish}: a LanguageTool language for
 *       machine-translated English on languagetool-core alone, with CJK-aware tokenizers.</li>
 *   <li>{@link org.mtclean.languagetool.LanguageToolCheck}: the core rules' findings as mtclean
 *       edits.</li>
 * </ul>
 */
package org.mtclean.languagetool;
