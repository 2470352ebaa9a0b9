package io.claimtrack.ingest.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A first name one shipped list genders that the document's own pronoun overturns ("Janis", "Andrea" are men's names
 * in Latvian and Italian): "Deputy Chair Janis Petersons reported that ... In his words, ...". The evidence is a
 * possessive in the phrase that opens the next sentence of the paragraph, before anyone is named there, when no one is
 * named after the name in its own sentence nor a pronoun follows it there, and no one of the pronoun's gender was named
 * before: the pronoun has no one else to stand for. A list gender is otherwise right ("Mark Dunn met the press. She
 * said" is someone unnamed), so nothing looser counts.
 */
final class ContradictedFirstName {

    private ContradictedFirstName() {
    }

    /** Adds to {@code out} the gender the document shows against the list for each person's name so read. */
    static void addTo(AnnotatedDocument doc, Lexicon lexicon, Map<String, Gender> out) {
        List<Name> names = doc.names;
        // The next person named after each name: one pass from the end keeps this linear.
        int[] nextPerson = new int[names.size()];
        int next = -1;
        for (int j = names.size() - 1; j >= 0; j--) {
            nextPerson[j] = next;
            next = names.get(j).kind() == SpeakerKind.PERSON ? j : next;
        }
        Set<Gender> namedBefore = EnumSet.noneOf(Gender.class);
        for (int j = 0; j < names.size(); j++) {
            Name n = names.get(j);
            if (n.kind() != SpeakerKind.PERSON) {
                continue;
            }
            Gender listed = Gender.of(n.text(), lexicon);
            Gender shown = listed == null ? null : againstList(doc, n, listed, nextPerson[j] < 0 ? null : names.get(nextPerson[j]));
            if (shown != null && !namedBefore.contains(shown)) {
                out.put(n.text(), shown);
            }
            if (listed != null) {
                namedBefore.add(listed);
            }
        }
    }

    /** The gender of the pronoun that opens the next sentence's reference to {@code n}, if not {@code listed}; else null. */
    private static Gender againstList(AnnotatedDocument doc, Name n, Gender listed, Name after) {
        int nameEnd = n.offset() + n.text().length();
        Sentence s = doc.sentenceAt(n.offset());
        if (s == null || n.words().size() < 2 || Gender.ofHonorific(n.text()) != null || n.possessiveIn(doc.text)
                || after != null && after.offset() < s.end() || DocumentGender.firstPronoun(doc, nameEnd, s.end()) != null) {
            return null;
        }
        int i = doc.sentenceAtOrAfter(s.end());
        Sentence following = i < doc.sentences.size() ? doc.sentences.get(i) : null;
        if (following == null || following.block() != s.block()) {
            return null;
        }
        Gender g = frontedPossessive(doc, following, after == null ? following.end() : after.offset());
        return g != null && g != listed ? g : null;
    }

    /**
     * "In his words, ...": the gender of the possessive in the phrase that opens the sentence, before its comma and
     * before {@code limit} (the next name); null if none. A bare "She said" may be someone the text never named.
     */
    private static Gender frontedPossessive(AnnotatedDocument doc, Sentence s, int limit) {
        List<Token> t = doc.tokens;
        Gender found = null;
        for (int k = s.firstToken(); k + 1 < Math.min(s.endToken(), s.firstToken() + Windows.OPENING_ADVERBIAL_TOKENS)
                && t.get(k).start() < limit; k++) {
            if (t.get(k).is(",")) {
                return found;
            }
            if (found == null && (t.get(k).is("his") || t.get(k).is("her")) && t.get(k + 1).isWord()) {
                found = DocumentGender.firstPronoun(doc, t.get(k).start(), t.get(k).end());
            }
        }
        return null;
    }
}
