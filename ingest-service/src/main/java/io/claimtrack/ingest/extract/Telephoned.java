package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "called" as "telephoned" or "summoned": "called Lund on Monday", "called him twice", "called the councillors
 * twice", "called the fire brigade", "by calling 0800 ...", "calls every year" are calls, not words about someone,
 * "would call a strike" summons a stoppage, "a firm called Brindle Analytics" names a thing, "call themselves the
 * Netters" names oneself and "Locals call it the Anvil" gives a thing's nickname; "called the mayor a fraud" is no
 * call. Asked by {@link CueSense}.
 */
final class Telephoned {

    /** What follows a person telephoned or summoned: a time, a purpose, the news it brought ("with"), the clause's end. */
    private static final Set<String> AFTER_CALL = WordSet.of("on", "at", "to", "from", "with", "last", "late", "early", "after",
            "before", "twice", "again", "shortly", "yesterday", "today", "tonight", "this", "and", "during", ",", ".",
            ";", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** What joins a second object to a body's name: "called the union and the board ...". */
    private static final Set<String> COORDINATED = WordSet.of("and", ",");
    private static final Set<String> CALL_PARTICLES = WordSet.of("in", "into", "back", "up", "off");
    /**
     * A call with no one named, then a second act or thing: "called and asked for the manager", "Landline calls and text
     * messages got through" (a plural noun).
     */
    private static final Set<String> COORDINATORS = WordSet.of("and", "or");
    /** How often someone calls, with no one named: "still calls every year", "calls each week". */
    private static final Set<String> EVERY = WordSet.of("every", "each");
    /** What opens the noun phrase of a thing named: "a firm called", "another called". */
    private static final Set<String> INDEFINITE = WordSet.of("a", "an", "another");
    /** The words an apposition between a person called and the complement may hold, its commas included. */
    private static final int APPOSITION_WORDS = 25;
    /** The indefinite's words up to "called": "a small consulting firm called". */
    private static final int NAMED_THING_WORDS = 4;
    /** Stoppages a union calls: "call a strike", "called a 24-hour walkout". */
    private static final Set<String> STOPPAGES = WordSet.of("strike", "strikes", "walkout", "walkouts", "stoppage",
            "stoppages");
    /**
     * Gatherings rules oblige a body to call: "must call a general meeting". Not after any verb: PolNeAR marks "called
     * an emergency meeting to discuss" as the caller's words.
     */
    private static final Set<String> GATHERINGS = WordSet.of("meeting", "meetings", "assembly", "session", "vote");
    /** Modals of a duty set by rules: "the board must call", "the chair shall call". */
    private static final Set<String> DUTIES = WordSet.of("must", "shall");

    /** Telephone lines rung: "the hotline", "its tip line". */
    static final Set<String> LINES = WordSet.of("line", "hotline", "helpline", "switchboard", "tipline");
    /** The determiner's words up to the line: "the department's non-emergency line". */
    private static final int LINE_WORDS = 6;

    private final Lexicon lexicon;

    Telephoned(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether "called" (token {@code i}, before token {@code next}) telephoned or summoned someone, or named something. */
    boolean call(List<Token> t, int i, int next, Sentence s) {
        return telephoned(t, next, s) || telephonedPeople(t, next, s) || convened(t, next, s, STOPPAGES)
                || i > s.firstToken() && DUTIES.contains(t.get(i - 1).lower()) && convened(t, next, s, GATHERINGS) || naming(t, i, next, s)
                || namingAside(t, i, next, s) || numberRung(t, next, s) || lineRung(t, next, s) || SelfNamed.reflexive(t, i, next, s)
                || nickname(t, i, next, s);
    }

    /**
     * "Regulars call it Big Flaky.", "Locals call it the Anvil,": the name a thing goes by, in the present of a habit,
     * unquoted and closing its clause, no words about it. "called it "a scandal"" and "calls it a mistake" judge it.
     */
    private static boolean nickname(List<Token> t, int i, int next, Sentence s) {
        if (!t.get(i).is("call") && !t.get(i).is("calls") || next + 1 >= s.endToken() || !t.get(next).is("it")) {
            return false;
        }
        int k = t.get(next + 1).is("the") ? next + 2 : next + 1;
        int from = k;
        while (k < s.endToken() && t.get(k).isCapitalized() && k - from < Windows.NOUN_PHRASE_WORDS) {
            k++;
        }
        return k > from && (k == s.endToken() || !t.get(k).isWord() && t.get(k).type() != Token.Type.QUOTE);
    }

    /**
     * "called the council's non-emergency line at 6 a.m.", "by calling the helpline 0800 ... or": a telephone line rung,
     * behind a determiner and a few modifiers, then its number or what follows a call. "called the line a lifeline"
     * judges it.
     */
    private static boolean lineRung(List<Token> t, int next, Sentence s) {
        if (next >= s.endToken() || !FunctionWords.DETERMINERS.contains(t.get(next).lower()) && !Mentions.isPossessive(t.get(next).lower())) {
            return false;
        }
        for (int k = next + 1; k < Math.min(s.endToken(), next + LINE_WORDS); k++) {
            Token tok = t.get(k);
            if (LINES.contains(tok.lower())) {
                int after = k + 1;
                while (after < s.endToken() && t.get(after).type() == Token.Type.NUMBER) {
                    after++;
                }
                return after >= s.endToken() || AFTER_CALL.contains(t.get(after).lower()) || t.get(after).is("or");
            }
            if (!tok.isWord() && !tok.is("-")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "by calling 0800 555 212", "should call 112 at once": a telephone number rung, then what follows a call. Not
     * "called 2029 a lost year" nor "calls 22 emails “secret”", whose number a complement or a noun follows.
     */
    private static boolean numberRung(List<Token> t, int next, Sentence s) {
        int k = next;
        while (k < s.endToken() && t.get(k).type() == Token.Type.NUMBER) {
            k++;
        }
        return k > next && (k >= s.endToken() || AFTER_CALL.contains(t.get(k).lower()));
    }

    /**
     * "the ferry, called the Northern Star, sails at dawn": "called" and a name set off by commas after a common noun
     * names the thing, inside whatever the sentence says of it. Not "Critics, Lund said, called the Star a waste",
     * whose name a complement follows.
     */
    private static boolean namingAside(List<Token> t, int i, int next, Sentence s) {
        if (!t.get(i).is("called") || i - 2 < s.firstToken() || !t.get(i - 1).is(",") || !t.get(i - 2).isWord()
                || t.get(i - 2).isCapitalized()) {
            return false;
        }
        int k = next < s.endToken() && t.get(next).is("the") ? next + 1 : next;
        if (k >= s.endToken() || !t.get(k).isCapitalized()) {
            return false;
        }
        // The name's words, a model number's hyphen and digits included: "the Harrier-7".
        while (k < s.endToken() && !Mentions.isPossessive(t.get(k).lower())
                && (t.get(k).isCapitalized() || t.get(k).is("-") || Character.isDigit(t.get(k).lower().charAt(0)))) {
            k++;
        }
        return k < s.endToken() && t.get(k).is(",");
    }

    /**
     * "hired a firm called Brindle Analytics, and another called Q360", "A group called Harbour Watch said": after an
     * indefinite noun phrase, "called" and a name is the thing's name. Not "A spokesman called Lund a liar", whose
     * name a complement follows. A kind's name may be lower-case when it closes its phrase: "a group of solvents called
     * varnoxides, which ...".
     */
    private static boolean naming(List<Token> t, int i, int next, Sentence s) {
        if (!t.get(i).is("called") || next >= s.endToken() || !t.get(next).isCapitalized() && !kindName(t, next, s)) {
            return false;
        }
        int k = i - 1;
        while (k > s.firstToken() && i - k <= NAMED_THING_WORDS && t.get(k).isLowerWord()
                && !INDEFINITE.contains(t.get(k).lower())) {
            k--;
        }
        if (k < s.firstToken() || !INDEFINITE.contains(t.get(k).lower()) || k == i - 1 && !t.get(k).is("another")) {
            return false;
        }
        int after = next;
        while (after < s.endToken() && t.get(after).isCapitalized()) {
            if (Mentions.isPossessive(t.get(after).lower())) {
                // "A spokesman called Lund's plan a disaster": an object owned by the name.
                return false;
            }
            after++;
        }
        return after >= s.endToken() || !FunctionWords.DETERMINERS.contains(t.get(after).lower())
                && t.get(after).type() != Token.Type.QUOTE && !t.get(after).is("as");
    }

    /** A lower-case word alone before a comma or the sentence's end, no determiner or pronoun: "called varnoxides,". */
    private static boolean kindName(List<Token> t, int next, Sentence s) {
        String w = t.get(next).lower();
        return t.get(next).isWord() && !FunctionWords.DETERMINERS.contains(w) && !FunctionWords.NP_BREAKERS.contains(w)
                && !FunctionWords.OBJECT_PRONOUNS.contains(w)
                && (next + 1 >= s.endToken() || t.get(next + 1).is(",") || t.get(next + 1).is("."));
    }

    /**
     * "would call a strike", "called a general strike", "calls a 24-hour walkout", "must call such a meeting": one of
     * {@code events} (industrial action, a gathering) convened, nothing said.
     */
    private static boolean convened(List<Token> t, int next, Sentence s, Set<String> events) {
        int article = next < s.endToken() && t.get(next).is("such") ? next + 1 : next;
        if (article >= s.endToken() || !t.get(article).is("a") && !t.get(article).is("an")) {
            return false;
        }
        for (int k = article + 1; k < Math.min(s.endToken(), article + 5); k++) {
            Token tok = t.get(k);
            if (events.contains(tok.lower())) {
                // Not "called a strike “a last resort”": a complement after it makes it words about the strike.
                return k + 1 >= s.endToken() || t.get(k + 1).type() != Token.Type.QUOTE
                        && !FunctionWords.DETERMINERS.contains(t.get(k + 1).lower());
            }
            if (tok.isCapitalized() || tok.type() == Token.Type.QUOTE || tok.type() == Token.Type.PUNCT && !tok.is("-")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "called Lund on Monday", "called him twice", "called in to a show", "still calls every year", "calls and texts": a
     * call, not words about someone.
     */
    private static boolean telephoned(List<Token> t, int next, Sentence s) {
        if (next >= s.endToken()) {
            return false;
        }
        if (CALL_PARTICLES.contains(t.get(next).lower()) || EVERY.contains(t.get(next).lower())
                || COORDINATORS.contains(t.get(next).lower())) {
            return true;
        }
        int k = next;
        if (FunctionWords.OBJECT_PRONOUNS.contains(t.get(k).lower())) {
            k++;
        } else {
            // A name, honorifics included: "Mr. Lund".
            while (k < s.endToken() && (t.get(k).isCapitalized() && !t.get(k).lower().endsWith("'s") && !t.get(k).lower().endsWith("’s")
                    || CueSense.abbreviationPeriod(t, k, next))) {
                k++;
            }
            if (k == next) {
                return false;
            }
        }
        return k >= s.endToken() || AFTER_CALL.contains(t.get(k).lower()) && !complementAfterApposition(t, k, s);
    }

    /**
     * "called Ada Lund, his rival for the seat, a “career clerk”": the comma after the person opens an apposition (an
     * article or a possessive first) whose closing comma a complement follows (an indefinite article or a quotation), so
     * the person is judged, not rung. "called Lund, her lawyer, an hour later" rings at a time.
     */
    private static boolean complementAfterApposition(List<Token> t, int comma, Sentence s) {
        if (!t.get(comma).is(",") || comma + 1 >= s.endToken()
                || !FunctionWords.ARTICLES_OR_POSSESSIVES.contains(t.get(comma + 1).lower())) {
            return false;
        }
        for (int k = comma + 2; k < Math.min(s.endToken() - 1, comma + APPOSITION_WORDS); k++) {
            Token tok = t.get(k);
            if (tok.is(",")) {
                Token next = t.get(k + 1);
                return next.type() == Token.Type.QUOTE
                        || INDEFINITE.contains(next.lower()) && !next.is("another") && !spanOfTime(t, k + 2, s);
            }
            if (tok.is(";") || tok.is(".") || tok.type() == Token.Type.QUOTE) {
                return false;
            }
        }
        return false;
    }

    /** "an hour later", "a day after the vote": a span of time right after the article. */
    private static boolean spanOfTime(List<Token> t, int k, Sentence s) {
        return k < s.endToken() && ClauseShapes.TIME_UNITS.contains(t.get(k).lower());
    }

    /**
     * "called the councillors twice", "called both candidates Tuesday night and", "called the fire brigade at 2 a.m.": a
     * determiner, at most a few modifiers and a person's or a body's noun, then what follows a call. "called the councillors liars", "called the mayor
     * a fraud" have their complement there instead.
     */
    private boolean telephonedPeople(List<Token> t, int next, Sentence s) {
        if (next >= s.endToken() || !FunctionWords.DETERMINERS.contains(t.get(next).lower())
                && !FunctionWords.FLOATING_QUANTIFIERS.contains(t.get(next).lower())) {
            return false;
        }
        // One modifier at most: "called a report suggesting donors to ..." is no call to donors.
        for (int k = next + 1; k < Math.min(s.endToken() - 1, next + 3); k++) {
            Token tok = t.get(k);
            if (!tok.isWord() || tok.isCapitalized()) {
                return false;
            }
            // Kin too: "had called her mother from the deck".
            if (lexicon.isPersonNoun(tok.lower()) || WordForms.inSetOrPlural(lexicon.roles, tok.lower())
                    || lexicon.groups.contains(tok.lower()) || WordForms.inSetOrPlural(PossessedRoles.KIN, tok.lower())) {
                return AFTER_CALL.contains(t.get(k + 1).lower());
            }
            if (lexicon.organizations.contains(tok.lower())) {
                // "called the fire brigade at 2 a.m.": a service rung up; "called his campaign and his record ..." lists
                // what a complement later judges.
                return AFTER_CALL.contains(t.get(k + 1).lower()) && !COORDINATED.contains(t.get(k + 1).lower());
            }
        }
        return false;
    }
}
