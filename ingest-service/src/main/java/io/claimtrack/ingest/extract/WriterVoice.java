package io.claimtrack.ingest.extract;

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

    WriterVoice(AnnotatedDocument doc) {
        this.doc = doc;
        this.writer = byline(doc);
    }

    /** Whether {@code a}'s first-person mention is the writer's own voice. */
    boolean speaks(Attribution a, String pronoun) {
        if (!FIRST_PERSON.contains(pronoun) || a.nested || doc.quoteAt(a.mention.start()) != null) {
            return false;
        }
        for (Attribution o : doc.attributions) {
            if (o != a && o.contentStart <= a.mention.start() && a.mention.start() < o.contentEnd) {
                return false;
            }
        }
        return true;
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
