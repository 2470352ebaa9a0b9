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
                || !FunctionWords.isIndefinite(m.text()) || genderOf.apply(found) != null) {
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

    /**
     * "Saffron Holt told council that crews start at 7 a.m. ... a point that drew objections from Councillor Strand.
     * '...,' he said": a last speaker {@code found} of no known gender gives the pronoun up to the last person named
     * since that speaker's sentence {@code said}, nearby in the pronoun's ({@code a}'s) own paragraph but before its
     * sentence ("His appointment of James Zorn ... suggests that he wants" is the senator's), whose gender the text gives
     * as the pronoun's, outside quotations; else null. (Over the paragraphs before, a name in passing took PolNeAR
     * train's quotations from the right speakers as often as it gave them.)
     */
    static String namedSince(AnnotatedDocument doc, NameIndex names, Attribution found, Sentence said, Attribution a,
            Gender gender, Function<Attribution, Gender> genderOf) {
        if (found == null || said == null || found.kind != SpeakerKind.PERSON || genderOf.apply(found) != null) {
            return null;
        }
        int from = Math.max(said.end(), doc.block(a.block).start());
        Sentence own = doc.sentenceAt(a.mention.start());
        int to = own == null ? a.mention.start() : own.start();
        // Nearby only, so that a pronoun far from its last speaker in one long paragraph does not read every name since.
        from = Math.max(from, to - ResolutionWindows.PRONOUN_SUBJECT_CHARS);
        for (Name n : Name.peopleOutsideQuotations(doc, from, to)) {
            String person = names.expand(n.text(), SpeakerKind.PERSON, n.offset());
            if (gender == names.gender(person) && !person.equals(found.speaker)) {
                return person;
            }
        }
        return null;
    }
}
