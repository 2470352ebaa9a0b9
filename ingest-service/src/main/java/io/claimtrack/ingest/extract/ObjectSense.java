package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether the object after a cue verb makes the verb an act with no words in it: a result ("posted a 2-0 win",
 * {@link CountedResults}), a thing put into something ("adds money for four nurses"), a client
 * ("advises Brenton Mining on the sale"), what a declaration brings into force ("declared a state of
 * emergency"), what a crew answers ("responded to a call"), a manner of telling ("tells it differently"). A subject
 * that says nothing whatever the object is {@link ThingSubjects}' question.
 */
final class ObjectSense {

    /** What may follow the client of "advise": a topic, a time, the clause's end; "to", "that", "against" give advice. */
    private static final Set<String> AFTER_CLIENT = WordSet.of("on", "in", "as", "since", "for", "during", "and",
            "through", ",", ".", ";", ")");

    /** What is posted as a vacancy, a bond or a watch: "posted the jobs", "posted bail", "posted guards". */
    private static final Set<String> PLACEMENTS = WordSet.of("job", "jobs", "position", "positions", "vacancy",
            "vacancies", "opening", "openings", "bail", "bond", "guard", "guards", "sentries", "troops", "officers");
    /** What an authority proclaims someone: "declared Holm the winner", "declared her the victor". */
    private static final Set<String> PROCLAIMED = WordSet.of("winner", "winners", "victor", "victors");

    /** What may stand before what a crew answers: "responded to a call", "to two crashes". */
    /** What sends a crew out, before "of" and what it answers: "reports of gunfire", "calls of a fire". */
    private static final Set<String> ALERTS = WordSet.of("reports", "report", "calls", "call");
    private static final Set<String> ANSWERED_DETERMINERS = WordSet.of("a", "an", "the", "another", "two", "three",
            "several");

    /** Where a thing added is put: "add heated shelters at the busiest stops" ("in" and "on" may be a time or a medium). */
    private static final Set<String> PLACES = WordSet.of("at", "along", "near", "outside", "inside", "across", "around",
            "throughout");
    /** Pronouns standing for a thing just named: "defended it, saying ...". */
    private static final Set<String> POINTING_PRONOUNS = WordSet.of("it", "this", "them");
    /** How a story is told after "tell it": "tells it differently". */
    private static final Set<String> TELLING_MANNERS = WordSet.of("differently", "straight", "otherwise", "like");

    /** What after a written work gives its words or makes it a clause's subject: "a letter that ...", "which". */
    static final Set<String> WORDS_FOLLOW = WordSet.of("that", "which", "who", "whom", "whose", "where", ":");
    /** Words before a written work's name: "a guide titled “...”". */
    private static final Set<String> NAMING = WordSet.of("titled", "entitled");

    private final Lexicon lexicon;

    ObjectSense(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * "had posted the lifeguard jobs in March", "posted bail", "posted guards at the gate": a vacancy advertised, a
     * bond paid or people placed, an act with no words in it.
     */
    static boolean postedPlacement(List<Token> t, int next, Sentence s) {
        int to = Math.min(s.endToken(), next + Windows.RESULT_OBJECT_TOKENS);
        int k = head(t, next, to, Token::isLowerWord, PLACEMENTS);
        return k >= 0 && k < to;
    }

    /**
     * "The company wrote a letter to the mayor.", "wrote a commentary for the Gazette", "wrote his dissertation on
     * ...": a written work (with its determiner and a few modifiers) is the verb's only object, and nothing after it
     * gives its words (a clause, a quotation, a colon, a participle of saying); writing it is an act. "wrote in a
     * letter that ...", "wrote a letter saying ...", "wrote the report was flawed" are left. A title after "titled" is the
     * work's name, not its words: "wrote a guide titled “Every Dollar Counts”" is an act too.
     */
    boolean writtenWorkOnly(List<Token> t, int next, Sentence s) {
        int end = s.endToken();
        int work = demonstrativeWork(t, next, end) ? next + 1 : -1;
        for (int k = next; k < end && k - next <= Windows.MEDIUM_MODIFIER_TOKENS && work < 0; k++) {
            Token tok = t.get(k);
            String w = tok.lower();
            if (WordForms.inSetOrPlural(lexicon.writtenWorks, w)) {
                work = k;
                break;
            }
            if (!(tok.isWord() && !FunctionWords.NP_BREAKERS.contains(w) || tok.type() == Token.Type.NUMBER
                    || tok.is(",") || tok.is("-"))) {
                return false;
            }
        }
        if (work < 0 || work + 1 < end && ClauseSubject.FINITE.contains(t.get(work + 1).lower())) {
            return false;
        }
        for (int k = work + 1; k < end; k++) {
            Token tok = t.get(k);
            String w = tok.lower();
            if (NAMING.contains(w) && k + 1 < end && t.get(k + 1).type() == Token.Type.QUOTE) {
                // "wrote a guide titled “Every Dollar Counts.”", "who wrote a book titled “...” said": the work's name
                // closes its phrase; only what comes right after it could still give the work's words.
                int close = closingQuote(t, k + 2, Math.min(end, k + 2 + Windows.WORK_TITLE_TOKENS));
                return close >= 0 && (close + 1 == end || !wordsFollow(t.get(close + 1)));
            }
            if (wordsFollow(tok)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the nurse who wrote that email, now works ...", "wrote that memo in 2024": "that" points at one written work, whose
     * phrase a comma, the sentence's end or a preposition closes, so it is no complementiser ("wrote that letters were
     * lost" is left).
     */
    private boolean demonstrativeWork(List<Token> t, int next, int end) {
        if (next + 1 >= end || !t.get(next).is("that") || !lexicon.writtenWorks.contains(t.get(next + 1).lower())) {
            return false;
        }
        Token after = next + 2 < end ? t.get(next + 2) : null;
        return after == null || !after.isWord() && after.type() != Token.Type.QUOTE || CueStage.PREPOSITIONS.contains(after.lower());
    }

    /** The index of the first quotation mark from {@code from}, or -1. */
    private static int closingQuote(List<Token> t, int from, int end) {
        for (int k = from; k < end; k++) {
            if (t.get(k).type() == Token.Type.QUOTE) {
                return k;
            }
        }
        return -1;
    }

    /** A clause, a quotation, a colon or a participle of saying: the written work's words follow. */
    boolean wordsFollow(Token tok) {
        String w = tok.lower();
        return WORDS_FOLLOW.contains(w) || tok.type() == Token.Type.QUOTE || w.endsWith("ing") && !lexicon.cuesStartingWith(w).isEmpty();
    }

    /**
     * "the budget adds money for four nurses", "added a new stop to the route", "adding a plug for himself", "will add
     * heated shelters at the busiest stops": a thing put into something or somewhere, with no colon or quotation after it that would give the words ("added a caveat for
     * reporters: ...").
     */
    boolean putInto(List<Token> t, int next, Sentence s) {
        int k = next;
        // A subject pronoun, a modal or a preposition ends the object: "adding he would never vote for" is a clause.
        while (k < Math.min(s.endToken(), next + Windows.ADDED_OBJECT_TOKENS) && (t.get(k).isWord() || t.get(k).type() == Token.Type.NUMBER)
                && !FunctionWords.NP_BREAKERS.contains(t.get(k).lower()) && !FunctionWords.SUBJECT_PRONOUNS.contains(t.get(k).lower())
                && !t.get(k).is("for") && !PLACES.contains(t.get(k).lower())) {
            k++;
        }
        if (k == next || k >= s.endToken() || !t.get(k).is("to") && !t.get(k).is("for")
                && !(PLACES.contains(t.get(k).lower()) && placedThing(t, next, k))) {
            return false;
        }
        for (int j = k + 1; j < s.endToken(); j++) {
            if (t.get(j).is(":") || t.get(j).type() == Token.Type.QUOTE) {
                return false;
            }
        }
        return true;
    }

    /**
     * "heated shelters" in "will add heated shelters at the busiest stops": two or more lower-case words, none an
     * adverb or a date, so that "added later at the rally" and "added Tuesday at a news conference" keep their words.
     */
    private static boolean placedThing(List<Token> t, int from, int to) {
        return to - from >= 2 && head(t, from, to, tok -> tok.isLowerWord() && !ClauseShapes.isAdverb(tok)
                && !Mentions.isDateWord(tok.lower()), Set.of()) == to;
    }

    /**
     * "advises Brenton Mining on the sale", "who has advised Mrs. Holm", "advising big lenders on mergers": a name,
     * an object pronoun or a person's or body's noun, then a topic, a time or the clause's end. "advised him that",
     * "advised residents to stay indoors", "advised against", "advised caution" give advice. In a who-clause
     * ({@code relative}: "X, who advises several smaller producers, said") any plural noun names the clients, the
     * clause the person's work.
     */
    boolean client(List<Token> t, int next, Sentence s, boolean relative) {
        int end = s.endToken();
        int k = next;
        Token head = null;
        while (k < end && k - next < Windows.PHRASE_TOKENS) {
            Token tok = t.get(k);
            if (tok.isWord() && !AFTER_CLIENT.contains(tok.lower()) && !tok.is("to") && !tok.is("that")
                    && !tok.is("against") || tok.type() == Token.Type.NUMBER || CueSense.abbreviationPeriod(t, k, next)) {
                head = tok.isWord() ? tok : head;
                k++;
            } else {
                break;
            }
        }
        if (head == null || k < end && !AFTER_CLIENT.contains(t.get(k).lower())) {
            return false;
        }
        String lower = head.lower();
        return head.isCapitalized() || FunctionWords.OBJECT_PRONOUNS.contains(lower) && k == next + 1
                || WordForms.inSetOrPlural(lexicon.organizations, lower) || WordForms.inSetOrPlural(lexicon.groups, lower)
                || WordForms.inSetOrPlural(lexicon.roles, lower) || relative && WordForms.pluralShape(lower);
    }

    /**
     * "declared a state of emergency", "declared bankruptcy", "declares a curfew", "declared Saturday a day of
     * mourning": what the declaration brings into force (for a day it names first) within a few lower-case words,
     * before any clause. "declared that the emergency was over", "declared Monday that ..." are left. A title-cased
     * headline ({@code titled}) capitalises the object's words too: "Governor Declares Flood Emergency".
     */
    boolean declaredAct(List<Token> t, int next, Sentence s, boolean titled) {
        int from = next < s.endToken() && Mentions.isDateWord(t.get(next).lower()) ? next + 1 : next;
        if (from > next && dayMade(t, from, s)) {
            return true;
        }
        int to = Math.min(s.endToken(), from + Windows.DECLARED_OBJECT_TOKENS);
        int k = head(t, from, to, tok -> (tok.isLowerWord() || titled && tok.isWord() || tok.type() == Token.Type.NUMBER)
                && !tok.is("that"), lexicon.declaredActs);
        return k >= 0 && k < to || proclaimedWinner(t, next, s);
    }

    /**
     * "declared Monday a rest day", "declared Friday afternoon a “half day” for staff": after the day (at {@code from},
     * past its day's part) an indefinite complement makes the day something, an act ("declared Monday that" is left).
     */
    private static boolean dayMade(List<Token> t, int from, Sentence s) {
        int k = from < s.endToken() && Mentions.namesTime(t.get(from).lower()) ? from + 1 : from;
        return k < s.endToken() && (t.get(k).is("a") || t.get(k).is("an"));
    }

    /**
     * "declared President Ana Holm the winner", "declared him the victor", "has confirmed Ada Roux (Green Party) as the
     * member-elect": a result an authority proclaims of a person or a pronoun right after the verb, an act; "declared
     * the winner would be named Monday" and "confirmed that Roux had won" have no such object.
     */
    static boolean proclaimedWinner(List<Token> t, int next, Sentence s) {
        int k = next;
        int end = s.endToken();
        if (k < end && FunctionWords.OBJECT_PRONOUNS.contains(t.get(k).lower())) {
            k++;
        }
        while (k < Math.min(end, next + Windows.DECLARED_OBJECT_TOKENS) && t.get(k).isWord() && t.get(k).isCapitalized()) {
            k++;
        }
        int named = k;
        if (k > next && k < end && t.get(k).is("(")) {
            // "Ada Roux (Green Party)": the candidate's party in brackets.
            while (k < Math.min(end, named + Windows.DECLARED_OBJECT_TOKENS) && !t.get(k).is(")")) {
                k++;
            }
            k++;
        }
        k = k < end && t.get(k).is("as") ? k + 1 : k;
        return named > next && k + 1 < end && t.get(k).is("the")
                && (PROCLAIMED.contains(t.get(k + 1).lower()) || t.get(k + 1).lower().endsWith("-elect"));
    }

    /**
     * "Paramedics responded to a call on Harbour Road", "crews responded to a two-alarm fire", "had responded to 23 grass
     * fires": "to", a determiner or a count, at most a couple of modifiers and what crews answer, or "reports of" or
     * "calls of" before it ("responded to reports of gunfire"). "responded to reports that", "responded to reports of
     * layoffs", "responded to Holm's call for calm" and "responded to the call for unity" are left.
     */
    boolean emergencyAnswered(List<Token> t, int next, Sentence s) {
        int end = s.endToken();
        if (next + 3 < end && t.get(next).is("to") && ALERTS.contains(t.get(next + 1).lower()) && t.get(next + 2).is("of")) {
            // "officers responded to reports of gunfire", "to calls of a man with a knife": the alert that sent them.
            int from = ANSWERED_DETERMINERS.contains(t.get(next + 3).lower()) ? next + 4 : next + 3;
            int to = Math.min(end, from + 1 + Windows.EMERGENCY_MODIFIER_TOKENS);
            int k = head(t, from, to, Token::isLowerWord, lexicon.emergencies);
            return k >= 0 && k < to;
        }
        Token count = next + 1 < end ? t.get(next + 1) : null;
        // "responded to 23 grass fires", "to 40 calls overnight": a count of what crews answer.
        boolean determiner = count != null && (ANSWERED_DETERMINERS.contains(count.lower()) || count.type() == Token.Type.NUMBER
                || FunctionWords.NUMBER_WORDS.contains(count.lower()) || FunctionWords.TENS.contains(count.lower()));
        if (next + 2 >= end || !t.get(next).is("to") || !determiner) {
            return false;
        }
        int to = Math.min(end, next + 3 + Windows.EMERGENCY_MODIFIER_TOKENS);
        int k = head(t, next + 2, to, Token::isLowerWord, lexicon.emergencies);
        return k >= 0 && k < to && (k + 1 >= end || !t.get(k + 1).is("for"));
    }

    /**
     * The first token from {@code from} before {@code to} in {@code heads}, every token up to it passing {@code
     * modifier} (the head too); -1 when one fails first, {@code to} when all pass and none is a head.
     */
    static int head(List<Token> t, int from, int to, Predicate<Token> modifier, Set<String> heads) {
        for (int k = from; k < to; k++) {
            if (!modifier.test(t.get(k))) {
                return -1;
            }
            if (heads.contains(t.get(k).lower())) {
                return k;
            }
        }
        return to;
    }

    /** "Holm tells it differently", "who would tell it like it is": how the story is told, not what. */
    static boolean toldItSo(List<Token> t, int next, Sentence s) {
        return next + 1 < s.endToken() && t.get(next).is("it") && TELLING_MANNERS.contains(t.get(next + 1).lower());
    }

    /**
     * "defended it, saying the pier would pay", "praised this, adding that ...": a pronoun for what was defended, whose
     * words the participle after the comma gives; the verb itself says nothing. "defended the pier plan, saying" is left.
     * So is the item before a meeting ("spoke in favour of the amendment, saying B": the sixtieth conventions' position
     * on the item gives B only), though "welcomed the ban, saying B" stays two.
     */
    boolean pronounBeforeParticiple(List<Token> t, int next, Sentence s) {
        int comma = next + 1;
        if (next + 1 < s.endToken() && t.get(next).is("the") && PositionObjects.VOTED.contains(t.get(next + 1).lower())) {
            comma = next + 2;
        } else if (next >= s.endToken() || !POINTING_PRONOUNS.contains(t.get(next).lower())) {
            return false;
        }
        if (comma + 1 >= s.endToken() || !t.get(comma).is(",")) {
            return false;
        }
        String w = t.get(comma + 1).lower();
        return w.endsWith("ing") && !lexicon.cuesStartingWith(w).isEmpty();
    }

    /**
     * "dismissed the depot manager", "dismissed his night deputy on Friday": a person, after a determiner and two
     * modifiers at most, is let go, no claim rejected. "dismissed the manager's account" and "dismissed the critics as
     * cranks" reject words.
     */
    static boolean dismissedPerson(Lexicon lexicon, List<Token> t, int next, Sentence s) {
        if (next >= s.endToken() || !FunctionWords.DETERMINERS.contains(t.get(next).lower())) {
            return false;
        }
        for (int k = next + 1; k < Math.min(s.endToken(), next + 4); k++) {
            Token tok = t.get(k);
            if (!tok.isWord() || Mentions.isPossessive(tok.lower())) {
                return false;
            }
            if (lexicon.isPersonNoun(lexicon.headKey(tok.lower()))) {
                return k + 1 >= s.endToken() || !t.get(k + 1).is("as") && !Mentions.isPossessive(t.get(k + 1).lower());
            }
        }
        return false;
    }
}
