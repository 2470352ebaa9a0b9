package io.claimtrack.ingest.extract;

import java.util.function.Function;

/**
 * "'I believe them now,' he says. / A cat named Pip has slept on the counter with Lund since she was a kitten. He says
 * she will come home with him": a feature's new paragraph that turns to a man named only in passing (not as its
 * subject), with no "he" before him there, goes on with him, not with the man quoted a paragraph above; part of
 * {@link PronounResolver}.
 */
final class ParagraphNewcomer {

    private ParagraphNewcomer() {
    }

    /**
     * The one person of the pronoun's {@code gender} named outside quotations in the pronoun's ({@code a}'s) paragraph
     * before its sentence, nearby, when the last speaker {@code found}, of that gender ({@code genderOf}), spoke in an
     * earlier paragraph and the paragraph uses none of the pronoun's forms before that name; else null. Two people of
     * that gender, or one of no gender the text gives, named there ("Ms. Lund and Ms. Oyelaran have not always been
     * allies"), or a name in what the pronoun says ("He asked them to disavow Lund") leave the pronoun as it was.
     */
    static String person(AnnotatedDocument doc, NameIndex names, OwnContentNames ownContent, Attribution found, Attribution a,
            Gender gender, Function<Attribution, Gender> genderOf) {
        if (found == null || found.kind != SpeakerKind.PERSON || found.block >= a.block || genderOf.apply(found) != gender) {
            return null;
        }
        Sentence own = doc.sentenceAt(a.mention.start());
        int to = own == null ? a.mention.start() : own.start();
        // Nearby only: a long paragraph's early names are no turn the pronoun's sentence follows.
        int from = Math.max(doc.block(a.block).start(), to - ResolutionWindows.PRONOUN_SUBJECT_CHARS);
        String person = null;
        int first = -1;
        for (Name n : Name.peopleOutsideQuotations(doc, from, to)) {
            String named = names.expand(n.text(), SpeakerKind.PERSON, n.offset());
            Gender given = names.gender(named);
            // A word the text never completes and gives no gender ("Biscuit, a 15-year-old retriever,") is no one's name.
            if (given != null && given != gender || given == null && named.indexOf(' ') < 0) {
                continue;
            }
            // Another of the pronoun's gender, or one of none the text gives ("Mel Sembler"), may be the one it goes on with.
            if (given == null || person != null && !person.equals(named)) {
                return null;
            }
            person = named;
            first = n.offset();
        }
        return person == null || person.equals(found.speaker) || ownContent.names(a, person) || pronounBefore(doc, from, first, gender)
                ? null : person;
    }

    /** Whether a word of {@code gender} ("he", "his", "him") stands between {@code from} and {@code to}. */
    private static boolean pronounBefore(AnnotatedDocument doc, int from, int to, Gender gender) {
        for (int t = doc.tokenAtOrAfter(from); t < doc.tokens.size() && doc.tokens.get(t).start() < to; t++) {
            String subject = FunctionWords.subjectPronoun(doc.tokens.get(t).lower());
            if (FunctionWords.PERSON_PRONOUNS.contains(subject) && gender == Gender.ofWord(subject)) {
                return true;
            }
        }
        return false;
    }
}
