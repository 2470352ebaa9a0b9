package io.claimtrack.ingest.extract;

import java.util.Locale;

/**
 * The "he" or "she" opening what a description says ("The chief officer told investigators that he had not been told"),
 * the speaker's own as reported speech mostly has it, unless the description names someone else it could stand for
 * ("her lawyer"): the gender a person the description is resolved to must fit; part of {@link ResolutionStage}.
 */
final class OwnPronoun {

    private OwnPronoun() {
    }

    /**
     * The holder of a title, or the person named next or later, that a description was resolved to; null when the "he"
     * or "she" opening what was said is of the other gender ("The chief officer ... he" is not "Chief Inspector Signe
     * Holt").
     */
    static String fits(AnnotatedDocument doc, Attribution a, NameIndex names, String holder) {
        Gender own = holder == null || possessed(a.mention) ? null : opening(doc, a);
        return own == null || own.fits(names.gender(holder)) ? holder : null;
    }

    /** "her lawyer told the court she has no assets": the pronoun is the possessor's, the client's, not the lawyer's. */
    private static boolean possessed(Mention m) {
        for (String w : m.text().toLowerCase(Locale.ROOT).split(" ")) {
            if (FunctionWords.POSSESSIVES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The gender of a "he" or "she" opening what was said ("says he feels better"); null if none opens it. */
    static Gender opening(AnnotatedDocument doc, Attribution a) {
        int end = a.contentStart;
        while (end < a.contentEnd && Character.isLetter(doc.text.charAt(end))) {
            end++;
        }
        String first = doc.text(a.contentStart, end).toLowerCase(Locale.ROOT);
        return "he".equals(first) || "she".equals(first) ? Gender.ofWord(first) : null;
    }
}
