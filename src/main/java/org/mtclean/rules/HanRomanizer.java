package org.mtclean.rules;

import com.ibm.icu.text.Transliterator;
import java.util.Set;

/**
 * Romanizes a short run of Han characters as a Chinese personal name with ICU4J's
 * {@code Han-Latin/Names} transliterator (surname readings for the first character: 单 is Shan,
 * 曾 is Zeng) followed by {@code Latin-ASCII} (no tone marks): 张伟 gives {@code Zhang Wei},
 * 欧阳修 gives {@code Ouyang Xiu}. Package-private so that no ICU type reaches the API.
 *
 * <p>Thread-safe: ICU transliterators are not, so each thread gets its own, created on first
 * use (loading ICU's data costs tens of milliseconds, paid only when romanizing is chosen).
 */
final class HanRomanizer {
  private HanRomanizer() {}

  private static final ThreadLocal<Transliterator> TRANSLITERATOR =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin/Names; Latin-ASCII"));

  /**
   * The name form of {@code han} (Han characters only), or null when a character has no reading
   * in ICU's data (rare characters such as U+20BB7 are left as they are by ICU). A name of three
   * or more characters that starts with one of {@code compoundSurnames} (the list
   * {@code compound-surnames}: 欧阳 Ouyang, 司马 Sima, 诸葛 Zhuge) joins the surname's syllables.
   */
  static String romanize(String han, Set<String> compoundSurnames) {
    int count = han.codePointCount(0, han.length());
    String latin = TRANSLITERATOR.get().transliterate(han);
    String[] syllables = latin.trim().split(" +");
    if (syllables.length != count) {
      return null;
    }
    for (String syllable : syllables) {
      if (syllable.isEmpty()) {
        return null;
      }
      for (int i = 0; i < syllable.length(); i++) {
        char c = syllable.charAt(i);
        if (c < 'a' || c > 'z') {
          return null;
        }
      }
    }
    int surname = count >= 3 && compoundSurnames.contains(han.substring(0, 2)) ? 2 : 1;
    return Pinyin.asName(syllables, surname);
  }
}
