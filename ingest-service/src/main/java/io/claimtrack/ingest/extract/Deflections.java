package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A spokesperson's sentence that deflects the question and tells nothing: having nothing to announce ("I have nothing
 * to add at this stage."), having no information ("We have no such information for now."), word promised for later
 * ("We will inform you in due course.", "I'll let you know once it is settled.", "Stay tuned."), the question sent
 * elsewhere ("Please refer to the port authority.") and arrangements still being made ("The itinerary is still being
 * worked out."). {@link ClosingTurns} counts them among a turn's closing sentences, so a turn of them alone says nothing.
 * Anything more than a short aside after the deflection ("nothing to announce about the strike, but the minister will
 * meet the unions") answers, and keeps the sentence a statement.
 */
final class Deflections {

    /** What a spokesperson has nothing to do: "nothing to announce", "nothing to add", "nothing to share with you". */
    private static final Set<String> ANNOUNCING = WordSet.of("announce", "add", "say", "share", "report", "offer",
            "release", "tell", "give", "provide");
    /** What a spokesperson has none of: "no information", "no details", "no update". */
    private static final Set<String> INFORMATION = WordSet.of("information", "details", "news", "update", "updates",
            "figure", "figures", "number", "numbers", "list", "data", "breakdown");
    /** What may follow "do not have" before what is lacking: "any details", "that figure", "the list". */
    private static final Set<String> SOME_INFORMATION = WordSet.of("any", "that", "the", "those", "these");
    /** What may follow "do not have" before "to announce": "anything further to add". */
    private static final Set<String> SOMETHING = WordSet.of("anything");
    /** What a question left to others is: "a decision for the Crown", "a question for the minister". */
    private static final Set<String> DECIDED = WordSet.of("decision", "question", "call");
    /** What a matter spoken of "speaks for itself" is: "The record speaks for itself.", "The facts speak for themselves.". */
    private static final Set<String> ITSELF = WordSet.of("itself", "themselves");
    /** "speaks for itself", "speak for themselves". */
    private static final Set<String> SPEAKS = WordSet.of("speaks", "speak");
    /** Between "no" or "nothing" and what is lacking: "no such information", "nothing further to add". */
    private static final Set<String> MORE = WordSet.of("such", "further", "more", "new", "additional", "else");
    /** A promise of word later: "inform you", "update you", "let you know", "keep you informed/posted". */
    private static final Set<String> INFORMING = WordSet.of("inform", "update", "notify", "brief");
    /** What is promised to be shared later: "We will share it later.", "We'll share them when we have them.". */
    private static final Set<String> SHARED = WordSet.of("it", "them", "that");
    /** What opens the time word is promised for: "when it is final", "once the dates are set", "as soon as we can". */
    private static final Set<String> ONCE = WordSet.of("when", "once", "as");
    /** The arrangements a spokesperson says are still being made: "The programme is being prepared". */
    private static final Set<String> ARRANGEMENTS = WordSet.of("programme", "program", "dates", "date", "details",
            "schedule", "timing", "agenda", "itinerary", "arrangements", "format", "modalities", "timetable");
    /** How arrangements are still being made: "being agreed", "being finalised", "being worked out". */
    private static final Set<String> MAKING = WordSet.of("prepared", "agreed", "finalised", "finalized", "discussed",
            "worked", "coordinated", "arranged", "settled", "clarified", "determined", "considered", "decided");
    private static final Set<String> WILL = WordSet.of("will", "shall");
    /** How arrangements or figures are made known by others or later: "will be announced", "are published by". */
    private static final Set<String> MADE_KNOWN = WordSet.of("announced", "published", "released", "communicated",
            "issued", "given", "provided");
    /** Words that open a clause after a deflection's aside: "nothing to announce, as the talks are ongoing". */
    private static final Set<String> CLAUSE_OPENERS = WordSet.union(List.of(FunctionWords.FINITE_AUXILIARIES), "because",
            "so", "or", "although", "though", "while", "whereas");
    /** After these "that" points at what was asked ("nothing to add to that"); elsewhere it opens a clause. */
    private static final Set<String> POINTING = WordSet.union(List.of(FunctionWords.TOPIC_PREPOSITIONS), "to", "at", "in");
    /** The longest aside after a deflection: "about the visit at this point", "through diplomatic channels". */
    private static final int ASIDE_WORDS = 6;
    /** The longest noun phrase of whom a question is referred to or of what is being arranged: "the competent authorities". */
    private static final int PHRASE_WORDS = 6;

    private Deflections() {
    }

    /** Whether the sentence in tokens {@code [from, to)} only deflects the question. */
    static boolean deflects(AnnotatedDocument doc, int from, int to) {
        List<Token> t = doc.tokens;
        return nothingToAnnounce(t, from, to) || noInformation(t, from, to) || wordLater(t, from, to)
                || referral(doc, from, to) || leftToOthers(doc, from, to) || stillArranged(t, from, to)
                || speaksForItself(doc, from, to) || publishedByOthers(doc, from, to);
    }

    /**
     * "That is a decision for the Crown.", "That's a matter for the courts, not for us.": the question left to whoever
     * decides it; "That is a matter for the police." alone says whose business it is, and "That is a decision for the
     * courts, which will rule in May" tells more.
     */
    private static boolean leftToOthers(AnnotatedDocument doc, int from, int to) {
        List<Token> t = doc.tokens;
        int k = from + (t.get(from).lower().replace('’', '\'').equals("that's") ? 1 : 2);
        if (k + 3 >= to || k == from + 2 && (!t.get(from).is("that") || !t.get(from + 1).is("is") && !t.get(from + 1).is("'s"))
                || !t.get(k).is("a") || !DECIDED.contains(t.get(k + 1).lower()) && !t.get(k + 1).is("matter") || !t.get(k + 2).is("for")) {
            return false;
        }
        int end = to;
        while (end > k && !t.get(end - 1).isWord()) {
            end--;
        }
        boolean disowned = end - 4 > k + 3 && t.get(end - 4).is(",") && t.get(end - 3).is("not") && t.get(end - 2).is("for")
                && FunctionWords.FIRST_PERSON_WORDS.contains(t.get(end - 1).lower());
        if (disowned) {
            // ", not for us": whose decision it is not.
            end -= 4;
        } else if (t.get(k + 1).is("matter")) {
            // "That is a matter for the police." alone says whose business it is (round 56's hearing).
            return false;
        }
        Token whose = t.get(k + 3);
        return (FunctionWords.ARTICLES.contains(whose.lower()) || whose.isCapitalized())
                && AgendaMoves.phrase(doc, k + 3, end, PHRASE_WORDS);
    }

    /** "I have nothing to announce today.", "We don't have anything further to add.", "There is nothing new to report.". */
    private static boolean nothingToAnnounce(List<Token> t, int from, int to) {
        int k = lacking(t, from, to, "nothing", SOMETHING);
        if (k < 0) {
            return false;
        }
        k = past(t, k, to, MORE);
        if (k + 1 >= to || !t.get(k).is("to") || !ANNOUNCING.contains(t.get(k + 1).lower())) {
            return false;
        }
        return aside(t, past(t, k + 2, to, FunctionWords.OBJECT_PRONOUNS), to);
    }

    /**
     * "We have no such information at the moment.", "I don't have any details to offer on that.", "I do not have that
     * figure with me.".
     */
    private static boolean noInformation(List<Token> t, int from, int to) {
        int k = lacking(t, from, to, "no", SOME_INFORMATION);
        if (k < 0) {
            return false;
        }
        k = past(t, k, to, MORE);
        if (k >= to || !INFORMATION.contains(t.get(k).lower())) {
            return false;
        }
        k++;
        if (k + 1 < to && t.get(k).is("to") && ANNOUNCING.contains(t.get(k + 1).lower())) {
            k = past(t, k + 2, to, FunctionWords.OBJECT_PRONOUNS);
        }
        return aside(t, k, to);
    }

    /**
     * Past "I/we have {@code none}", "I/we do not have" one of {@code some} or "There is {@code none}", or -1: "I have
     * nothing", "We don't have any", "There is nothing".
     */
    private static int lacking(List<Token> t, int from, int to, String none, Set<String> some) {
        if (from + 2 >= to) {
            return -1;
        }
        if (t.get(from).is("there") && t.get(from + 1).is("is")) {
            return t.get(from + 2).is(none) ? from + 3 : -1;
        }
        if (!FunctionWords.FIRST_PERSON_SUBJECTS.contains(t.get(from).lower())) {
            return -1;
        }
        int k = from + 1;
        int afterDo = PhraseShapes.afterNegatedAuxiliary(t, k, to, FunctionWords.DO_FORMS);
        if (afterDo > 0) {
            return afterDo + 1 < to && t.get(afterDo).is("have") && some.contains(t.get(afterDo + 1).lower()) ? afterDo + 2 : -1;
        }
        return k + 1 < to && t.get(k).is("have") && t.get(k + 1).is(none) ? k + 2 : -1;
    }

    /**
     * "We will inform you in due course.", "I'll let you know when it is final.", "We will keep you posted.", "We will
     * share it later.", "Stay tuned.": word of the answer promised for later.
     */
    private static boolean wordLater(List<Token> t, int from, int to) {
        int k = from < to && t.get(from).is("please") ? from + 1 : from;
        if (k + 1 < to && t.get(k).is("stay") && t.get(k + 1).is("tuned")) {
            return aside(t, k + 2, to);
        }
        k = afterFirstPersonModal(t, k, to, WILL, "ll");
        if (k < 0) {
            return false;
        }
        if (k + 1 < to && INFORMING.contains(t.get(k).lower()) && t.get(k + 1).is("you")) {
            k += 2;
        } else if (k + 1 < to && t.get(k).is("share") && SHARED.contains(t.get(k + 1).lower())) {
            k += 2;
        } else if (k + 2 < to && t.get(k).is("let") && t.get(k + 1).is("you") && t.get(k + 2).is("know")) {
            k += 3;
        } else if (k + 2 < to && t.get(k).is("keep") && t.get(k + 1).is("you")
                && (t.get(k + 2).is("informed") || t.get(k + 2).is("posted") || t.get(k + 2).is("updated"))) {
            k += 3;
        } else {
            return false;
        }
        return k < to && ONCE.contains(t.get(k).lower()) ? until(t, k + 1, to) : aside(t, k, to);
    }

    /**
     * "Please refer to the competent authorities.", "I would refer you to the Ministry of Fisheries.", "I'd refer you to
     * the port authority for the details.": the question sent to another.
     */
    private static boolean referral(AnnotatedDocument doc, int from, int to) {
        List<Token> t = doc.tokens;
        int k;
        if (from + 2 < to && t.get(from).is("please") && t.get(from + 1).is("refer") && t.get(from + 2).is("to")) {
            k = from + 3;
        } else {
            k = from + 1 < to && t.get(from + 1).is("refer") ? afterFirstPersonModal(t, from, to, Set.of(), "")
                    : afterFirstPersonModal(t, from, to, FunctionWords.MODALS, "d");
            if (k < 0 || k + 2 >= to || !t.get(k).is("refer") || !t.get(k + 1).is("you") || !t.get(k + 2).is("to")) {
                return false;
            }
            k += 3;
        }
        return k < to && FunctionWords.ARTICLES.contains(t.get(k).lower()) && AgendaMoves.phrase(doc, k + 1, to, PHRASE_WORDS);
    }

    /**
     * "The programme is still being prepared.", "The dates of the visit are being agreed through diplomatic channels.":
     * the arrangements asked about are not made yet; "The Minister's schedule will be announced separately.": they are
     * made known later. "New sanctions are being prepared" is news: only the arrangements' own nouns.
     */
    private static boolean stillArranged(List<Token> t, int from, int to) {
        if (from >= to || !t.get(from).is("the")) {
            return false;
        }
        int k = from + 1;
        while (k < to && k - from <= PHRASE_WORDS && !ARRANGEMENTS.contains(t.get(k).lower()) && possessorWord(t.get(k))
                && !FunctionWords.NP_BREAKERS.contains(t.get(k).lower())) {
            k++;
        }
        if (k >= to || !ARRANGEMENTS.contains(t.get(k).lower())) {
            return false;
        }
        k++;
        if (k + 1 < to && (t.get(k).is("of") || t.get(k).is("for"))) {
            // "of the visit", "for the summit"
            int end = Math.min(to, k + 1 + PHRASE_WORDS);
            k++;
            while (k < end && t.get(k).isWord() && !FunctionWords.BE_FORMS.contains(t.get(k).lower())) {
                k++;
            }
        }
        if (k + 2 < to && WILL.contains(t.get(k).lower()) && t.get(k + 1).is("be") && MADE_KNOWN.contains(t.get(k + 2).lower())) {
            return aside(t, k + 3, to);
        }
        if (k >= to || !t.get(k).is("is") && !t.get(k).is("are")) {
            return false;
        }
        k = past(t, k + 1, to, Set.of("still"));
        if (k + 1 >= to || !t.get(k).is("being") || !MAKING.contains(t.get(k + 1).lower())) {
            return false;
        }
        k += 2;
        return aside(t, k < to && t.get(k).is("out") ? k + 1 : k, to);
    }

    /** A word of a noun phrase before its head, a possessor's included: "the Minister's", "the final". */
    private static boolean possessorWord(Token w) {
        return w.isWord() || w.is("'s") || w.is("’s");
    }

    /**
     * "Casualty figures are published by the General Staff on Fridays.", "The numbers are released by the Statistics
     * Office.": the figures asked for are a named body's to give; a clause after the body says more.
     */
    private static boolean publishedByOthers(AnnotatedDocument doc, int from, int to) {
        List<Token> t = doc.tokens;
        int k = past(t, from, to, FunctionWords.ARTICLES);
        int end = Math.min(to, k + PHRASE_WORDS);
        while (k < end && !INFORMATION.contains(t.get(k).lower()) && t.get(k).isWord()) {
            k++;
        }
        if (k + 4 >= to || !INFORMATION.contains(t.get(k).lower()) || !t.get(k + 1).is("are") && !t.get(k + 1).is("is")
                || !MADE_KNOWN.contains(t.get(k + 2).lower()) || !t.get(k + 3).is("by")) {
            return false;
        }
        k += 4;
        int body = past(t, k, to, FunctionWords.ARTICLES);
        int head = body;
        while (head < to && head - body < PHRASE_WORDS && t.get(head).isCapitalized()) {
            head++;
        }
        return head > body && aside(t, head, to);
    }

    /**
     * "The programme of the visit speaks for itself.", "The figures speak for themselves.": the matter left to answer for
     * itself, said in place of an answer.
     */
    private static boolean speaksForItself(AnnotatedDocument doc, int from, int to) {
        List<Token> t = doc.tokens;
        while (to > from && !t.get(to - 1).isWord()) {
            to--;
        }
        return to - from >= 5 && t.get(from).is("the") && ITSELF.contains(t.get(to - 1).lower()) && t.get(to - 2).is("for")
                && SPEAKS.contains(t.get(to - 3).lower()) && AgendaMoves.phrase(doc, from + 1, to - 3, PHRASE_WORDS);
    }

    /**
     * Past "I" or "we" and one of {@code modals} ("we will", "I would"), or past "I" or "we" with {@code contracted}
     * written against it ("we'll", "I’d"); past "I" or "we" alone when {@code modals} is empty; or -1.
     */
    private static int afterFirstPersonModal(List<Token> t, int k, int to, Set<String> modals, String contracted) {
        if (k >= to) {
            return -1;
        }
        Token w = t.get(k);
        if (FunctionWords.FIRST_PERSON_SUBJECTS.contains(w.lower())) {
            return modals.isEmpty() ? k + 1 : k + 1 < to && modals.contains(t.get(k + 1).lower()) ? k + 2 : -1;
        }
        int pronoun = PhraseShapes.contractedPronoun(w);
        return !contracted.isEmpty() && PhraseShapes.contractedAuxiliary(w).equals(contracted)
                && FunctionWords.FIRST_PERSON_SUBJECTS.contains(w.lower().substring(0, pronoun)) ? k + 1 : -1;
    }

    /** Past a token of {@code words} at {@code k}, if there is one. */
    private static int past(List<Token> t, int k, int to, Set<String> words) {
        return k < to && words.contains(t.get(k).lower()) ? k + 1 : k;
    }

    /**
     * Whether tokens {@code [from, to)} are at most a short aside, a time or a topic ("at this point", "on that", "about
     * the visit yet"), and the sentence's end: no comma, quote or clause ("but the minister will meet them").
     */
    private static boolean aside(List<Token> t, int from, int to) {
        if (!until(t, from, to)) {
            return false;
        }
        // A few tokens now, as until bounds them.
        for (int k = from; k < to; k++) {
            if (CLAUSE_OPENERS.contains(t.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether tokens {@code [from, to)} are a few words and the sentence's end, no "and", "but" or clause's "that": "it
     * is final", "the dates are set".
     */
    private static boolean until(List<Token> t, int from, int to) {
        int words = 0;
        for (int k = from; k < to; k++) {
            Token w = t.get(k);
            boolean clause = w.is("but") || w.is("and") || w.is("which")
                    || w.is("that") && (k == from || !POINTING.contains(t.get(k - 1).lower()));
            if (w.isWord() ? ++words > ASIDE_WORDS || clause : !(k == to - 1 && w.closesSentence())) {
                return false;
            }
        }
        return true;
    }
}
