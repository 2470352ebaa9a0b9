package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * A name whose possessive opens its sentence, for {@link SubjectCandidates}: what it possesses there, a gendered person
 * ("Quist's husband") or a thing a passive is done to ("Ruth Okafor-Lind's roof was fixed").
 */
final class OpeningPossessors {

    private OpeningPossessors() {
    }

    /**
     * "Quist's husband, a music teacher, died in 2019": the gender of the person a name opening the sentence possesses
     * (a gendered word right after the possessive, or after one adjective: "late husband"), so that a pronoun of the
     * other gender goes on with the possessor; null if the name opens no sentence as a possessor of a gendered word.
     */
    static Gender possessedAtOpening(AnnotatedDocument doc, NamedRoles.Place p) {
        if (p == null) {
            return null;
        }
        List<Token> tokens = p.tokens();
        int from = Datelines.subjectStart(doc, p.sentence(), tokens);
        if (p.first() != from) {
            return null;
        }
        int k = from;
        while (k < tokens.size() && tokens.get(k).isCapitalized()) {
            k++;
        }
        if (k == from || k + 1 >= tokens.size() || !Mentions.isPossessive(tokens.get(k - 1).lower())) {
            return null;
        }
        Gender g = Gender.ofWord(tokens.get(k).lower());
        return g != null || !tokens.get(k).isWord() ? g : Gender.ofWord(tokens.get(k + 1).lower());
    }

    /**
     * "Across the lane, Ruth Okafor-Lind's roof was fixed first": whether the name's possessive opens the sentence's
     * subject (after a fronted phrase too) and what it possesses is a thing that undergoes the passive after it; the
     * possessor is the one the sentence is about, not a person the possessed could be.
     */
    static boolean thingPossessedAtOpening(AnnotatedDocument doc, Lexicon lexicon, NamedRoles.Place p, int offset) {
        if (p == null || doc.block(p.sentence().block()).kind() == Block.Kind.HEADLINE) {
            return false;
        }
        List<Token> tokens = p.tokens();
        int from = Datelines.subjectStart(doc, p.sentence(), tokens);
        int subject = OpeningAdverbials.subjectStart(tokens, from, tokens.size());
        int k = subject > from && subject < tokens.size() && tokens.get(subject).start() == offset ? subject : from;
        if (k >= tokens.size() || tokens.get(k).start() != offset) {
            return false;
        }
        while (k < tokens.size() && tokens.get(k).isCapitalized()) {
            k++;
        }
        if (k + 2 >= tokens.size() || !Mentions.isPossessive(tokens.get(k - 1).lower())) {
            return false;
        }
        String possessed = tokens.get(k).lower();
        String participle = tokens.get(k + 2).lower();
        return tokens.get(k).isLowerWord() && Gender.ofWord(possessed) == null
                && !lexicon.roles.contains(possessed) && !lexicon.groups.contains(possessed)
                && (tokens.get(k + 1).is("was") || tokens.get(k + 1).is("were"))
                && (PhraseShapes.pastShape(participle, lexicon) || SubjectShape.PARTICIPLES.contains(participle));
    }
}
