package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a speaker's own sentence names the document a description stands for ("The ministry said in a statement
 * ... The statement added"); part of {@link DescriptionResolver}.
 */
final class SpeakerMedium {

    /** "In a statement,", "In its written statement,": the speaker's own medium, not one named before ("In the statement,"). */
    private static final Set<String> MEDIUM_DETERMINERS = Set.of("a", "an", "its", "his", "her", "their");

    private SpeakerMedium() {
    }

    /**
     * "The ministry said in a statement that", "..., the ministry said in a statement.": the statement this speaker's
     * cue names. After the content the words after the speaker are read, to the sentence's end or its next comma;
     * the content itself ("“The poll is fake,” Holm said") and a clause on the speaker (", who directed the
     * polling") name no document of the speaker's.
     */
    static boolean named(AnnotatedDocument doc, Attribution o, DescribedSpeaker d) {
        if (d.head.isEmpty()) {
            return false;
        }
        int from = o.mention.end();
        int to = o.contentStart;
        Sentence s = doc.sentenceAt(o.mention.start());
        if (to < from) {
            to = s == null ? from : Math.max(from, s.end());
            String after = doc.text(from, to);
            to = after.indexOf(',') < 0 ? to : from + after.indexOf(',');
        }
        return d.headPattern().matcher(doc.text(from, to).toLowerCase(Locale.ROOT)).find() || openedBy(doc, o, d);
    }

    /** Whether the phrase opening {@code o}'s sentence names the document, right before the speaker ({@link #frontedMedium}). */
    static boolean openedBy(AnnotatedDocument doc, Attribution o, DescribedSpeaker d) {
        Sentence s = doc.sentenceAt(o.mention.start());
        return !d.head.isEmpty() && s != null && o.mention.start() - s.start() <= ResolutionWindows.FRONTED_MEDIUM_CHARS
                && frontedMedium(doc.text(s.start(), o.mention.start()), d);
    }

    /**
     * "In a statement, St. Olav's said ...": the medium named by the phrase that opens the sentence, right before the
     * speaker; not a phrase about someone else's ("In reply to the statement, Holm said").
     */
    private static boolean frontedMedium(String before, DescribedSpeaker d) {
        int comma = before.indexOf(',');
        if (comma < 0 || !before.substring(comma + 1).isBlank()) {
            return false;
        }
        List<String> words = Name.words(before.substring(0, comma).toLowerCase(Locale.ROOT));
        return words.size() >= 3 && "in".equals(words.get(0))
                && MEDIUM_DETERMINERS.contains(words.get(1)) && words.contains(d.head);
    }
}
