package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "The county's water director, who did not want to be named because the outage is under review, said": a person
 * described and kept unnamed by the relative clause set off after the description is no one the text names, whatever
 * titled person a description rule linked it to; such a person speaks as the description (round 41), and so does the one asked's own body ("your own union"),
 * and "the other source" after "One of the sources". Part of
 * {@link ResolutionStage}, after the description rules.
 */
final class UnnamedSources {

    /** Words ending a source's terms: "to be named", "not be identified", "on condition of anonymity". */
    private static final Set<String> UNNAMED = WordSet.of("named", "identified", "anonymity");
    /** "who was not authorized to speak publicly": no leave to speak on the record. */
    private static final Set<String> AUTHORIZED = WordSet.of("authorized", "authorised");
    /** The opening of the second of two described alike, and of the first: "The other source", "One of the sources". */
    private static final String OTHER = "the other ";
    private static final String ONE_OF = "one of ";

    private UnnamedSources() {
    }

    /** Gives each such description back its own words. */
    static void keep(AnnotatedDocument doc) {
        for (Attribution a : doc.attributions) {
            Mention m = a.mention;
            if (m != null && !m.hasName() && !m.isPronoun() && a.speaker != null && !a.speaker.equals(m.text())
                    && (a.kind == SpeakerKind.PERSON && keptUnnamed(doc, doc.tokenAtOrAfter(m.end())) || addresseesOwn(m)
                            || otherOfTwo(m, a.speaker))) {
                a.speaker = m.text();
            }
        }
    }

    /**
     * "Chief, your own association said that A": the one asked's own body, set against the one the text named before
     * ("the tenants' association"), which it is not.
     */
    private static boolean addresseesOwn(Mention m) {
        List<String> words = Name.wordsWithTitles(m.text());
        return words.size() > 2 && words.get(0).equals("your") && words.get(1).equals("own");
    }

    /**
     * "One of the sources said A. The other source said B": "the other" is the one of two not yet heard, set against
     * the "one of" it was linked to, and speaks as its own words.
     */
    private static boolean otherOfTwo(Mention m, String speaker) {
        return m.text().regionMatches(true, 0, OTHER, 0, OTHER.length()) && speaker.regionMatches(true, 0, ONE_OF, 0, ONE_OF.length());
    }

    /** Whether ", who" at token {@code k} opens a clause, up to its comma, that keeps its person unnamed. */
    private static boolean keptUnnamed(AnnotatedDocument doc, int k) {
        List<Token> t = doc.tokens;
        Sentence s = k < t.size() ? doc.sentenceAt(t.get(k).start()) : null;
        if (s == null || k + 1 >= s.endToken() || !t.get(k).is(",") || !t.get(k + 1).is("who")) {
            return false;
        }
        for (int j = k + 3; j < s.endToken() && j - k <= Windows.RELATIVE_SUBJECT_TOKENS && !t.get(j).is(","); j++) {
            String w = t.get(j).lower();
            if (UNNAMED.contains(w) && (w.equals("anonymity") || t.get(j - 1).is("be")) || AUTHORIZED.contains(w) && t.get(j - 1).is("not")) {
                return true;
            }
        }
        return false;
    }
}
