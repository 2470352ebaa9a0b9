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
    /** The stages of a bill's passage: "in first reading", "at its second reading", "the final reading". */
    private static final Set<String> READING_STAGES = WordSet.of("first", "second", "third", "final");
    /** The longest bill and "back" between "reports" and "with(out) amendments": "reports Bill C-4 back". */
    private static final int BILL_REPORTED_TOKENS = 5;
    /** A thing written about as an object, with no words of its own: "wrote it on the whiteboard". */
    private static final Set<String> WRITTEN_THINGS = WordSet.of("it", "them", "this");
    /** Where or how a thing is written down: "wrote it on the board", "wrote them down". */
    private static final Set<String> WRITTEN_WHERE = WordSet.of("on", "onto", "in", "into", "down", "up", "across", "over",
            "under", "above", "below", "beside", "out", "off", "at");
    /** Things that bear words rather than say them: "signs reading", "a T-shirt that read". */
    private static final Set<String> DISPLAYS = WordSet.of("sign", "signs", "banner", "banners", "placard", "placards",
            "poster", "posters", "plaque", "plaques", "t-shirt", "t-shirts", "shirt", "shirts", "sticker", "stickers",
            "billboard", "billboards", "badge", "badges", "button", "buttons", "graffiti", "hat", "hats", "cap", "caps",
            "mug", "mugs", "tattoo", "tattoos", "sweatshirt", "sweatshirts", "hoodie", "hoodies", "stamp", "stamps",
            "postmark", "postmarks", "label", "labels", "inscription", "inscriptions");
    /** What makes a panel one that bears words: "a wall panel", "an information panel". */
    private static final Set<String> PANEL_KINDS = WordSet.of("wall", "display", "information", "interpretive", "exhibit",
            "exhibition", "museum", "gallery");
    /** Verbs of works on a thing, of buying, selling and hiring: what a plan of a project does. */
    private static final Set<String> WORKS = WordSet.of("build", "rebuild", "replace", "demolish", "renovate", "expand",
            "close", "reopen", "open", "convert", "turn", "construct", "install", "upgrade", "repair", "buy", "sell", "hire", "deepen", "widen", "dredge");
    /** Where a thing put is shown or offered: "put it on display", "put the ferry up for sale". */
    private static final Set<String> SHOWN = WordSet.of("display", "show", "view", "sale", "exhibit");
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
            return next + 1 < s.endToken() && WRITTEN_THINGS.contains(t.get(next).lower())
                    && WRITTEN_WHERE.contains(t.get(next + 1).lower());
        }
        if (w.startsWith("read")) {
            return displayed(t, i, s) || billsReading(t, w, i, s);
        }
        if (w.startsWith("report")) {
            return billReported(t, next, s.endToken()) || w.equals("report") && numberedTitle(t, next, s.endToken());
        }
        if (w.startsWith("describ")) {
            // "where a panel described them as “acquired in 1910”": a display's words, as a sign's.
            return displayed(t, i, s);
        }
        if (w.startsWith("remember")) {
            return !MemoryTold.told(t, i, next, s);
        }
        if (w.equals("found") || w.startsWith("find")) {
            return verdict(t, next, s.endToken()) || w.equals("finding") && juryFinding(t, i, s);
        }
        if (w.startsWith("tell") || w.equals("told")) {
            return allTold(t, i, next, s) || storyTold(t, next, s.endToken());
        }
        if (w.startsWith("inform")) {
            return listenersOnly(t, next, s);
        }
        if (w.startsWith("seek") || w.equals("sought")) {
            return filing(t, next, s.endToken());
        }
        if (w.startsWith("plan")) {
            return overtaken(t, i, next, s) || works(t, next, s) || LifePlans.own(t, next, s, lexicon);
        }
        if (w.startsWith("swear") || w.startsWith("swor")) {
            return oathGiven(t, next, s);
        }
        if (w.startsWith("want")) {
            // "The Authority wants to deepen the channel": the works a body wants are its plan, as "plans to".
            return works(t, next, s);
        }
        return w.endsWith("ing") && activity(doc, i, next, s);
    }

    /**
     * "A Wendmoor County jury on Thursday ordered ..., finding that the resort had ignored warnings": a jury, the
     * subject its sentence opens with, gives its verdict's grounds (a verdict is an act). A coroner's jury's own
     * "The jury found that the death was accidental" states its finding.
     */
    private static boolean juryFinding(List<Token> t, int i, Sentence s) {
        for (int k = s.firstToken(); k < Math.min(i, s.firstToken() + Windows.DETERMINED_PHRASE_TOKENS); k++) {
            if (JURIES.contains(t.get(k).lower())) {
                return true;
            }
            if (!t.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** "All told, the peso has lost 9%": the idiom for "in total", no one told anything. */
    private static boolean allTold(List<Token> t, int i, int next, Sentence s) {
        return i > s.firstToken() && t.get(i - 1).is("all") && (i - 1 == s.firstToken() || !t.get(i - 2).isWord())
                && next < s.endToken() && t.get(next).is(",");
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
     * "The government had planned to start in October": a plan in the past perfect, overtaken by what the story
     * reports, is the narrator's background.
     */
    private static boolean overtaken(List<Token> t, int i, int next, Sentence s) {
        int k = i - 1;
        while (k > s.firstToken() && ClauseShapes.isAdverb(t.get(k)) && !t.get(k).is("had")) {
            k--;
        }
        return k >= s.firstToken() && t.get(k).is("had") && next < s.endToken() && t.get(next).is("to");
    }

    /**
     * "The Authority plans to replace the ferry in 2038", "plans to turn the shop into a cafe", "plans to put the jaw on
     * display": a plan of works on a thing, of showing it, or of buying, selling or hiring, is a project, no words; "plans to call for", "plans to release its
     * analysis" may report what was said of it (PolNeAR marks those).
     */
    private static boolean works(List<Token> t, int next, Sentence s) {
        if (next + 1 >= s.endToken() || !t.get(next).is("to")) {
            return false;
        }
        return WORKS.contains(t.get(next + 1).lower()) || t.get(next + 1).is("put") && shown(t, next + 2, s);
    }

    /** "put the jaw on display", "put the ferry up for sale": a thing shown or offered, within a few words. */
    private static boolean shown(List<Token> t, int from, Sentence s) {
        for (int k = from; k + 1 < Math.min(s.endToken(), from + Windows.DETERMINED_PHRASE_TOKENS); k++) {
            if ((t.get(k).is("on") || t.get(k).is("for")) && SHOWN.contains(t.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
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
            return WITHHELD_DETERMINERS.contains(second.lower()) || second.isWord() && !second.isCapitalized()
                    && !second.is("that") && !ReportedContent.isClauseVerb(second);
        }
        int k = next;
        if (!first.equals("her")) {
            while (k < end && k - next < Windows.NAME_WORDS && t.get(k).isWord() && t.get(k).isCapitalized()
                    && !Mentions.isPossessive(t.get(k).lower())) {
                k++;
            }
        } else {
            k++;
        }
        return k > next && k < end && WITHHELD_DETERMINERS.contains(t.get(k).lower());
    }

    /**
     * "the bill was adopted in first reading: 61 deputies voted in favour": a stage of a bill's passage, a noun after
     * its ordinal, reads no words.
     */
    private static boolean billsReading(List<Token> t, String w, int i, Sentence s) {
        return w.equals("reading") && i > s.firstToken() && READING_STAGES.contains(t.get(i - 1).lower());
    }

    /**
     * "now reports it with two amendments", "reported the bill back without amendment": a committee returns a bill to
     * the House, a stage of its passage; "reported that the bill needed amendments" keeps its clause.
     */
    private static boolean billReported(List<Token> t, int next, int end) {
        for (int k = next; k + 1 < end && k - next <= BILL_REPORTED_TOKENS; k++) {
            if (!t.get(k).isWord() || t.get(k).is("that")) {
                return false;
            }
            if ((t.get(k).is("with") || t.get(k).is("without")) && k > next) {
                int noun = t.get(k + 1).isWord() && k + 2 < end && !t.get(k + 1).lower().startsWith("amendment") ? k + 2 : k + 1;
                return t.get(noun).lower().startsWith("amendment");
            }
        }
        return false;
    }

    /**
     * "Audit report 2037-02: Who answers the phone?": a report's number and a colon before its title, a heading that
     * names the document; "Police report 12 injured" says something.
     */
    private static boolean numberedTitle(List<Token> t, int next, int end) {
        if (next >= end || !Character.isDigit(t.get(next).text().charAt(0))) {
            return false;
        }
        for (int k = next + 1; k < end && k <= next + Windows.REPORT_NUMBER_TOKENS; k++) {
            if (t.get(k).is(":")) {
                return true;
            }
            if (t.get(k).text().chars().anyMatch(Character::isLetter)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "signs reading “...”", "a banner that read": the word's subject, right before it, is a thing that bears words, or
     * one placed where a few words say ("a handwritten sign on the door read", "a sign taped to the door read").
     */
    private static boolean displayed(List<Token> t, int i, Sentence s) {
        int k = i - 1;
        if (k > s.firstToken() && FunctionWords.THING_RELATIVES.contains(t.get(k).lower())) {
            k--;
        }
        if (k >= s.firstToken() && (DISPLAYS.contains(t.get(k).lower()) || displayPanel(t, k, s))) {
            return true;
        }
        for (int p = k; p > s.firstToken() && p >= k - Windows.DETERMINED_PHRASE_TOKENS && t.get(p).isWord(); p--) {
            if (WRITTEN_WHERE.contains(t.get(p).lower())) {
                return DISPLAYS.contains(t.get(p - 1).lower());
            }
            // "a sign taped to the door read": a display placed by a participle.
            if (DISPLAYS.contains(t.get(p).lower()) && t.get(p + 1).lower().endsWith("ed")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a wall panel", "the room where a panel described": a panel bearing words, named so by its modifier or standing in
     * a place's relative clause. "a panel of experts", "the review panel" are bodies.
     */
    private static boolean displayPanel(List<Token> t, int k, Sentence s) {
        if (!t.get(k).is("panel") && !t.get(k).is("panels")) {
            return false;
        }
        int before = k - 1;
        if (before >= s.firstToken() && PANEL_KINDS.contains(t.get(before).lower())) {
            return true;
        }
        if (before >= s.firstToken() && FunctionWords.ARTICLES.contains(t.get(before).lower())) {
            before--;
        }
        return before >= s.firstToken() && t.get(before).is("where");
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
