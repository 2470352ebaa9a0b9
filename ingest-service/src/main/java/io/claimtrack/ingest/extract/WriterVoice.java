package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer of a piece (an op-ed, a column) as a speaker: a first person in the narration, outside every
 * quotation and every statement's content, is the writer, never a person the text named before; "I" is the
 * person the byline names ("By Jane Fulton"), "we" stays "we" (an editorial board, a newsroom); part of
 * {@link ResolutionStage}, asked by {@link PronounResolver}.
 */
final class WriterVoice {

    private static final Set<String> FIRST_PERSON = WordSet.of("i", "we");
    /** "By Jane Fulton", "By JANE FULTON, Staff Writer", "By Ann-Marie O'Neill | The Ledger": two to four capitalised words. */
    private static final Pattern BYLINE = Pattern.compile(
            "[Bb][Yy]\\s+(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3})\\s*(?:[,|].*)?");

    private final AnnotatedDocument doc;
    /** The name the byline gives, or null. */
    private final String writer;
    /** The statements by where their content starts; up to each, the one whose content ends furthest, and the next. */
    private List<Attribution> byStart;
    private Attribution[] furthest;
    private Attribution[] runnerUp;

    WriterVoice(AnnotatedDocument doc) {
        this.doc = doc;
        this.writer = byline(doc);
    }

    /** Whether {@code a}'s first-person mention is the writer's own voice. */
    boolean speaks(Attribution a, String pronoun) {
        if (!FIRST_PERSON.contains(pronoun) || a.nested || doc.quoteAt(a.mention.start()) != null) {
            return false;
        }
        return !insideOthersContent(a, a.mention.start());
    }

    /**
     * Whether {@code offset} lies inside the content of a statement other than {@code a}: one binary search over the
     * statements by where their content starts, with the two furthest content ends up to each (a look over every
     * statement for each first person grew with the square of a text of "We expect ..." sentences).
     */
    private boolean insideOthersContent(Attribution a, int offset) {
        if (byStart == null) {
            byStart = new ArrayList<>(doc.attributions);
            byStart.sort(Comparator.comparingInt(o -> o.contentStart));
            furthest = new Attribution[byStart.size()];
            runnerUp = new Attribution[byStart.size()];
            Attribution best = null;
            Attribution second = null;
            for (int k = 0; k < byStart.size(); k++) {
                Attribution o = byStart.get(k);
                if (best == null || o.contentEnd > best.contentEnd) {
                    second = best;
                    best = o;
                } else if (second == null || o.contentEnd > second.contentEnd) {
                    second = o;
                }
                furthest[k] = best;
                runnerUp[k] = second;
            }
        }
        int k = Sorted.firstAtLeast(byStart, o -> o.contentStart, offset + 1) - 1;
        Attribution other = k < 0 ? null : furthest[k] != a ? furthest[k] : runnerUp[k];
        return other != null && offset < other.contentEnd;
    }

    /** The writer's name for "I" when a byline gives one; the pronoun as written otherwise. */
    String name(Attribution a, String pronoun) {
        return writer != null && pronoun.equals("i") ? writer : a.mention.text();
    }

    /** The name a byline line near the top gives, in title case when the byline is in capitals; null if none. */
    static String byline(AnnotatedDocument doc) {
        int b = bylineBlock(doc);
        if (b < 0) {
            return null;
        }
        Matcher m = BYLINE.matcher(doc.blockText(b).strip());
        String name = m.matches() ? m.group(1) : null;
        return name != null && name.equals(name.toUpperCase(Locale.ROOT)) ? titleCase(name) : name;
    }

    /** The block of the byline line near the top, or -1 if none. */
    static int bylineBlock(AnnotatedDocument doc) {
        for (int b = 0; b < doc.blocks.size() && b < Windows.BYLINE_BLOCKS; b++) {
            String line = doc.blockText(b).strip();
            if (line.length() <= Windows.BYLINE_CHARS && BYLINE.matcher(line).matches()) {
                return b;
            }
        }
        return -1;
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }
}
