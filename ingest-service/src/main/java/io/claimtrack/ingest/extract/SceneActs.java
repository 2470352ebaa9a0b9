package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Cue words that the words around them make an act in the scene, with nothing said: a save that "denied her a hat
 * trick", "wrote it on the whiteboard", "signs reading “Open late”", "a wall panel described it as", a verdict ("found
 * the councillor guilty", a jury's "finding that"), a price's direction ("futures pointed to a weaker open", "futures
 * suggested a flat start"), an activity named after a preposition ("a reputation for arguing, and for winning"), the
 * dead honoured ("gathered to remember the victims"), a story told ("has told the story to recruits"), listeners
 * informed of nothing given ("had informed all participants"), a filing or a candidacy ("seeks creditor protection",
 * "is seeking a second term"), a plan overtaken ("had planned to start"), of works ("plans to replace the bridge") or of
 * one's own life ("plans to study nursing"), a bill reported back ("reports it with two amendments") and the idiom
 * "All told,".
 */
final class SceneActs {

    /** Objects of "deny" that take a second object, the thing withheld: "denied him a penalty", "denied them entry". */
    private static final Set<String> RECEIVERS = WordSet.of("him", "them", "us", "me");
    /** A thing withheld named right after "denied", with no receiver: "denied bail", "denied leave to appeal". */
    private static final Set<String> WITHHELD_THINGS = WordSet.of("bail", "parole", "leave", "entry", "asylum", "permission");
    /** What opens the thing withheld after "her" or a name: "denied her a hat trick", "denied Lund the chance". */
    private static final Set<String> WITHHELD_DETERMINERS = WordSet.of("a", "an", "the", "any", "another");
    /** A court's or a jury's verdict after "found" and its object: "found him guilty", "found the firm liable". */
    private static final Set<String> VERDICTS = WordSet.of("guilty", "innocent", "liable");
    /** Prepositions before a gerund that name an activity: "a reputation for arguing", "the art of persuading". */
    private static final Set<String> ACTIVITY_PREPOSITIONS = WordSet.of("for", "of", "at");
    /** What may follow an activity's gerund that has no object: the phrase's end or a coordinated one. */
    private static final Set<String> ACTIVITY_ENDS = WordSet.of(",", ".", ";", "and", "or", ")");
    /** Verbs of pointing whose subject may be a price: "futures pointed to", "yields signalled", "futures suggested". */
    private static final List<String> POINTING = List.of("point", "signal", "indicat", "suggest");
    /** The jury whose finding is its verdict: "A Valby County jury ... , finding that". */
    private static final Set<String> JURIES = WordSet.of("jury", "jurors", "jury's", "jury’s");
    /** Tellings with no words given: "has told the story to recruits", "tells her story often". */
    private static final Set<String> STORIES = WordSet.of("story", "stories", "tale", "tales", "joke", "jokes", "anecdote",
            "anecdotes");
    /** A story the text has told already: "the story", "her story", "that story". */
    private static final Set<String> KNOWN_STORY = WordSet.union(List.of(FunctionWords.POSSESSIVES, FunctionWords.DEMONSTRATIVES), "the");
    /** What after a story gives what it tells: "the story of how ...", "a joke about Lund", "the story that". */
    private static final Set<String> STORY_TOLD_BY = WordSet.of("of", "about", "that", ":");
    /** What after "informed" gives what the listener was told: a clause, a topic, a quotation. */
    private static final Set<String> TOLD_WHAT = WordSet.of("that", "of", "about", "on", "whether", "how", "what", "why",
            "when", ":");
    /**
     * What a filing seeks: "seeks creditor protection", "sought asylum", a union's application to a labour board ("seeks
     * certification without a vote"), and a prosecution's penalty in sentencing ("The Crown seeks a fine of $40,000"), a
     * position asked of the court, no statement.
     */
    private static final Set<String> FILINGS = WordSet.of("protection", "asylum", "fine", "penalty", "sentence",
            "certification");
    /** What a candidate seeks: "is seeking a third term", "sought the nomination", "seeks re-election". */
    private static final Set<String> CANDIDACIES = WordSet.of("term", "nomination", "re-election", "reelection");

    private SceneActs() {
    }

    /** Whether the cue word {@code w} at token {@code i}, its form {@code words} tokens long, names an act. */
    static boolean act(AnnotatedDocument doc, Lexicon lexicon, String w, int i, int words, Sentence s) {
        List<Token> t = doc.tokens;
        int next = i + words;
        if (WordForms.startsWithAny(w, POINTING)) {
            return ThingSubjects.priceMovement(t, i, s) || ThingSubjects.evidencePoints(t, i, s);
        }
        if (w.startsWith("den")) {
            return withheld(t, next, s.endToken());
        }
        if (w.startsWith("writ") || w.equals("wrote")) {
            return DisplayedWords.writtenDown(t, next, s);
        }
        if (w.startsWith("post") && DisplayedWords.postedDisplay(t, next, s)) {
            return true;
        }
        if (w.startsWith("read")) {
            return DisplayedWords.displayed(t, i, s) || BillStages.reading(t, w, i, s);
        }
        if (w.startsWith("report")) {
            return BillStages.reported(t, next, s.endToken()) || w.equals("report") && BillStages.numberedTitle(t, next, s.endToken());
        }
        if (w.startsWith("describ")) {
            // "where a panel described them as “acquired in 1910”": a display's words, as a sign's.
            return DisplayedWords.displayed(t, i, s);
        }
        if (w.startsWith("remember")) {
            return !MemoryTold.told(t, i, next, s);
        }
        if (w.equals("found") || w.startsWith("find")) {
            return verdict(t, next, s.endToken()) || w.equals("finding") && juryFinding(t, i, s);
        }
        if (w.startsWith("tell") || w.equals("told")) {
            return allTold(t, i, next, s) || storyTold(t, next, s.endToken()) || ableToTell(t, i, next, s);
        }
        if (w.startsWith("inform")) {
            return listenersOnly(t, next, s);
        }
        if (w.startsWith("seek") || w.equals("sought")) {
            return filing(t, next, s.endToken());
        }
        if (w.startsWith("plan")) {
            return PlannedWorks.overtaken(t, i, next, s) || PlannedWorks.works(t, next, s) || LifePlans.own(t, next, s, lexicon)
                    || PlannedActs.at(t, next, s) || PlannedActs.event(t, next, s);
        }
        if (w.startsWith("swear") || w.startsWith("swor")) {
            return oathGiven(t, next, s);
        }
        if (w.startsWith("want")) {
            // "The Authority wants to deepen the channel": the works a body wants are its plan, as "plans to".
            return PlannedWorks.works(t, next, s) || WishedOutcome.at(t, i, next, s) || WishedOutcome.ofSome(t, i, s);
        }
        return w.endsWith("ing") && activity(doc, i, next, s);
    }

    /**
     * "A Wendmoor County jury on Thursday ordered ..., finding that the resort had ignored warnings": a jury, the
     * subject its sentence opens with, gives its verdict's grounds (a verdict is an act). A coroner's jury's own
     * "The jury found that the death was accidental" states its finding.
     */
    private static boolean juryFinding(List<Token> t, int i, Sentence s) {
        return PhraseShapes.wordInRun(t, s.firstToken(), Math.min(i, s.firstToken() + Windows.DETERMINED_PHRASE_TOKENS), JURIES::contains);
    }

    /** "All told, the peso has lost 9%": the idiom for "in total", no one told anything. */
    private static boolean allTold(List<Token> t, int i, int next, Sentence s) {
        return i > s.firstToken() && t.get(i - 1).is("all") && (i - 1 == s.firstToken() || !t.get(i - 2).isWord())
                && next < s.endToken() && t.get(next).is(",");
    }

    /**
     * "Ingrid Holm can tell you, to the minute, when the ferry sails": what someone knows well enough to tell, none told;
     * "can tell you that A" says A.
     */
    private static boolean ableToTell(List<Token> t, int i, int next, Sentence s) {
        if (i == s.firstToken() || !t.get(i - 1).is("can") && !t.get(i - 1).is("could") || next >= s.endToken() || !t.get(next).is("you")) {
            return false;
        }
        int k = next + 1;
        if (k < s.endToken() && t.get(k).is(",")) {
            // An aside between commas: "to the minute", "almost to the day".
            int end = Math.min(s.endToken(), k + Windows.DETERMINED_PHRASE_TOKENS);
            do {
                k++;
            } while (k < end && !t.get(k).is(","));
            k = k < end ? k + 1 : s.endToken();
        }
        return k < s.endToken() && FunctionWords.QUESTION_OPENERS.contains(t.get(k).lower()) && !t.get(k).is("whether") && !t.get(k).is("if");
    }

    /**
     * "She has told the story to recruits", "tells her story often", "told them that story twice": a story the text has
     * told already, a listener at most before it. "told the story of how ...", "told a joke about Lund" and a story
     * followed by a colon or a quotation give what it tells.
     */
    private static boolean storyTold(List<Token> t, int next, int end) {
        int k = next;
        if (k + 1 < end && FunctionWords.OBJECT_PRONOUNS.contains(t.get(k).lower()) && !STORIES.contains(t.get(k + 1).lower())) {
            k++;
        }
        if (k + 1 >= end || !KNOWN_STORY.contains(t.get(k).lower()) || !STORIES.contains(t.get(k + 1).lower())) {
            return false;
        }
        return k + 2 >= end || !STORY_TOLD_BY.contains(t.get(k + 2).lower()) && t.get(k + 2).type() != Token.Type.QUOTE;
    }

    /**
     * "it had informed all 9,400 participants in the trial.", "would inform the public immediately": listeners and
     * where or when, up to the clause's end, with no clause, topic or quotation of what they were told.
     */
    private static boolean listenersOnly(List<Token> t, int next, Sentence s) {
        for (int k = next; k < Math.min(s.endToken(), next + Windows.PHRASE_TOKENS); k++) {
            Token tok = t.get(k);
            if (TOLD_WHAT.contains(tok.lower()) || tok.type() == Token.Type.QUOTE || BareClause.opensAt(t, k, s)) {
                return false;
            }
            if (tok.is(",") || tok.is(".") || tok.is(";") || tok.is("and")) {
                return k > next;
            }
        }
        return false;
    }

    /**
     * "seeks creditor protection", "sought asylum in Karvia", "seeks a fine of $40,000", and a candidacy ("is seeking a second four-year term"): a
     * filing or a run for office within a few words, before any clause.
     */
    private static boolean filing(List<Token> t, int next, int end) {
        for (int k = next; k < Math.min(end, next + Windows.NOUN_PHRASE_WORDS + 1); k++) {
            if (FILINGS.contains(t.get(k).lower()) || CANDIDACIES.contains(t.get(k).lower())) {
                return true;
            }
            if (!t.get(k).isWord() || t.get(k).is("to") || t.get(k).is("that")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "swore in five new ministers", "swore in the new council on Monday": the oath given to others, an act; "swore in
     * court that the gate was shut" and "swore in an affidavit that" keep the oath's words.
     */
    private static boolean oathGiven(List<Token> t, int next, Sentence s) {
        if (next + 1 >= s.endToken() || !t.get(next).is("in")) {
            return false;
        }
        for (int k = next + 1; k < s.endToken(); k++) {
            if (t.get(k).is("that") || t.get(k).type() == Token.Type.QUOTE || t.get(k).is(":")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "denied her a hat trick", "denied him a penalty", "denied them entry", "denied Lund the chance": a receiver and
     * the thing withheld, or the thing alone ("denied bail on two grounds"). "denied her involvement" (her own), "denied it", "denied Lund had lied" deny words.
     */
    private static boolean withheld(List<Token> t, int next, int end) {
        if (next + 1 >= end) {
            return false;
        }
        String first = t.get(next).lower();
        if (WITHHELD_THINGS.contains(first)) {
            return true;
        }
        Token second = t.get(next + 1);
        if (RECEIVERS.contains(first)) {
            return WITHHELD_DETERMINERS.contains(second.lower()) || second.isLowerWord()
                    && !second.is("that") && !ReportedContent.isClauseVerb(second);
        }
        int k = next;
        if (!first.equals("her")) {
            while (k < end && k - next < ResolutionWindows.NAME_WORDS && t.get(k).isWord() && t.get(k).isCapitalized()
                    && !Mentions.isPossessive(t.get(k).lower())) {
                k++;
            }
        } else {
            k++;
        }
        return k > next && k < end && WITHHELD_DETERMINERS.contains(t.get(k).lower());
    }

    /**
     * "found former councillor Ana Berg guilty of fraud", "found the company liable": a verdict on an object within a
     * few words, before any clause. "found that he was guilty" and "found the guilty plea odd" are findings.
     */
    private static boolean verdict(List<Token> t, int next, int end) {
        for (int k = next + 1; k < Math.min(end, next + Windows.RESULT_OBJECT_TOKENS + ResolutionWindows.NAME_WORDS); k++) {
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
