package io.claimtrack.ingest.extract;

import java.util.function.Function;

/**
 * "A deputy mayor, or a union president, tells Margarethe Holt that the hearing is off. 'Nothing is ever off,' she
 * says": an unnamed person of no known gender who speaks in passing is not the one a profile's pronoun goes on with;
 * part of {@link PronounResolver}.
 */
final class PasserBy {

    private PasserBy() {
    }

    /**
     * The person the story is about (named far more often than anyone else of the pronoun's {@code gender}), when the
     * last speaker {@code found} is an indefinite description of no known gender ({@code genderOf}) whose sentence
     * {@code said} names that person; else null.
     */
    static String subject(AnnotatedDocument doc, NameIndex names, DocumentSubject story, Attribution found, Sentence said,
            Gender gender, Function<Attribution, Gender> genderOf) {
        Mention m = found == null ? null : found.mention;
        if (m == null || said == null || m.hasName() || m.isPronoun() || !found.speaker.equals(m.text())
                || !Lexicon.isIndefinite(m.text()) || genderOf.apply(found) != null) {
            return null;
        }
        String main = story.mostNamed(gender);
        for (int j = Name.lastBefore(doc.names, said.end()); main != null && j >= 0 && doc.names.get(j).offset() >= m.end(); j--) {
            Name n = doc.names.get(j);
            if (n.kind() == SpeakerKind.PERSON && main.equals(names.expand(n.text(), SpeakerKind.PERSON, n.offset()))) {
                return main;
            }
        }
        return null;
    }
}
