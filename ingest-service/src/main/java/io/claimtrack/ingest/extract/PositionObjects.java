package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Whether the noun object of a verb of position ("welcomed", "expressed", "offered", "rejected") makes the verb an
 * act or a courtesy rather than a position taken. A position is a statement even with a bare noun object ("welcomed
 * the decision", "rejected the claim", "expressed concern over"); a courtesy ("expressed condolences", "welcomed the
 * delegation"), a thing offered ("offered assistance", "offered 3.5%") and a bargain ("rejected the contract
 * offer") say nothing. A court's decision on a case ("dismissed the appeal") is {@link CourtDecisions}'.
 */
final class PositionObjects {

    /** What a body accepts as a position, not a thing: a report's advice. */
    private static final Set<String> ADVICE = WordSet.of("recommendation", "recommendations", "finding", "findings",
            "conclusion", "conclusions");
    /** What makes accepting advice a decision still to come, no position held: "would accept", "to accept". */
    private static final Set<String> TO_COME = WordSet.union(List.of(FunctionWords.MODALS), "to");
    /** The longest object before its noun of advice: "all 11 of the report's recommendations". */
    private static final int ADVICE_TOKENS = 8;
    /** Words of courtesy after "expressed", "voiced", "offered": "expressed his deep gratitude". */
    private static final Set<String> COURTESIES = WordSet.of("condolences", "condolence", "gratitude", "thanks",
            "greetings", "wishes", "congratulations", "appreciation");
    /** Kindnesses received: "highly appreciated the warm hospitality of the hosts". */
    private static final Set<String> KINDNESSES = WordSet.of("hospitality", "welcome", "invitation", "reception", "help",
            "assistance");
    /** People received rather than things judged: "welcomed the delegation", "welcomed his guest". */
    private static final Set<String> GUESTS = WordSet.of("guest", "guests", "delegation", "delegations", "visitor",
            "visitors", "counterpart", "counterparts", "participants", "colleagues", "hosts");
    /**
     * What is bargained over: "rejected the contract offer", "rejects wage offer". A court's ruling on a request
     * ("rejected a defense request") is left a statement, as PolNeAR marks it.
     */
    private static final Set<String> BARGAINED = WordSet.of("offer", "offers", "contract", "contracts", "bid", "bids");
    /**
     * What an officer or a court grants or withholds: "refused entry to 318 people", "was refused bail", "denied boarding
     * to two passengers". Refusing one is an act; "refused the claim" and "refused to comment" are not this.
     */
    private static final Set<String> ADMISSIONS = WordSet.of("entry", "admission", "bail", "boarding", "visa", "visas",
            "asylum", "parole", "passage");
    /** What a board or a house votes down: "rejected a motion to postpone the vote, 3-4", "rejected an amendment". */
    static final Set<String> VOTED = WordSet.of("motion", "motions", "amendment", "amendments");
    /**
     * Things given rather than words: "offered assistance", "has offered its mediation", "offered jobs at other
     * plants", vehicles and rooms lent ("have offered their buses"); and what a thing affords ("the emails offered a window into", "the speeches offer a preview of"). An offer of anything else ("offered a very different account", "offered an olive branch") is left a
     * statement, as PolNeAR marks it.
     */
    private static final Set<String> GIVEN = WordSet.of("assistance", "help", "aid", "mediation", "deal", "deals",
            "money", "loan", "loans", "job", "jobs", "concessions", "compensation", "services", "training", "shelter",
            "relief", "raise", "raises", "bonus", "funding", "venue", "rescuers", "equipment", "scholarships", "window",
            "glimpse", "preview", "contrast", "opportunity", "chance", "benefits", "perk", "transportation", "transport",
            "rides", "meals", "reward", "rewards", "contract", "contracts",
            // Vehicles and rooms lent: "have offered their vans", "offered its hall", "has offered the auditorium of X".
            "van", "vans", "bus", "buses", "car", "cars", "boat", "boats", "hall", "halls", "premises", "room", "rooms", "beds",
            "auditorium", "auditoriums", "gym", "gyms",
            // Forces and craft lent: "offered its navy as an escort", "offered two warships".
            "navy", "warships", "ships", "troops", "escort", "escorts", "helicopters", "aircraft");
    /**
     * Who receives a thing offered, before it: "offered you a new contract", "offering them a reward". Not "her", also
     * a possessive ("offered her firmest promise yet" is words).
     */
    private static final Set<String> RECEIVERS = WordSet.of("you", "him", "them", "us", "me");
    /** "offered no evidence", "offered little detail": what was not given, so nothing said. */
    private static final Set<String> NOTHING = WordSet.of("no", "little");
    /** What a speaker may fail to offer: "offered no proof", "offered no details". */
    private static final Set<String> GROUNDS = WordSet.of("evidence", "proof", "details", "detail", "specifics",
            "explanation", "timeline", "timetable", "figures", "comment");
    /**
     * Verbs of giving help after "offered to": "offered to send a rescue team", "offered to mediate", an offer of
     * assistance as "offered assistance" is, and of a concession or remedy a firm or neighbour gives up ("offered to
     * sell its bakery chain", "offered to share her well", "offered to cap its fees"), and of works done for others
     * ("offered to clear the drain", "offered to remove the wreck"). "offered to debate", "offered to step aside" are
     * left, as PolNeAR marks them.
     */
    private static final Set<String> GIVING = WordSet.of("send", "provide", "supply", "help", "assist", "host",
            "mediate", "pay", "deploy", "contribute", "donate", "lend", "fund", "finance", "cover", "evacuate", "shelter",
            "train", "rebuild", "double", "triple", "match", "sell", "divest", "share", "cap", "freeze", "waive", "refund",
            "lower", "cut", "license", "lease", "remove", "clear", "repair", "fix", "tow", "haul");

    /**
     * What a speaker backs as a position, as "supported the proposal": "backed the compromise", "backs a deal". A
     * thing, a person or a vote backed ("backed the truck", "backed Holm", "backed the tower") is left alone.
     */
    private static final Set<String> PROPOSALS = WordSet.of("idea", "ideas", "compromise", "compromises", "plan", "plans",
            "proposal", "proposals", "deal", "deals", "measure", "measures", "call", "calls", "demand", "demands", "reform",
            "reforms");

    /** Money asked for what is held: "demand ransom", "demanded a $2 million ransom". */
    private static final Set<String> RANSOMS = WordSet.of("ransom", "ransoms");

    private final Lexicon lexicon;

    PositionObjects(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * "expressed condolences over", "expressed his deep gratitude to", "voiced best wishes": a courtesy, no position. A
     * speaker's own "We express our condolences" is part of what that speaker says.
     */
    static boolean courtesy(List<Token> t, int i, int next, Sentence s) {
        return !(i > s.firstToken() && FunctionWords.FIRST_PERSON_SUBJECTS.contains(t.get(i - 1).lower())) && headWithin(t, next, s, COURTESIES);
    }

    /** "highly appreciated the hospitality", "highly appreciated the invitation": thanks for a kindness, a courtesy. */
    static boolean kindness(List<Token> t, int next, Sentence s) {
        return headWithin(t, next, s, KINDNESSES);
    }

    /**
     * "rejected the contract offer", "union rejects wage offer", "rejected that offer, he said": bargaining. A
     * demonstrative opens the offer only before a word of it: "rejected that the offer was fair" takes a clause.
     */
    static boolean bargained(List<Token> t, int next, Sentence s) {
        return headWithin(t, next, s, BARGAINED) || next + 1 < s.endToken() && FunctionWords.DEMONSTRATIVES.contains(t.get(next).lower())
                && !FunctionWords.ARTICLES_OR_POSSESSIVES.contains(t.get(next + 1).lower()) && headWithin(t, next + 1, s, BARGAINED);
    }

    /**
     * "which he refused to do", "which the supplier refused to do for safety reasons": "to do" with no object of its
     * own, the relative before the verb its object; "refused to do so" and "refused to do the repairs" stay.
     */
    static boolean doneByRelative(List<Token> t, int next, Sentence s) {
        int after = next + 2;
        return after <= s.endToken() && t.get(next).is("to") && t.get(next + 1).is("do")
                && (after == s.endToken() || !t.get(after).isWord() || CueStage.PREPOSITIONS.contains(t.get(after).lower()));
    }

    /**
     * "Guards refused entry to 40 travellers", "denied bail": an admission withheld, an act. The admission closes the
     * object: "denied visa fraud" denies a charge.
     */
    static boolean admissionRefused(List<Token> t, int next, Sentence s) {
        int k = headAt(t, next, s, ADMISSIONS);
        return k >= 0 && (k + 1 == s.endToken() || !t.get(k + 1).isLowerWord() || CueStage.PREPOSITIONS.contains(t.get(k + 1).lower()));
    }

    /** "the board rejected a motion to postpone the vote by a month, 3-4": a vote on a measure, an act. */
    static boolean votedDown(List<Token> t, int next, Sentence s) {
        return headWithin(t, next, s, VOTED);
    }

    /**
     * "voted to allow objects to leave the collections", "the objects to be returned": the noun "objects" before an
     * infinitive, no objection; "objects to the fee", "object to paying", "objects to Lund's plan" object. A verb
     * right after "to" is read as a lower-case word that is no determiner, pronoun, gerund or plural.
     */
    static boolean objectsNoun(List<Token> t, String w, int next, Sentence s) {
        if (!w.equals("object") && !w.equals("objects") || next >= s.endToken()) {
            return false;
        }
        Token after = t.get(next);
        String lower = after.lower();
        return after.isLowerWord() && !FunctionWords.DETERMINERS.contains(lower)
                && !FunctionWords.OBJECT_PRONOUNS.contains(lower) && !lower.equals("it") && !lower.endsWith("ing")
                && !lower.endsWith("s");
    }

    /**
     * "backed the compromise", "backs Holm's plan", "backing calls for a levy": a proposal backed, a position. The object
     * must follow the verb at once, so "backed off his plans", "backed away from the deal" and "backed by the plan" are
     * left; so is a title-case "Pilots Back the Harbour Plan", a label rather than a clause.
     */
    static boolean proposalBacked(List<Token> t, int i, int next, Sentence s) {
        if (t.get(i).isCapitalized() || next >= s.endToken()) {
            return false;
        }
        String first = t.get(next).lower();
        return (FunctionWords.DETERMINERS.contains(first) || Mentions.isPossessive(first) || PROPOSALS.contains(first))
                && headWithin(t, next, s, PROPOSALS);
    }

    /**
     * "offered assistance in the relief effort", "had offered 3.5% and a bonus", "has offered its mediation", "offered
     * to send a rescue team", "offered no evidence", "is offering a reward of up to $5,000", "offered him a contract": a
     * thing given or an amount, or nothing, no words.
     */
    static boolean thingOffered(List<Token> t, int next, Sentence s) {
        int object = next < s.endToken() && RECEIVERS.contains(t.get(next).lower()) ? next + 1 : next;
        return next < s.endToken() && (t.get(next).type() == Token.Type.NUMBER || FunctionWords.CURRENCY.contains(t.get(next).text())
                || t.get(next).is("to") && next + 1 < s.endToken() && GIVING.contains(t.get(next + 1).lower()))
                || offeredNothing(t, next - 1, s.endToken()) || headWithin(t, object, s, GIVEN);
    }

    /**
     * "Bids came to twice the amount offered, the most since May": "offered" right after a determiner's noun that
     * speaks for no one, with no object after it, is that noun's participle ("the amount that was offered").
     */
    boolean amountOffered(List<Token> t, int i, Sentence s) {
        if (!t.get(i).is("offered") || i - 2 < s.firstToken()) {
            return false;
        }
        Token noun = t.get(i - 1);
        Token after = i + 1 < s.endToken() ? t.get(i + 1) : null;
        return noun.isLowerWord() && FunctionWords.DETERMINERS.contains(t.get(i - 2).lower())
                && !lexicon.isSpeakerNoun(noun) && !lexicon.isPersonNoun(WordForms.singular(noun.lower()))
                && (after == null || after.is(",") || after.is("."));
    }

    /** "offered no evidence", "provided no further details", "gave little detail" at {@code v}: grounds not given. */
    static boolean offeredNothing(List<Token> t, int v, int end) {
        String w = t.get(v).lower();
        if (v + 2 >= end || !(w.startsWith("offer") || w.startsWith("provid") || w.equals("gave") || w.equals("presented"))
                || !NOTHING.contains(t.get(v + 1).lower())) {
            return false;
        }
        int to = Math.min(end, v + 2 + Windows.RESULT_OBJECT_TOKENS);
        int k = ObjectSense.head(t, v + 2, to, PositionObjects::objectWord, GROUNDS);
        return k >= 0 && k < to;
    }

    /**
     * "welcomed the Prime Minister and noted", "welcomed Prime Minister Anton Moll to Ferrin", "welcomed his guest":
     * a person received, a greeting. "welcomed the Prime Minister's decision" (a possessive) and "welcomed the
     * signing" judge a thing.
     */
    boolean guest(List<Token> t, int next, Sentence s) {
        int end = Math.min(s.endToken(), next + Windows.PHRASE_TOKENS);
        int k = next;
        if (k < end && (FunctionWords.DETERMINERS.contains(t.get(k).lower()))) {
            k++;
        }
        int first = k;
        Token head = null;
        while (k < end && t.get(k).isWord() && !FunctionWords.NP_BREAKERS.contains(t.get(k).lower())
                && !CueStage.PREPOSITIONS.contains(t.get(k).lower()) && !t.get(k).is("and") && !t.get(k).is("but")
                || k < end && k > first && CueSense.abbreviationPeriod(t, k, first)) {
            if (Mentions.isPossessive(t.get(k).lower())) {
                return false;
            }
            head = t.get(k).isWord() ? t.get(k) : head;
            k++;
        }
        if (head == null) {
            return false;
        }
        String lower = head.lower();
        if (GUESTS.contains(lower) || WordForms.inSetOrPlural(lexicon.roles, lower)) {
            return true;
        }
        // A name or a capitalised title: every word capitalised, none a document's ("the Joint Statement").
        for (int j = first; j < k; j++) {
            if (t.get(j).isWord() && (!t.get(j).isCapitalized() || lexicon.documents.contains(t.get(j).lower())
                    || lexicon.writtenWorks.contains(t.get(j).lower()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether one of {@code heads} is among the object's first words (a determiner, a possessive, a few modifiers)
     * before a clause, a preposition or punctuation.
     */
    static boolean headWithin(List<Token> t, int next, Sentence s, Set<String> heads) {
        return headAt(t, next, s, heads) >= 0;
    }

    /** Where the object's head of {@code heads} stands, as {@link #headWithin} finds it; -1 if none. */
    private static int headAt(List<Token> t, int next, Sentence s, Set<String> heads) {
        int to = Math.min(s.endToken(), next + Windows.RESULT_OBJECT_TOKENS);
        int k = ObjectSense.head(t, next, to, PositionObjects::objectWord, heads);
        return k < to ? k : -1;
    }

    /** A word of the object's noun phrase, or its amount: "a $2,500 signing bonus", "the 4 percent offer". */
    static boolean objectWord(Token tok) {
        return tok.isWord() && !FunctionWords.NP_BREAKERS.contains(tok.lower()) && !CueStage.PREPOSITIONS.contains(tok.lower())
                || tok.type() == Token.Type.NUMBER || FunctionWords.CURRENCY.contains(tok.text());
    }

    /**
     * "accepted all six of the auditor's recommendations", "accepts the panel's findings": a position taken on advice in
     * the noun object of "accept" at token {@code cue}, in a clause of its own, where "accepted the offer" or "accepted the
     * conditions" takes a thing.
     */
    static boolean adviceAccepted(List<Token> t, int cue, Sentence s) {
        if (cue > s.firstToken() && TO_COME.contains(t.get(cue - 1).lower())) {
            // "said the department would accept the director's recommendation and not charge her": a decision to come.
            return false;
        }
        for (int k = s.firstToken(); k < cue; k++) {
            if (t.get(k).is("that")) {
                // "wrote that he accepted the findings": part of what another statement reports, not a position of its own.
                return false;
            }
        }
        int from = cue + 1;
        for (int k = from; k < s.endToken() && k - from < ADVICE_TOKENS; k++) {
            Token tok = t.get(k);
            if (ADVICE.contains(tok.lower())) {
                return true;
            }
            if (tok.isWord() ? FunctionWords.NP_BREAKERS.contains(tok.lower()) : tok.is(",") || tok.is(".") || tok.is(";")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "hackers demand ransom", "demanded a $2 million ransom in bitcoin": money asked for what is held, extortion and no
     * position; the object's words, figures and signs up to the ransom. "demanded that the ransom be paid" is left.
     */
    static boolean ransom(List<Token> t, int next, Sentence s) {
        int end = Math.min(s.endToken(), next + Windows.DETERMINED_PHRASE_TOKENS);
        for (int k = next; k < end; k++) {
            Token tok = t.get(k);
            if (RANSOMS.contains(tok.lower())) {
                return true;
            }
            if (tok.is("that") || !(tok.isWord() || tok.type() == Token.Type.NUMBER
                    || FunctionWords.CURRENCY.contains(tok.text()))) {
                return false;
            }
        }
        return false;
    }
}
