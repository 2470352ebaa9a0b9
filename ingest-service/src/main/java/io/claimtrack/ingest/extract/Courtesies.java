package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A turn's courtesies, which say nothing: a greeting or thanks ("Good afternoon, colleagues."), an acknowledgement
 * ("If I may add, Mr President.") and an address ("Mr President, we ..."). {@link Turns} starts a turn's words after
 * them and drops a turn of courtesy alone; {@link TurnExtent}, {@link AgendaMoves} and {@link AuthoredPage} ask
 * whether a line is only one.
 */
final class Courtesies {

    /** The words a chair's or guest's opening courtesy is made of; one of {@link #HEADS} must be there. */
    private static final Set<String> WORDS = WordSet.of("good", "morning", "afternoon", "evening", "day", "hello",
            "thank", "thanks", "you", "dear", "colleagues", "friends", "ladies", "gentlemen", "and", "everyone", "all",
            "very", "much", "welcome", "greetings", "mr", "mrs", "ms", "madam", "sir", "president", "minister",
            "chairman", "prime", "goodbye", "bye", "see", "next", "week", "time", "soon", "tomorrow", "if", "i", "may", "add",
            "please", "for", "coming", "joining", "us", "our", "being", "here", "excuse", "me", "witnesses", "members", "sorry", "to",
            "interrupt", "your", "listeners", "listening", "viewers", "watching", "audience", "no", "enjoy", "both");
    /** A courtesy needs one of these: "Thank you", "See you next week", "Goodbye", "colleagues" as a greeting. */
    private static final Set<String> HEADS = WordSet.of("good", "hello", "thank", "thanks", "dear", "welcome",
            "greetings", "goodbye", "bye", "see", "may", "colleagues", "excuse", "sorry");
    /** Words that open an address, a courtesy with no other head: "Mr President, colleagues.", "Madam Chair,". */
    private static final Set<String> ADDRESS = WordSet.of("mr", "mrs", "ms", "madam", "sir", "colleagues", "friends", "ladies");
    private static final int MAX_WORDS = 9;

    /** Verbs of a questioner turning to a topic: "I want to go back to cost", "I want to turn to the ferries". */
    private static final Set<String> TURNS_TO = WordSet.of("go", "turn", "return", "come", "move", "ask");
    /** "One last thing", "One more question": the interviewer's last turn announced. */
    private static final Set<String> LAST = WordSet.of("last", "more", "final");

    private Courtesies() {
    }

    /**
     * Where a turn's words start in {@code text[from, to)}: after a line that is only a courtesy ("Good afternoon,
     * colleagues." says nothing, what the speaker says is in the paragraphs under it), else past its opening
     * acknowledgements ("Good. ", "If I may add, Mr President. ") and an address before a comma ("Mr President, we
     * ..."). A greeting before what is said ("Good afternoon. The reform ...", "Thank you, Madam Chair. Our
     * investigation ...") opens the statement. {@code to} when the line says nothing.
     */
    static int skip(AttributionContext ctx, int from, int to) {
        AnnotatedDocument doc = ctx.doc;
        if (only(doc, from, to)) {
            return to;
        }
        Sentence s = doc.sentenceAt(from);
        while (s != null && s.end() < to && (acknowledgement(doc, from, s.end()) || questionAnnounced(doc, from, s))) {
            from = Chars.skipSpace(doc.text, s.end(), to);
            s = doc.sentenceAt(from);
        }
        // Within the sentence: a search to the text's end made a long text of turns without commas quadratic.
        int comma = s == null ? -1 : Chars.indexOf(doc.text, ',', from, s.end());
        return comma > from && address(ctx, from, comma) ? Chars.skipSpace(doc.text, comma + 1, to) : from;
    }

    /**
     * "My question is for the Minister of Health.", "I want to go back to cost.", "One last thing, Minister.": whom a
     * question goes to or what it
     * turns to, said before it; no assertion.
     */
    private static boolean questionAnnounced(AnnotatedDocument doc, int from, Sentence s) {
        List<Token> t = doc.tokens;
        int k = doc.tokenAtOrAfter(from);
        if (k + 3 >= s.endToken() || !t.get(s.endToken() - 1).is(".")) {
            return false;
        }
        if (t.get(k).is("my") && t.get(k + 1).is("question") && t.get(k + 2).is("is")
                || t.get(k).is("one") && LAST.contains(t.get(k + 1).lower()) && (t.get(k + 2).is("thing") || t.get(k + 2).is("question"))) {
            return true;
        }
        int verb = t.get(k).is("i") && t.get(k + 1).is("want") && t.get(k + 2).is("to") ? k + 3 : -1;
        return verb > 0 && TURNS_TO.contains(t.get(verb).lower());
    }

    /** "Good.", "If I may.", "If I may add, Mr President.", "Mr President.": a sentence of courtesy that greets no one. */
    private static boolean acknowledgement(AnnotatedDocument doc, int from, int to) {
        int first = doc.tokenAtOrAfter(from);
        if (first >= doc.tokens.size() || !only(doc, from, to)) {
            return false;
        }
        String word = doc.tokens.get(first).lower();
        return ADDRESS.contains(word) || "if".equals(word)
                || "good".equals(word) && first + 1 < doc.tokens.size() && !doc.tokens.get(first + 1).isWord();
    }

    /**
     * "Mr President," or a caller's first name ("Lena,") before what is said; not "If I may, sir, because ...", whose
     * clause goes on.
     */
    private static boolean address(AttributionContext ctx, int from, int to) {
        AnnotatedDocument doc = ctx.doc;
        int first = doc.tokenAtOrAfter(from);
        if (first >= doc.tokens.size()) {
            return false;
        }
        Token word = doc.tokens.get(first);
        return ADDRESS.contains(word.lower()) && only(doc, from, to)
                || word.end() == to && word.isCapitalized() && Lexicon.get().isFirstName(word.lower())
                // "Brand, the dredging.": a surname calls on its bearer, which says nothing; only a first name is cut.
                && !ctx.isSurnameOfFullName(word.lower());
    }

    /**
     * Whether {@code text[from, to)} is only an opening or closing courtesy: "Good afternoon, colleagues.", "Thank you,
     * Mr President.", "Dear friends," (names allowed after its first word), an address ("Mr President, colleagues."),
     * "Thank you. See you next week.", and nothing else.
     */
    static boolean only(AnnotatedDocument doc, int from, int to) {
        if (from <= 0 || from >= to) {
            return false;
        }
        int words = 0;
        int first = doc.tokenAtOrAfter(from);
        boolean head = first < doc.tokens.size() && ADDRESS.contains(doc.tokens.get(first).lower());
        for (int t = first; t < doc.tokens.size() && doc.tokens.get(t).start() < to; t++) {
            Token token = doc.tokens.get(t);
            if (!token.isWord()) {
                continue;
            }
            boolean name = words > 0 && token.isCapitalized();
            if (++words > MAX_WORDS || !WORDS.contains(token.lower()) && !name) {
                return false;
            }
            head |= HEADS.contains(token.lower());
        }
        return head;
    }
}
