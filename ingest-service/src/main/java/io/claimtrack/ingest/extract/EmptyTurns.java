package io.claimtrack.ingest.extract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * When a turn's text says nothing although it has words: a tally, a roster, a name alone under a role's label, a
 * topic or announcement before the turn's question, a courtesy before its question or closing, an agenda move, a
 * question handed on to another.
 * {@link Turns#add} asks it of the text it would take as the turn's statement.
 */
final class EmptyTurns {

    /** The longest name a label line holds alone: "Ana Lucia Vidal Ortiz". */
    private static final int NAME_ALONE_WORDS = 4;
    /**
     * An answer that hands the question on: "I will leave that question to the minister.", "I'll leave that to the
     * court."; the whole turn, one sentence.
     */
    private static final Pattern HANDED_ON = Pattern.compile(
            "I(?: will|'ll|’ll| would| must) leave (?:that|this|it)(?: question| one| matter)? (?:to|for) [^.!?]+\\.?");
    /** What a questioner's opener calls the question it announces: "A follow-up.", "One last question.". */
    static final Set<String> QUESTION_NOUNS = WordSet.of("question", "follow-up", "followup", "clarification");

    private EmptyTurns() {
    }

    /**
     * Whether the turn's text {@code [contentStart, end)}, from token {@code first}, says nothing; {@code asks} when
     * questions followed it, {@code closes} when the chair's closing did.
     */
    static boolean nothing(AttributionContext ctx, int contentStart, int first, int end, boolean asks, boolean closes) {
        return !hasLetter(ctx.doc.text, contentStart, end) || signatureLine(ctx.doc.text, contentStart, end)
                || roster(ctx, first, end) || nameAlone(ctx, first, end)
                || officeCalled(ctx, first, ctx.doc.tokenAtOrAfter(end))
                || asks && (topicOnly(ctx, first, end) || topicLeadIn(ctx, first, ctx.doc.tokenAtOrAfter(end)))
                || (asks || closes) && Courtesies.only(ctx.doc, contentStart, end)
                || AgendaMoves.only(ctx.doc, first, ctx.doc.tokenAtOrAfter(end))
                || HANDED_ON.matcher(ctx.doc.text(contentStart, end)).matches();
    }

    /**
     * "Chair: ____________    Recording Secretary: ____________": a blank to sign on after the label, the minutes'
     * signature lines, no words of the Chair's.
     */
    private static boolean signatureLine(String text, int contentStart, int end) {
        int k = Chars.skipSpace(text, contentStart, end);
        return k + 1 < end && text.charAt(k) == '_' && text.charAt(k + 1) == '_';
    }

    /**
     * "Nordland: Ada Berg, Tor Vik, Ola Lund.", "Judges: Justice Ames (President), Justice Roe, Justice Kay": three or
     * more names and nothing else after a label, each perhaps with its role in brackets, are a list of people, not what
     * the label said.
     */
    private static boolean roster(AttributionContext ctx, int from, int end) {
        int commas = 0;
        boolean bracket = false;
        for (int k = from; k < ctx.tokens.size() && ctx.tokens.get(k).start() < end; k++) {
            Token t = ctx.tokens.get(k);
            if (t.is("(") || t.is(")")) {
                bracket = t.is("(");
            } else if (t.is(",")) {
                commas += bracket ? 0 : 1;
            } else if (!bracket && (t.isWord() ? !t.isCapitalized() && !t.is("and") : !t.is(".") && !t.is("-"))) {
                return false;
            }
        }
        return commas >= 2;
    }

    /**
     * "Arbitrator: Joan Pell", "Photographs: Ada Lind": a label line over a name alone, with no full stop, says who
     * holds the role, not what anyone said.
     */
    private static boolean nameAlone(AttributionContext ctx, int from, int end) {
        if (end < ctx.doc.text.length() && ctx.doc.text.charAt(end) != '\n') {
            return false;
        }
        int words = 0;
        for (int k = from; k < ctx.tokens.size() && ctx.tokens.get(k).start() < end; k++) {
            Token t = ctx.tokens.get(k);
            if (!t.isWord() || !t.isCapitalized() || ++words > NAME_ALONE_WORDS) {
                return false;
            }
        }
        return words >= 2;
    }

    /**
     * "The Speaker (Hon. Ada Lind): Minister of Fisheries.", "Attorney General.": a presiding officer calling the next
     * speaker by office alone, in title case, as "Mr. Berg." calls one by name; an office with a name ("Minister Ada
     * Lind") or in lower case ("the minister", an answer) is not taken.
     */
    private static boolean officeCalled(AttributionContext ctx, int from, int to) {
        if (to <= from || ctx.mentions.scanRight(from, to) != to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = ctx.tokens.get(k);
            if (t.isLowerWord() && !FunctionWords.NAME_LINKS.contains(t.lower())) {
                return false;
            }
        }
        Mention m = ctx.mentions.build(from, to);
        return m != null && !m.hasName() && !m.role().isEmpty() && m.kind() == SpeakerKind.PERSON;
    }

    /**
     * "Reports. Mr Brekke, what has the Ministry done since?": one word before the turn's question names what it asks
     * about, as "And the budget?" does, and so does a noun after its article ("Minister, the border. Will it open?");
     * "A follow-up. Will you appeal?", "One more question.", "A follow-up, if I may." only announce the question.
     * Nothing is asserted.
     */
    private static boolean topicOnly(AttributionContext ctx, int from, int end) {
        int words = 0;
        boolean announces = false;
        int k = from;
        for (; k < ctx.tokens.size() && ctx.tokens.get(k).start() < end; k++) {
            Token t = ctx.tokens.get(k);
            if (t.is(",") && k + 1 < ctx.tokens.size() && Courtesies.only(ctx.doc, ctx.tokens.get(k + 1).start(), end)) {
                // ", if I may", ", please": a courtesy after the announcement.
                break;
            }
            words += t.isWord() ? 1 : 0;
            announces |= QUESTION_NOUNS.contains(t.lower());
        }
        boolean noun = words == 2 && FunctionWords.ARTICLES.contains(ctx.tokens.get(from).lower());
        return words == 1 || (announces || noun) && AgendaMoves.topic(ctx.doc, from, k);
    }

    /**
     * "TOM REYES: Let's talk about the dam. It was due in 2031. Will it open?": a lead-in that opens by setting the
     * question's topic is the host's narration; one in the questioner's own voice ("let us start with the floods. In
     * May I was in Dunrath and saw ...") is what the questioner says.
     */
    private static boolean topicLeadIn(AttributionContext ctx, int from, int to) {
        if (!AgendaMoves.opensTopic(ctx.doc, from, to)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (FunctionWords.FIRST_PERSON_SUBJECTS.contains(ctx.tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /** "Clinton: 547." is a tally, not a turn. */
    private static boolean hasLetter(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isLetter(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
