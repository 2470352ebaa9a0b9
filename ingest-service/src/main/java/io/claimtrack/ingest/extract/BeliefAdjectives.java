package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Adjectives of belief after a copula, with the clause believed: "the mayor is confident that the bridge will
 * open", "they remain convinced the vote was rigged", "Holm is worried that fares will rise". The adjective is
 * the cue, as "believes" would be. Without the clause they name a mood or a fate: "is sure to win", "was
 * confident in the team", "is not sure" (nothing asserted).
 */
final class BeliefAdjectives {

    private static final Set<String> ADJECTIVES = WordSet.of("confident", "convinced", "certain", "sure", "adamant",
            "optimistic", "pessimistic", "hopeful", "skeptical", "sceptical", "doubtful", "worried", "afraid", "fearful",
            "concerned", "aware", "insistent", "emphatic", "positive", "persuaded",
            // A judge's or a board's finding: "I am satisfied that the notice was late".
            "satisfied",
            // Adjectives of feeling that take what is felt about as a that-clause, which reports the subject's view
            // as "worried that" does: "the pilots were frustrated that the port released only some of the logs".
            "angry", "annoyed", "upset", "frustrated", "furious", "incensed", "outraged", "indignant", "dismayed",
            "disappointed", "displeased", "pleased", "glad", "happy", "delighted", "thrilled", "relieved", "proud",
            "grateful", "thankful", "surprised", "shocked", "stunned", "astonished", "amazed", "mystified", "puzzled",
            "baffled", "alarmed", "troubled", "disturbed", "saddened", "ashamed", "embarrassed", "heartened");
    /**
     * A decider's findings, whose negation is a finding too: "I am not persuaded that the delay was the system's", "The
     * Tribunal is also not satisfied that the notice was served" (an ombudsman's or a tribunal's conclusion).
     */
    private static final Set<String> FINDINGS = WordSet.of("persuaded", "satisfied");
    /** Copulas and linking verbs that make the adjective the predicate of its subject ("felt sure that" is a cue of its own). */
    private static final Set<String> COPULAS = WordSet.of("is", "are", "was", "were", "be", "been", "being", "am",
            "remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared", "grew", "became",
            "become");
    /** Degree and time adverbs between copula and adjective: "is still confident", "are now more convinced". */
    private static final Set<String> ADVERBS = WordSet.of("very", "quite", "so", "more", "most", "still", "also", "now",
            "even", "ever", "too", "all", "again", "already", "just", "increasingly");

    private BeliefAdjectives() {
    }

    /**
     * Where the cue starts when token {@code i} is an adjective of belief predicated of a subject and followed by
     * its clause, or -1. The cue is the adjective after "is" or "has been", which the speaker scan steps over like
     * an auxiliary; a linking verb ("remains convinced", "grew worried") belongs to the cue.
     */
    static int cueStart(AnnotatedDocument doc, int i, Sentence s) {
        List<Token> t = doc.tokens;
        if (!ADJECTIVES.contains(t.get(i).lower()) || i + 2 >= s.endToken()) {
            return -1;
        }
        int k = i - 1;
        boolean finding = FINDINGS.contains(t.get(i).lower());
        while (k > s.firstToken() && i - 1 - k < Windows.ADVERB_RUN && (adverb(t.get(k)) || finding && t.get(k).is("not"))) {
            k--;
        }
        if (k - 2 > s.firstToken() && t.get(k).is(",") && t.get(k - 1).isWord() && t.get(k - 2).is(",")) {
            // "I am, however, satisfied that": one connecting word between commas.
            k -= 3;
        }
        Token copula = t.get(k);
        if (k <= s.firstToken() || !(COPULAS.contains(copula.lower()) || PhraseShapes.contractedPronoun(copula) > 0)) {
            return -1;
        }
        Token before = t.get(k - 1);
        if (before.is("not") || before.is("never") || PhraseShapes.negativeContraction(before.lower())) {
            // "does not feel confident that", "hasn't been sure": nothing is believed.
            return -1;
        }
        Token next = t.get(i + 1);
        // "is confident that ..." or, with the "that" left out, a clause with its own subject: "is sure the vote ...";
        // "is concerned that:" closing its paragraph leads in the clauses of the list under it.
        boolean clause = next.is("that") && (t.get(i + 2).type() != Token.Type.PUNCT || t.get(i + 2).is(":") && i + 3 == s.endToken())
                || BareClause.opensAt(t, i + 1, s);
        if (!clause) {
            return -1;
        }
        return FunctionWords.ADVERBS.contains(copula.lower()) || PhraseShapes.contractedPronoun(copula) > 0 ? i : k;
    }

    /**
     * "The Commissioner is not persuaded that the notices told riders that A": a finding that denies, whose content
     * another is said in only as the decider doubts it; what it reports inside is no one's statement, as under "denied".
     */
    static boolean negatedFinding(AnnotatedDocument doc, Attribution a) {
        if (a.mention == null || !FINDINGS.contains(Name.afterLastSpace(a.cue).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int k = doc.tokenAtOrAfter(a.mention.end());
        for (int end = k + Windows.ADVERB_RUN + 2; k < end && k < doc.tokens.size() && doc.tokens.get(k).start() < a.contentStart; k++) {
            if (doc.tokens.get(k).is("not")) {
                return true;
            }
        }
        return false;
    }

    /** "very", "still", "increasingly": an adverb between copula and adjective; "not" is none, so "is not sure" stays out. */
    private static boolean adverb(Token t) {
        String lower = t.lower();
        return t.isLowerWord() && (ADVERBS.contains(lower) || lower.length() > 4 && lower.endsWith("ly"));
    }
}
