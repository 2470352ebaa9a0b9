package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "The head of the delegation to the working group, Director of the Aubel Institute Corvin Talmage, reported A and
 * proposed B": a sentence's opening subject is an earlier verb's whole speaker phrase, whose apposed name the phrase
 * read up to the first verb's preposition ("The head of the delegation") misses. Part of
 * {@link SentenceSubjects#opening}. An opening word that "and" joins to more words before their noun takes the earlier
 * phrase too.
 */
final class SharedSubject {

    private static final Set<String> POSSESSIVE_MARKS = Set.of("'", "’", "'s", "’s");

    private SharedSubject() {
    }

    /**
     * {@code subject}, an opening subject that names no one, as the speaker phrase of an earlier statement of its
     * sentence that opens where it does and reaches further, short of that statement's content, which opens before
     * {@code before} (an offset); {@code subject} itself otherwise. Linear in the sentence's statements, which
     * {@link Windows#MAX_CUES_PER_SENTENCE} bounds.
     */
    static Mention widened(String text, List<Attribution> earlier, Mention subject, int before) {
        for (Attribution first : earlier) {
            Mention m = first.mention;
            if (m != null && (m.start() == subject.start() || possessed(text, subject, m)) && m.end() > subject.end()
                    && m.end() < first.contentStart && first.contentStart < before
                    && (!subject.hasName() && m.hasName() || joined(text, subject, m) || possessed(text, subject, m) && m.hasName())) {
                return m;
            }
        }
        return subject;
    }

    /**
     * "Hunting and trapping organizations supported A and urged B": the opening word, read as a name because it is
     * capitalised, is the first of the earlier phrase's words that "and" joins before their noun.
     */
    private static boolean joined(String text, Mention subject, Mention m) {
        return m.start() == subject.start() && text.substring(subject.end(), m.end()).stripLeading().startsWith("and ");
    }

    /**
     * "The tenants' association Marrow Court Residents Forum said A, and urged B": the earlier speaker phrase is what the
     * subject, read up to its possessive mark, possesses; so when a capitalised plural opening the sentence is read as
     * a name ("Glaziers' union Vitrex warned A and urged B").
     */
    private static boolean possessed(String text, Mention subject, Mention m) {
        return m.start() > subject.end() && POSSESSIVE_MARKS.contains(text.substring(subject.end(), m.start()).strip());
    }

    /**
     * The speaker of an earlier statement of the sentence whose content runs over the offset {@code at} (the comma a
     * participle follows), or null.
     */
    static Mention ofStatementAcross(List<Attribution> earlier, int at) {
        for (Attribution a : earlier) {
            if (a.mention != null && a.mention.end() <= a.contentStart && a.contentStart < at && at < a.contentEnd) {
                return a.mention;
            }
        }
        return null;
    }
}
