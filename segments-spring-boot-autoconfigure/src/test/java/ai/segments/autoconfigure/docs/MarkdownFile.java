package ai.segments.autoconfigure.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Markdown file of the repository, read the way GitHub renders it: the relative links of its
 * prose (code blocks and code spans are no links) and the anchors of its headings.
 */
record MarkdownFile(Path path, List<String> proseLines, Set<String> anchors) {

  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern CODE_SPAN = Pattern.compile("`+[^`]*`+");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
  private static final Pattern NOT_IN_SLUG = Pattern.compile("[^\\p{L}\\p{N}\\s_-]");

  /** Reads the file: the lines outside fenced code blocks, and the anchor of every heading. */
  static MarkdownFile read(Path path) throws IOException {
    List<String> prose = new ArrayList<>();
    boolean fenced = false;
    for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
      String trimmed = line.stripLeading();
      if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
        fenced = !fenced;
      } else if (!fenced) {
        prose.add(line);
      }
    }
    return new MarkdownFile(path, List.copyOf(prose), anchorsOf(prose));
  }

  /** Every link target of the prose that is not an absolute URL, as written ({@code a.md#b}). */
  List<String> relativeLinks() {
    List<String> links = new ArrayList<>();
    for (String line : proseLines) {
      Matcher link = LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
      while (link.find()) {
        String target = link.group(1);
        if (!target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
          links.add(target);
        }
      }
    }
    return links;
  }

  /**
   * GitHub's anchor of a heading: lower case, punctuation other than {@code -} and {@code _}
   * dropped, spaces turned into {@code -}; a repeated anchor gets {@code -1}, {@code -2}, ...
   */
  static String slug(String heading) {
    String text = heading.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
    return NOT_IN_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
  }

  private static Set<String> anchorsOf(List<String> prose) {
    Set<String> anchors = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String line : prose) {
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        String slug = slug(heading.group(1));
        int repeats = seen.merge(slug, 1, Integer::sum) - 1;
        anchors.add(repeats == 0 ? slug : slug + "-" + repeats);
      }
    }
    return Set.copyOf(anchors);
  }
}
