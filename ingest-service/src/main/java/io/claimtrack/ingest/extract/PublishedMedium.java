package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * "He released a letter from his doctor on Friday that says ...", "The Post ran a piece that noted ...", "Lund is
 * releasing a new ad that urges ...": a medium put out by a verb of publishing, whose relative clause has the cue
 * for its verb. The one who put it out speaks through it. A medium someone only read or attacked ("Holm criticized
 * a letter that says ...") is no one's words but its writer's, and stays out.
 */
final class PublishedMedium {

    /** Verbs that put a medium out under their subject's name. */
    private static final Set<String> PUBLISHING = WordForms.verbForms("release", "issue", "run/ran/run", "publish",
            "post", "air", "send/sent", "unveil", "launch");
    /** Media beyond those a statement is made in: what a campaign or paper puts out. */
    private static final Set<String> MEDIA = WordSet.union(List.of(ReportedContent.MEDIA), "ad", "piece", "article",
            "mailer", "flyer", "report");

    /** Things that carry words of their own before a participle: "911 calls saying", "signs reading". */
    private static final Set<String> CARRIERS = WordSet.union(List.of(MEDIA), "call", "sign", "posting", "banner",
            "placard", "petition", "text", "leaflet", "billboard");
    /** Verbs whose subject makes the medium after them, and so speaks through it: "made several statements affirming". */
    private static final Set<String> MAKING = WordSet.union(List.of(PUBLISHING, WordForms.verbForms("make/made",
            "write/wrote/written", "draft", "place", "unleash")));

    /** Verbs whose subject makes the medium they take straight after them: "started a petition". */
    private static final Set<String> STARTING = WordForms.verbForms("start");

    private PublishedMedium() {
    }

    /** Whether {@code head} is a medium that carries words of its own before a participle ("911 calls saying"). */
    static boolean carries(List<Token> tokens, int head) {
        return WordForms.inSetOrPlural(CARRIERS, tokens.get(head).lower());
    }

    /**
     * "wrote op-eds defending", "placed newspaper ads calling the deal ...": the verb that made the medium starting
     * at {@code start}, across its modifiers, whose subject speaks through it; -1 when none (then the medium speaks:
     * "Police received 911 calls saying ...").
     */
    static int maker(List<Token> tokens, int start, int first) {
        int made = verbAcrossModifiers(tokens, start, first, t -> MAKING.contains(t.lower()));
        return made >= 0 ? made : starter(tokens, start, first);
    }

    /**
     * "has started a petition asking", "started an online petition calling": who starts a medium makes it, the verb
     * right before the medium's determiner; -1 for "started receiving calls saying", where the calls are someone else's.
     */
    private static int starter(List<Token> tokens, int start, int first) {
        int d = start;
        while (d > first && start - d < Windows.MEDIUM_MODIFIER_TOKENS && !FunctionWords.DETERMINERS.contains(tokens.get(d).lower())
                && tokens.get(d - 1).isLowerWord()) {
            d--;
        }
        boolean opened = d > first && FunctionWords.DETERMINERS.contains(tokens.get(d).lower());
        return opened && STARTING.contains(tokens.get(d - 1).lower()) ? d - 1 : -1;
    }

    /**
     * The index of the publishing verb when the cue's subject is the "that" of a medium that verb put out; -1
     * otherwise. Between the medium and "that" may stand its source and a time ("from his doctor on Friday"),
     * between the verb and the medium its determiner and modifiers ("a new 30-second ad").
     */
    static int verbBefore(List<Token> tokens, Cue cue, int first) {
        int that = ClauseShapes.skipAdverbsLeft(tokens, cue.firstToken() - 1, first);
        if (that <= first || !tokens.get(that).is("that")) {
            return -1;
        }
        for (int k = that - 1; k > first && that - k <= Windows.MEDIUM_SOURCE_TOKENS; k--) {
            Token t = tokens.get(k);
            if (!(t.isWord() || t.type() == Token.Type.NUMBER)) {
                return -1;
            }
            if (WordForms.inSetOrPlural(MEDIA, t.lower())) {
                return publisher(tokens, k, first);
            }
        }
        return -1;
    }

    /** The publishing verb before the medium at {@code medium}, across its determiner and modifiers; -1 if none. */
    private static int publisher(List<Token> tokens, int medium, int first) {
        return verbAcrossModifiers(tokens, medium, first, t -> PUBLISHING.contains(t.lower()) && !t.isCapitalized());
    }

    /** The {@code verb} before the medium at {@code medium}, across its determiner and modifiers; -1 if none. */
    private static int verbAcrossModifiers(List<Token> tokens, int medium, int first, Predicate<Token> verb) {
        for (int k = medium - 1; k >= first && medium - k <= Windows.MEDIUM_MODIFIER_TOKENS; k--) {
            Token t = tokens.get(k);
            if (verb.test(t)) {
                return k;
            }
            if (!(t.isWord() || t.type() == Token.Type.NUMBER || t.is("-"))) {
                return -1;
            }
        }
        return -1;
    }
}
