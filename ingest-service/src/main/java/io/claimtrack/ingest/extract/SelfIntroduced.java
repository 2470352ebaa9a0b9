package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * "Retired mail carrier Tomas Ekdahl, 79, has eaten the same breakfast there since 1988, he said.": a trailing "he
 * said" after content that opens its sentence by introducing a person, named there for the first time, is that
 * person telling of himself; the writer names a newcomer before his own account. Part of {@link PronounResolver}.
 */
final class SelfIntroduced {

    private SelfIntroduced() {
    }

    /**
     * The person introduced as the subject that opens statement {@code a}'s content, when its pronoun of {@code gender}
     * trails the content, that person is first named there and nothing the text gives says another gender; else null.
     */
    static String person(AnnotatedDocument doc, NameIndex names, Attribution a, Gender gender) {
        if (gender == null || a.mention.start() < a.contentEnd) {
            return null;
        }
        Sentence s = doc.sentenceAt(a.contentStart);
        if (s == null || doc.tokens.get(s.firstToken()).start() != a.contentStart) {
            return null;
        }
        List<Token> t = doc.tokens;
        // A role of a few words may stand before the name ("Retired mail carrier"), no preposition or punctuation.
        int last = Math.min(s.endToken() - 1, s.firstToken() + Windows.ROLE_BEFORE_NAME_WORDS);
        for (int k = s.firstToken(); k <= last && t.get(k).isWord() && !CueStage.PREPOSITIONS.contains(t.get(k).lower()); k++) {
            Name n = nameAt(doc, t.get(k).start());
            // "Retired" read as a name only for its capital, opening the sentence.
            if (n != null && (k > s.firstToken() || n.words().size() > 1)) {
                return introduced(doc, names, n, gender);
            }
        }
        return null;
    }

    /** The person's name that starts at {@code offset} outside a quotation, or null. */
    private static Name nameAt(AnnotatedDocument doc, int offset) {
        Name n = Name.startingAt(doc.names, offset);
        return n != null && n.kind() == SpeakerKind.PERSON && doc.quoteAt(offset) == null
                && capitalised(n.text()) ? n : null;
    }

    /** Every part of a name capitalised: "Tomas Ekdahl-Berg", not "Out-of-competition" opening a sentence. */
    private static boolean capitalised(String name) {
        for (String part : name.split("[ -]")) {
            if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Name {@code n} as the subject of its clause, first named there and of the pronoun's gender or none given. */
    private static String introduced(AnnotatedDocument doc, NameIndex names, Name n, Gender gender) {
        int end = n.offset() + n.text().length();
        int after = doc.tokenAtOrAfter(end);
        if (after >= doc.tokens.size() || Mentions.isPossessive(doc.tokens.get(after - 1).lower())
                || !doc.tokens.get(after).is(",") && !doc.tokens.get(after).isLowerWord()) {
            // "Tomas Ekdahl's wife has ...": a possessive makes another the subject.
            return null;
        }
        String named = names.expand(n.text(), SpeakerKind.PERSON, n.offset());
        Gender given = names.gender(named);
        boolean fits = given == null ? named.indexOf(' ') > 0 : given == gender;
        return fits && names.firstNamed(named) == n.offset() ? named : null;
    }
}
