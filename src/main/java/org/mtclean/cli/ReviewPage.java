package org.mtclean.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The review page of {@code --html-report}: one self-contained HTML file (inline CSS and a little
 * script, no network) with a summary (counts, a bar chart of edits by rule, a table of rules with
 * examples), then every file's changes (see {@link ReviewFile}). Filters by rule, kind and file
 * and keyboard moves from change to change need script; without it everything is still shown.
 */
final class ReviewPage {
  static final int EXAMPLES = 5;

  private ReviewPage() {}

  /** Counts of files, as the summary line gives them. */
  record Totals(long seen, long changed, long unchanged, long failed, long skipped) {}

  static void write(List<ReviewFile> files, Totals totals, String title, Writer out)
      throws IOException {
    Map<String, ReviewFile.RuleStat> rules = new TreeMap<>();
    long applied = 0;
    long proposed = 0;
    for (ReviewFile f : files) {
      for (Map.Entry<String, ReviewFile.RuleStat> e : f.stats.entrySet()) {
        ReviewFile.RuleStat s = e.getValue();
        ReviewFile.RuleStat all = rules.computeIfAbsent(e.getKey(), k -> new ReviewFile.RuleStat(s.kind));
        all.applied += s.applied;
        all.proposed += s.proposed;
        applied += s.applied;
        proposed += s.proposed;
        for (String[] x : s.examples) {
          if (all.examples.size() < EXAMPLES) {
            all.examples.add(x);
          }
        }
      }
    }
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        // only this page's own script may run, by its hash: a script or handler that got into
        // the page some other way would not
        .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            + "style-src 'unsafe-inline'; img-src data:; script-src 'sha256-" + SCRIPT_HASH + "'\">")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .element("title", title).raw("<style>").raw(CSS).raw("</style></head><body>\n");
    h.open("header").element("h1", title);
    h.open("p", "class", "totals", "id", "totals")
        .element("span", Long.toString(totals.seen()), "data-n", "seen").text(" files seen, ")
        .element("span", Long.toString(totals.changed()), "data-n", "changed").text(" changed, ")
        .element("span", Long.toString(totals.unchanged()), "data-n", "unchanged").text(" unchanged, ")
        .element("span", Long.toString(totals.failed()), "data-n", "failed").text(" failed, ")
        .element("span", Long.toString(totals.skipped()), "data-n", "skipped").text(" skipped. ")
        .element("span", Long.toString(applied), "data-n", "applied").text(" edits applied, ")
        .element("span", Long.toString(proposed), "data-n", "proposed").text(" findings reported.")
        .close("p");
    chart(h, rules);
    ruleTable(h, rules);
    filters(h, rules, files);
    h.close("header").raw("\n<main id=\"files\">\n");
    out.write(h.toString());
    for (ReviewFile f : files) {
      out.write(f.html);
      out.write('\n');
    }
    Html tail = new Html();
    tail.raw("</main>\n");
    examples(tail, rules);
    tail.raw("<script>").raw(SCRIPT).raw("</script></body></html>\n");
    out.write(tail.toString());
  }

  private static void chart(Html h, Map<String, ReviewFile.RuleStat> rules) {
    List<Map.Entry<String, ReviewFile.RuleStat>> sorted = new ArrayList<>(rules.entrySet());
    sorted.sort((a, b) -> Integer.compare(total(b.getValue()), total(a.getValue())));
    int max = 1;
    for (Map.Entry<String, ReviewFile.RuleStat> e : sorted) {
      max = Math.max(max, total(e.getValue()));
    }
    int row = 22;
    int height = Math.max(row, sorted.size() * row);
    h.open("figure", "class", "chart").open("svg", "xmlns", "http://www.w3.org/2000/svg",
        "width", "640", "height", Integer.toString(height), "role", "img", "aria-label",
        "edits by rule");
    int y = 0;
    for (Map.Entry<String, ReviewFile.RuleStat> e : sorted) {
      ReviewFile.RuleStat s = e.getValue();
      int wa = (int) Math.round(400.0 * s.applied / max);
      int wp = (int) Math.round(400.0 * s.proposed / max);
      h.open("g", "class", "bar", "data-rule", e.getKey());
      h.element("text", e.getKey(), "x", "0", "y", Integer.toString(y + 15));
      h.open("rect", "class", "applied", "x", "200", "y", Integer.toString(y + 3), "width",
          Integer.toString(wa), "height", "16").close("rect");
      h.open("rect", "class", "proposed", "x", Integer.toString(200 + wa), "y",
          Integer.toString(y + 3), "width", Integer.toString(wp), "height", "16").close("rect");
      h.element("text", Integer.toString(total(s)), "x", Integer.toString(206 + wa + wp), "y",
          Integer.toString(y + 15));
      h.close("g");
      y += row;
    }
    h.close("svg").element("figcaption", "Edits by rule: applied (dark) and reported (light)")
        .close("figure");
  }

  private static int total(ReviewFile.RuleStat s) {
    return s.applied + s.proposed;
  }

  private static void ruleTable(Html h, Map<String, ReviewFile.RuleStat> rules) {
    h.open("table", "class", "rules", "id", "rules").open("thead").open("tr")
        .element("th", "rule").element("th", "kind").element("th", "applied")
        .element("th", "reported").element("th", "examples").close("tr").close("thead")
        .open("tbody");
    int i = 0;
    for (Map.Entry<String, ReviewFile.RuleStat> e : rules.entrySet()) {
      ReviewFile.RuleStat s = e.getValue();
      h.open("tr", "data-rule", e.getKey()).element("td", e.getKey(), "class", "rule")
          .element("td", s.kind, "class", "kind " + s.kind)
          .element("td", Integer.toString(s.applied), "class", "n")
          .element("td", Integer.toString(s.proposed), "class", "n")
          .open("td").element("a", "examples", "href", "#ex" + i).close("td").close("tr");
      i++;
    }
    h.close("tbody").close("table");
  }

  private static void filters(Html h, Map<String, ReviewFile.RuleStat> rules,
      List<ReviewFile> files) {
    h.open("form", "class", "filters", "id", "filters", "hidden", "hidden");
    h.open("label").text("rule ").open("select", "id", "f-rule").element("option", "all", "value", "");
    for (String r : rules.keySet()) {
      h.element("option", r, "value", r);
    }
    h.close("select").close("label");
    h.open("label").text(" kind ").open("select", "id", "f-kind").element("option", "all", "value", "");
    for (String k : List.of("safe", "suggest", "report")) {
      h.element("option", k, "value", k);
    }
    h.close("select").close("label");
    h.open("label").text(" file ").open("select", "id", "f-file").element("option", "all", "value", "");
    for (ReviewFile f : files) {
      h.element("option", f.name, "value", Integer.toString(f.index));
    }
    h.close("select").close("label");
    h.element("span", "n / p: next and previous change", "class", "keys");
    h.close("form");
  }

  private static void examples(Html h, Map<String, ReviewFile.RuleStat> rules) {
    h.open("section", "class", "examples").element("h2", "Examples by rule");
    int i = 0;
    for (Map.Entry<String, ReviewFile.RuleStat> e : rules.entrySet()) {
      h.open("div", "id", "ex" + i, "class", "ex", "data-rules", e.getKey())
          .element("h3", e.getKey()).open("ul");
      for (String[] x : e.getValue().examples) {
        h.open("li").element("span", x[0] + ":" + x[1], "class", "pos").text(" ")
            .element("q", x[2]);
        if (x[3] != null) {
          h.text(" \u2192 ").element("q", x[3]);
        }
        h.close("li");
      }
      h.close("ul").close("div");
      i++;
    }
    h.close("section");
  }

  private static final String CSS = String.join("\n",
      ":root{--del:#fbe3e4;--del-fg:#a11;--ins:#e2f5e4;--ins-fg:#175f25;--mark:#fff3c4;}",
      "body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1em;color:#222}",
      "h1{font-size:1.4em;margin:.2em 0}h2{font-size:1.05em;margin:1.2em 0 .3em}",
      ".totals span[data-n]{font-weight:600}",
      ".chart svg text{font:12px system-ui,sans-serif;fill:#333}",
      ".chart rect.applied{fill:#2b6cb0}.chart rect.proposed{fill:#a3bffa}",
      "figcaption{font-size:12px;color:#666}",
      "table.rules{border-collapse:collapse;margin:.5em 0}",
      "table.rules td,table.rules th{border-bottom:1px solid #ddd;padding:2px 10px;text-align:left}",
      "td.n{text-align:right}.kind.report{color:#8a5a00}.kind.suggest{color:#555}",
      ".filters{position:sticky;top:0;background:#fff;padding:.4em 0;border-bottom:1px solid #ddd;z-index:1}",
      ".keys{color:#777;font-size:12px;margin-left:1em}",
      "section.file{content-visibility:auto;contain-intrinsic-size:auto 400px}",
      ".fname{font-family:ui-monospace,monospace}.status{font-size:12px;margin-left:.8em;padding:0 .4em;border-radius:3px;background:#eee}",
      ".status.changed{background:#e2f5e4}.status.failed{background:#fbe3e4}.count{font-size:12px;color:#666;margin-left:.8em}",
      ".blk{border-left:3px solid #2b6cb0;margin:.3em 0;padding:.1em .6em;background:#fafafa}",
      ".blk.finding{border-left-color:#d69e2e}",
      ".ln{white-space:pre-wrap;word-break:break-word;font-family:ui-monospace,monospace;font-size:13px}",
      ".ln::before{content:attr(data-ln);display:inline-block;width:4em;color:#999;text-align:right;margin-right:1em}",
      "del{background:var(--del);color:var(--del-fg)}ins{background:var(--ins);color:var(--ins-fg);text-decoration:none;border-bottom:1px solid var(--ins-fg)}",
      "mark{background:var(--mark);border-bottom:2px dotted #d69e2e}",
      ".chg:focus{outline:2px solid #2b6cb0}",
      ".chg:focus::after{content:attr(title);position:absolute;background:#222;color:#fff;font:12px system-ui;padding:2px 6px;border-radius:3px;white-space:pre;margin-top:1.6em;margin-left:-4em}",
      ".fnd{font-size:12px;color:#555;margin-left:5em}.fnd .rule{font-family:ui-monospace,monospace;margin:0 .5em}",
      ".fnd .kind{color:#8a5a00;margin-right:.5em}.fnd .pos{color:#999}",
      ".ctl{font-size:10px;border:1px solid #999;border-radius:2px;padding:0 2px;color:#555}",
      "details.fold{color:#888;font-size:12px;margin:.2em 0}",
      ".note{color:#a11}",
      ".examples .pos{color:#999;font-family:ui-monospace,monospace}",
      "@media print{.filters{display:none}details.fold{display:none}section.file{content-visibility:visible}"
          + ".chg:focus::after{display:none}body{max-width:none}}");

  // Filtering writes one style rule instead of touching every block: fast on 10,000 edits.
  private static final String SCRIPT = String.join("\n",
      "(function(){",
      "var form=document.getElementById('filters');form.hidden=false;",
      "var style=document.createElement('style');document.head.appendChild(style);",
      "function esc(v){return v.replace(/[\"\\\\]/g,'\\\\$&');}",
      "function apply(){",
      " var r=document.getElementById('f-rule').value,k=document.getElementById('f-kind').value,"
          + "f=document.getElementById('f-file').value,css='';",
      " if(r){css+='.blk:not([data-rules~=\"'+esc(r)+'\"]),.fnd:not([data-rules~=\"'+esc(r)+'\"]),"
          + ".ex:not([data-rules~=\"'+esc(r)+'\"]),details.fold{display:none}';}",
      " if(k){css+='.blk:not([data-kinds~=\"'+esc(k)+'\"]),details.fold{display:none}';}",
      " if(f){css+='section.file:not([data-file=\"'+esc(f)+'\"]){display:none}';}",
      " style.textContent=css;}",
      "form.addEventListener('change',apply);",
      "function visible(e){return e.offsetParent!==null;}",
      "document.addEventListener('keydown',function(ev){",
      " if(ev.target&&ev.target.tagName==='SELECT')return;",
      " if(ev.key!=='n'&&ev.key!=='p'&&ev.key!=='j'&&ev.key!=='k')return;",
      " var all=Array.prototype.filter.call(document.querySelectorAll('.chg'),visible);if(!all.length)return;",
      " var i=all.indexOf(document.activeElement),fwd=ev.key==='n'||ev.key==='j';",
      " i=i<0?(fwd?0:all.length-1):(i+(fwd?1:-1)+all.length)%all.length;",
      " all[i].focus();all[i].scrollIntoView({block:'center'});ev.preventDefault();});",
      "})();");

  private static final String SCRIPT_HASH = sha256(SCRIPT);

  private static String sha256(String s) {
    try {
      return java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest
          .getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
