package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "She said Voss had “a bad voting record,” a line that drew laughter", "..., charges Durnhall rejected as
 * “fabricated”", "..., a figure drawn from an analysis by ...": a noun phrase after the content that names what was
 * said or done and goes on to comment on it is the narrator's, and what was said ends before it.
 */
final class SummativeAppositive {

    /** Nouns that name a statement or an act as a whole: what the narrator calls what came before. */
    private static final Set<String> NOUNS = WordSet.of("line", "charge", "claim", "remark", "comment", "accusation",
            "allegation", "assertion", "statement", "argument", "promise", "pledge", "warning", "threat", "offer",
            "proposal", "request", "demand", "suggestion", "prediction", "admission", "concession", "reference", "jab",
            "swipe", "quip", "joke", "message", "assessment", "characterization", "description", "estimate", "figure",
            "forecast", "move", "shift", "step", "reversal", "result", "outcome", "decision", "sign", "signal");
    /** Modifiers between the article and the noun: "a rare admission", "a thinly veiled swipe". */
    private static final int MODIFIERS = 2;

    private SummativeAppositive() {
    }

    /**
     * Whether the narrator's appositive opens after the token at {@code k}: a comma or a dash outside quotations, or
     * the close of a quotation that ends with its own comma; the noun phrase must have a modifier after its noun
     * ("a line that drew laughter", "an offer the port said it never received") before {@code end}.
     */
    static boolean opensAfter(AnnotatedDocument doc, int k, int end) {
        List<Token> tokens = doc.tokens;
        Token t = tokens.get(k);
        Quote q = t.type() == Token.Type.QUOTE && k > 0 && tokens.get(k - 1).is(",") ? doc.quoteAt(t.start()) : null;
        boolean quoteClose = q != null && q.end() == t.end();
        if (!quoteClose && (!(t.is(",") || Asides.isDash(t)) || doc.quoteAt(t.start()) != null) || closesClauseAside(tokens, k)) {
            return false;
        }
        int n = k + 1;
        while (n < end && Asides.isDash(tokens.get(n))) {
            n++;
        }
        if (n + 2 < end && tokens.get(n).is("the") && tokens.get(n + 1).is("latest")
                && (tokens.get(n + 2).is("in") || tokens.get(n + 2).is("of"))) {
            // "..., the chief executive said on Tuesday, the latest in a string of cuts": one more of the kind the
            // narrator names.
            return true;
        }
        boolean article = n < end && (tokens.get(n).is("a") || tokens.get(n).is("an"));
        if (article) {
            n++;
        }
        // Without an article the plural noun comes first: "remarks that ...".
        for (int m = 0; n < end && m <= (article ? MODIFIERS : 0); m++, n++) {
            Token w = tokens.get(n);
            if (!w.isWord() || w.isCapitalized() || ReportedContent.isClauseVerb(w)) {
                return false;
            }
            if (named(w.lower(), article)) {
                return n + 1 < end && modifier(tokens.get(n + 1), article) && !listGoesOn(tokens, n + 2, end);
            }
        }
        return false;
    }

    /**
     * "..., “afford to be patient,” remarks that investors read as a signal": the cue word at {@code i} is the plural
     * noun of the narrator's appositive, no verb of saying.
     */
    static boolean nounAt(AnnotatedDocument doc, int i, int end) {
        return i > 0 && opensAfter(doc, i - 1, end);
    }

    /**
     * What comments on the noun: a relative clause or a participle; not a finite verb ("requests were made": the noun is
     * a subject). Without an article, "promises to", "signals the" are verbs: a relative word or a subject must follow.
     */
    private static boolean modifier(Token t, boolean article) {
        // "to" and a participle in -ed modify the noun: "a reference to ...", "a claim echoed by ...".
        if (!t.isWord() || ReportedContent.isClauseVerb(t) && !t.is("to") && !t.lower().endsWith("ed")) {
            return false;
        }
        return article || t.is("that") || t.is("which") || t.isCapitalized() || FunctionWords.SUBJECT_PRONOUNS.contains(t.lower());
    }

    /**
     * "that the Ministry publish, before the levy comes into force, an assessment of ...": the comma at {@code k} closes
     * an adverbial clause set off after a lower-case verb, and the noun phrase after it is that verb's object.
     */
    private static boolean closesClauseAside(List<Token> tokens, int k) {
        for (int j = k - 1; j > 0 && k - j <= Windows.ASIDE_TOKENS; j--) {
            if (tokens.get(j).is(",")) {
                Token verb = tokens.get(j - 1);
                return j + 1 < k && FunctionWords.SUBORDINATORS.contains(tokens.get(j + 1).lower()) && verb.isLowerWord();
            }
        }
        return false;
    }

    /** "..., a quip by a politician, as well as ...", "..., a pledge of aid, and a loan": one item of a list. */
    private static boolean listGoesOn(List<Token> tokens, int from, int end) {
        for (int k = from; k + 1 < Math.min(end, from + Windows.LIST_AFTER_APPOSITIVE_TOKENS); k++) {
            if (tokens.get(k).is(",") && (tokens.get(k + 1).is("as") && k + 2 < end && tokens.get(k + 2).is("well")
                    || (tokens.get(k + 1).is("and") || tokens.get(k + 1).is("or"))
                    && k + 2 < end && FunctionWords.ARTICLES.contains(tokens.get(k + 2).lower()))) {
                return true;
            }
        }
        return false;
    }

    /** "a line", or without an article the plural: "remarks that", "charges Durnhall rejected". */
    private static boolean named(String w, boolean article) {
        return article ? NOUNS.contains(w) : w.length() > 1 && w.endsWith("s") && NOUNS.contains(w.substring(0, w.length() - 1));
    }
}
