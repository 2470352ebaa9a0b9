package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Cue words that the words around them make an act in the scene, with nothing said: a save that "denied her a hat
 * trick", "wrote it on the whiteboard", "signs reading “Open late”", a verdict ("found the councillor guilty"), a
 * price's direction ("futures pointed to a weaker open"), an activity named after a preposition ("a reputation for
 * arguing, and for winning"), the dead honoured ("gathered to remember the victims").
 */
final class SceneActs {

    /** Objects of "deny" that take a second object, the thing withheld: "denied him a penalty", "denied them entry". */
    private static final Set<String> RECEIVERS = WordSet.of("him", "them", "us", "me");
    /** What opens the thing withheld after "her" or a name: "denied her a hat trick", "denied Lund the chance". */
    private static final Set<String> WITHHELD_DETERMINERS = WordSet.of("a", "an", "the", "any", "another");
    /** A thing written about as an object, with no words of its own: "wrote it on the whiteboard". */
    private static final Set<String> WRITTEN_THINGS = WordSet.of("it", "them", "this");
    /** Where or how a thing is written down: "wrote it on the board", "wrote them down". */
    private static final Set<String> WRITTEN_WHERE = WordSet.of("on", "onto", "in", "into", "down", "up", "across", "over",
            "under", "above", "below", "beside", "out", "off", "at");
    /** Things that bear words rather than say them: "signs reading", "a T-shirt that read". */
    private static final Set<String> DISPLAYS = WordSet.of("sign", "signs", "banner", "banners", "placard", "placards",
            "poster", "posters", "plaque", "plaques", "t-shirt", "t-shirts", "shirt", "shirts", "sticker", "stickers",
            "billboard", "billboards", "badge", "badges", "button", "buttons", "graffiti", "hat", "hats", "cap", "caps",
            "mug", "mugs", "tattoo", "tattoos", "sweatshirt", "sweatshirts", "hoodie", "hoodies");
    /** Relative words between a display and its verb: "a banner that read". */
    private static final Set<String> RELATIVES = WordSet.of("that", "which");
    /** A court's or a jury's verdict after "found" and its object: "found him guilty", "found the firm liable". */
    private static final Set<String> VERDICTS = WordSet.of("guilty", "innocent", "liable");
    /** Prepositions before a gerund that name an activity: "a reputation for arguing", "the art of persuading". */
    private static final Set<String> ACTIVITY_PREPOSITIONS = WordSet.of("for", "of", "at");
    /** What may follow an activity's gerund that has no object: the phrase's end or a coordinated one. */
    private static final Set<String> ACTIVITY_ENDS = WordSet.of(",", ".", ";", "and", "or", ")");
    /** Verbs of pointing whose subject may be a price: "futures pointed to", "yields signalled". */
    private static final List<String> POINTING = List.of("point", "signal", "indicat");

    private SceneActs() {
    }

    /** Whether the cue word {@code w} at token {@code i}, its form {@code words} tokens long, names an act. */
    static boolean act(AnnotatedDocument doc, String w, int i, int words, Sentence s) {
        List<Token> t = doc.tokens;
        int next = i + words;
        if (WordForms.startsWithAny(w, POINTING)) {
            return ObjectSense.priceMovement(t, i, s);
        }
        if (w.startsWith("den")) {
            return withheld(t, next, s.endToken());
        }
        if (w.startsWith("writ") || w.equals("wrote")) {
            return next + 1 < s.endToken() && WRITTEN_THINGS.contains(t.get(next).lower())
                    && WRITTEN_WHERE.contains(t.get(next + 1).lower());
        }
        if (w.startsWith("read")) {
            return displayed(t, i, s);
        }
        if (w.startsWith("remember")) {
            return !memoryTold(t, i, next, s);
        }
        if (w.equals("found") || w.startsWith("find")) {
            return verdict(t, next, s.endToken());
        }
        return w.endsWith("ing") && activity(doc, i, next, s);
    }

    /**
     * "denied her a hat trick", "denied him a penalty", "denied them entry", "denied Lund the chance": a receiver and
     * the thing withheld. "denied her involvement" (her own), "denied it", "denied Lund had lied" deny words.
     */
    private static boolean withheld(List<Token> t, int next, int end) {
        if (next + 1 >= end) {
            return false;
        }
        String first = t.get(next).lower();
        Token second = t.get(next + 1);
        if (RECEIVERS.contains(first)) {
            return WITHHELD_DETERMINERS.contains(second.lower()) || second.isWord() && !second.isCapitalized()
                    && !second.is("that") && !ReportedContent.isClauseVerb(second);
        }
        int k = next;
        if (!first.equals("her")) {
            while (k < end && k - next < Windows.NAME_WORDS && t.get(k).isWord() && t.get(k).isCapitalized()
                    && Mentions.possessiveStem(t.get(k).lower()).equals(t.get(k).lower())) {
                k++;
            }
        } else {
            k++;
        }
        return k > next && k < end && WITHHELD_DETERMINERS.contains(t.get(k).lower());
    }

    /**
     * "remembers that the pier was full", "remembered when the ferry sank", "remembers the surgeon sitting on the floor",
     * "remembers putting his hand on his heart", "“...,” she remembers.": what is remembered is told, as a clause, a
     * scene or the quotation before. "remembers the pension talks as the hardest months", "gathered to remember the
     * victims", "remember to vote" tell no memory.
     */
    private static boolean memoryTold(List<Token> t, int i, int next, Sentence s) {
        int end = s.endToken();
        if (i > s.firstToken() && t.get(i - 1).is("to")) {
            return false;
        }
        if (next >= end || !t.get(next).isWord() && t.get(next).type() != Token.Type.NUMBER) {
            return true;
        }
        if (t.get(next).is("that") || CueSense.QUESTION_WORDS.contains(t.get(next).lower()) || BareClause.opensAt(t, next, s)) {
            return true;
        }
        for (int k = next; k < Math.min(end, next + Windows.PHRASE_TOKENS); k++) {
            Token tok = t.get(k);
            if (!tok.isWord() || tok.is("to") || tok.is("as")) {
                return false;
            }
            if (!tok.isCapitalized() && tok.lower().length() > 4 && tok.lower().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /** "signs reading “...”", "a banner that read": the word's subject, right before it, is a thing that bears words. */
    private static boolean displayed(List<Token> t, int i, Sentence s) {
        int k = i - 1;
        if (k > s.firstToken() && RELATIVES.contains(t.get(k).lower())) {
            k--;
        }
        return k >= s.firstToken() && DISPLAYS.contains(t.get(k).lower());
    }

    /**
     * "found former councillor Ana Berg guilty of fraud", "found the company liable": a verdict on an object within a
     * few words, before any clause. "found that he was guilty" and "found the guilty plea odd" are findings.
     */
    private static boolean verdict(List<Token> t, int next, int end) {
        for (int k = next + 1; k < Math.min(end, next + Windows.RESULT_OBJECT_TOKENS + Windows.NAME_WORDS); k++) {
            Token tok = t.get(k);
            if (VERDICTS.contains(tok.lower())) {
                return true;
            }
            if (!tok.isWord() || tok.is("that") || ReportedContent.isClauseVerb(tok)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "a reputation for arguing, and for winning", "tired of complaining.": a gerund after a preposition, with
     * nothing after it but the phrase's end, names an activity. "after saying, “...”" goes on to the words.
     */
    private static boolean activity(AnnotatedDocument doc, int i, int next, Sentence s) {
        List<Token> t = doc.tokens;
        return i > s.firstToken() && ACTIVITY_PREPOSITIONS.contains(t.get(i - 1).lower())
                && (next >= s.endToken() || ACTIVITY_ENDS.contains(t.get(next).lower())
                        && !(next + 1 < s.endToken() && t.get(next + 1).type() == Token.Type.QUOTE));
    }
}
