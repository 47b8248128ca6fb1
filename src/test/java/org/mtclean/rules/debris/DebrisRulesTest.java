package org.mtclean.rules.debris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mtclean.CleanResult;
import org.mtclean.Cleaner;
import org.mtclean.Edit;

/** Each debris rule alone: must-change and must-not-change cases, idempotence, reports. */
class DebrisRulesTest {
  private static CleanResult only(String rule, String input, String... options) {
    Cleaner.Builder b = Cleaner.builder().disableAll().enable(rule);
    for (int i = 0; i < options.length; i += 2) {
      b.option(options[i], options[i + 1]);
    }
    return b.build().clean(input);
  }

  private static void check(String rule, String input, String expected, String... options) {
    CleanResult r = only(rule, input, options);
    assertEquals(expected, r.text(), () -> rule + " on [" + input + "]: " + r.edits());
    assertEquals(expected, only(rule, expected, options).text(), () -> rule + " not idempotent on " + expected);
  }

  private static void unchanged(String rule, String input) {
    check(rule, input, input);
  }

  private static boolean reported(String rule, String input) {
    return only(rule, input).edits().stream().anyMatch(e -> !e.applied());
  }

  @Test
  void splitTimes() {
    check("numbers.time", "Lunch is served from 11: 30 until 14: 00.", "Lunch is served from 11:30 until 14:00.");
    check("numbers.time", "The log shows 23: 05: 41 exactly.", "The log shows 23:05:41 exactly.");
    check("numbers.time", "Open 7: 00-19: 30 daily.", "Open 7:00-19:30 daily.");
    check("numbers.time", "It starts 10: 15 a.m. sharp.", "It starts 10:15 a.m. sharp.");
    unchanged("numbers.time", "Read Luke 2: 14 and Chapter 4: 20 Lessons.");
    unchanged("numbers.time", "Rule 2: 45 members form a quorum.");
    unchanged("numbers.time", "The bearing was 31: 40 and 7: 75 on the chart.");
    unchanged("numbers.time", "`at 10: 30` in code");
    assertTrue(reported("numbers.time", "1: 30 of them came."));
  }

  @Test
  void ordinalDates() {
    check("numbers.ordinal-date", "Due on January 1st, 2024.", "Due on January 1, 2024.");
    check("numbers.ordinal-date", "From Aug. 2nd to 5th.", "From Aug. 2 to 5.");
    unchanged("numbers.ordinal-date", "The 1st of May and 42nd Street, the May Fourth 4th Division.");
    unchanged("numbers.ordinal-date", "The June 4th Incident is remembered.");
    unchanged("numbers.ordinal-date", "The March 2th typo stays.");
    assertTrue(reported("numbers.ordinal-date", "Talks resumed on the 14th, officials said."));
    assertTrue(!reported("numbers.ordinal-date", "He lives on the 14th floor."));
    assertTrue(!reported("numbers.ordinal-date", "It closed on the 14th of March."));
  }

  @Test
  void thousands() {
    check("numbers.thousands", "About 23456 visitors paid 12000 yuan.", "About 23,456 visitors paid 12,000 yuan.");
    check("numbers.thousands", "It cost US$ 250000 and HK$7800.", "It cost US$ 250,000 and HK$7,800.");
    check("numbers.thousands", "It cost 4567890 euros.", "It cost 4567890 euros.", "thousands", "none");
    check("numbers.thousands", "It cost 4567890 euros and 4567 euros.",
        "It cost 4\u2009567\u2009890 euros and 4567 euros.", "thousands", "thin");
    unchanged("numbers.thousands", "In 2022 students and 1998 people; call 13812345678 now.");
    unchanged("numbers.thousands", "Order #55555 items, Room 10234 people, ID-12345 cases.");
    unchanged("numbers.thousands", "The 0800 hours shift and 1200 hours watch.");
    unchanged("numbers.thousands", "Version 2.12345 units, 12345.6.7 units, 1,234 units.");
  }

  @Test
  void units() {
    check("numbers.unit", "A 65kWh pack, 3000mAh cell, 2.4GHz radio.", "A 65 kWh pack, 3000 mAh cell, 2.4 GHz radio.");
    unchanged("numbers.unit", "5G, 4K, 3D, MP3, A4, T-90MS, B-52H, 8GBx2 and v2.1GB.");
    check("chars.units", "It was 35\u2103, 95\u2109 and 120\u33A1.", "It was 35\u00B0C, 95\u00B0F and 120 m\u00B2.");
  }

  @Test
  void tokenizerLeftovers() {
    check("space.tokenizer", "A 7 - year - old and a hand - in - hand walk.", "A 7-year-old and a hand-in-hand walk.");
    check("space.tokenizer", "Dickens ' s book and the workers ' rights.", "Dickens's book and the workers' rights.");
    check("space.tokenizer", "You can n't, in the 1990 s.", "You cannot, in the 1990s.");
    unchanged("space.tokenizer", "Beijing - Shanghai - Guangzhou line, and well - known.");
    unchanged("space.tokenizer", "The 'boss ' said no, and a 30 s pause.");
    assertTrue(reported("space.tokenizer", "Back in the 80 s it was different."));
  }

  @Test
  void punctuationLeftovers() {
    check("punct.leftovers", "They waited.......... Then left.", "They waited... Then left.");
    check("punct.leftovers", "Costs fell., profits rose.", "Costs fell, profits rose.");
    check("punct.leftovers", "Costs fell.; profits rose.", "Costs fell; profits rose.");
    check("punct.leftovers", "He asked \u201Chow?\u201D ? and left.", "He asked \u201Chow?\u201D and left.");
    unchanged("punct.leftovers", "Tea, rice, etc., and Acme Inc., and Wash., and 9 p.m., all fine.");
    assertTrue(reported("punct.leftovers", "It ended.... Or did it?"));
    assertTrue(reported("punct.leftovers", "\u201CYes,\u201D he said. \u201D Then silence."));
  }

  @Test
  void entitiesAndCompanies() {
    check("chars.entities", "Say &quot;hi&quot; to R&amp;D &#39;now&#39; &#x41;.", "Say \"hi\" to R&D 'now' A.");
    check("chars.entities", "A & quot;split& quot; one.", "A \"split\" one.");
    unchanged("chars.entities", "<b>R&amp;D</b> is HTML.");
    unchanged("chars.entities", "Fish & chips; &bogus; and &#0; and &#;.");
    check("punct.company", "Sold by Foo Co.,Ltd today.", "Sold by Foo Co., Ltd. today.");
    unchanged("punct.company", "Foo Co., Ltd. and Bar Co. Ltd and Taco.,Ltd.");
  }

  @Test
  void editsAreAgainstTheInput() {
    String in = "At 9: 00 on May 5th, 12000 people paid 5kg &amp; more.";
    CleanResult r = Cleaner.builder().build().clean(in);
    for (Edit e : r.edits()) {
      assertEquals(e.original(), in.substring((int) e.start().charOffset(), (int) e.end().charOffset()), e.toString());
    }
  }
}
