package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "found" of a thing or a person located, no finding: a participle after a thing's noun ("coins found in a field
 * belong to the Crown") and a person found somewhere or with something ("she found him with a right hand", "found
 * them behind the shed"). "The audit found in May that ...", "found him guilty", "found her credible" are left to
 * {@link FindingSense} and the verdicts.
 */
final class ThingsFound {

    /** Where a thing was found, after the participle: "remains found near the lake". */
    private static final Set<String> PLACES = WordSet.of("in", "on", "at", "near", "inside", "under", "beneath", "along",
            "off", "among");
    /**
     * Where or with what a person was found. "in" and "at" are left out: "found him in breach", "found her at fault"
     * are findings.
     */
    private static final Set<String> LOCATED = WordSet.of("with", "near", "on", "under", "behind", "inside", "outside",
            "beside");

    private ThingsFound() {
    }

    /** Whether "found" at token {@code i} locates a thing or a person rather than reporting a finding. */
    static boolean at(Lexicon lexicon, List<Token> t, int i, Sentence s) {
        int next = i + 1;
        if (!t.get(i).is("found") || i == s.firstToken() || next + 1 >= s.endToken()) {
            return false;
        }
        return participle(lexicon, t, i, s) || FunctionWords.OBJECT_PRONOUNS.contains(t.get(next).lower())
                && LOCATED.contains(t.get(next + 1).lower());
    }

    /**
     * "Cafe shut after inspectors find rats, stale bread": a headline's plural subject of people that finds things, a
     * list of nouns closing the line with no clause or verb of its own, locates them. "Study finds fares are too high"
     * (a clause) and "Audit finds errors" (a document's finding) are left.
     */
    static boolean inHeadline(AnnotatedDocument doc, Lexicon lexicon, int i, Sentence s) {
        List<Token> t = doc.tokens;
        if (doc.block(s.block()).kind() != Block.Kind.HEADLINE || !t.get(i).is("find") || i == s.firstToken()
                || i + 1 >= s.endToken()) {
            return false;
        }
        Token subject = t.get(i - 1);
        String lower = subject.lower();
        if (!subject.isWord() || !WordForms.pluralShape(lower) || !lexicon.isPersonNoun(WordForms.singular(lower))) {
            return false;
        }
        for (int k = i + 1; k < s.endToken(); k++) {
            Token tok = t.get(k);
            if (tok.is("that") || tok.is(":") || tok.type() == Token.Type.QUOTE
                    || FunctionWords.FINITE_AUXILIARIES.contains(tok.lower()) || FunctionWords.MODALS.contains(tok.lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A lower-case noun that speaks for no one right before "found", a place after it and no clause of a finding
     * ("that", a colon) before the next comma: the participle of a reduced relative.
     */
    private static boolean participle(Lexicon lexicon, List<Token> t, int i, Sentence s) {
        Token noun = t.get(i - 1);
        String lower = noun.lower();
        if (!noun.isWord() || noun.isCapitalized() || lower.endsWith("ly") || noun.in(WordClass.ADVERB)
                || noun.in(WordClass.NP_BREAKER) || noun.in(WordClass.DETERMINER) || lexicon.isSpeakerNoun(noun)
                || !PLACES.contains(t.get(i + 1).lower())) {
            return false;
        }
        for (int k = i + 2; k < Math.min(s.endToken(), i + 2 + Windows.FINDING_CLAUSE_TOKENS); k++) {
            Token tok = t.get(k);
            if (tok.is("that") || tok.is(":") || tok.type() == Token.Type.QUOTE) {
                return false;
            }
            if (tok.is(",")) {
                break;
            }
        }
        return true;
    }
}
