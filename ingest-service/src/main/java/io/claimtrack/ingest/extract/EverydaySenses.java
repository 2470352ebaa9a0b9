package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Cue words in their everyday senses, in sports and money stories: "claim the Ostbay Open" (won), "called for the physio",
 * "called for help." (summoned), "pledged her bonus to a hospital" (money given), "charged an average of $300", "charge each unit up to $900" (a price), "reminding them gently" (no reminder given),
 * "say goodbye to", "says goodnight" (a leave-taking), "patients admitted through the emergency department" (taken in for care), "would admit Tessaro within two years" (a member let in), "charged late fines" (a penalty levied), "recounts every ballot" (counted again), "believe the word “interim”" (a term
 * doubted), "safe when used according to the label" (a way of handling). None of them
 * says anything; "claimed the referee was wrong", "called for calm", "pledged her support", "charged that the count was
 * rigged" are left. Asked by {@link CueSense}.
 */
final class EverydaySenses {

    /** Last words of a competition's name: "the Ostbay Open", "the Harlow Cup", "the Tessel Classic". */
    private static final Set<String> COMPETITIONS = WordSet.of("open", "cup", "trophy", "championship", "championships",
            "classic", "masters", "prize", "marathon", "derby", "rally", "invitational", "shield", "plate");
    /** Who or what is called for in a match or an emergency: "called for the physio", "called for an ambulance". */
    private static final Set<String> HELPERS = WordSet.of("physio", "physiotherapist", "trainer", "trainers", "doctor", "medic",
            "medics", "paramedics", "ambulance", "stretcher", "nurse", "backup", "reinforcements", "waiter", "taxi", "bill",
            "check", "timeout", "time-out", "substitute");
    /** Services a caller summons: "call the police", "called the fire brigade", "calls an ambulance". */
    private static final Set<String> SERVICES = WordSet.of("police", "ambulance", "paramedics", "coastguard", "brigade",
            "firefighters");
    /** What may end a summons's clause after its service: "call the police if ...", "called the coastguard and ...". */
    private static final Set<String> AFTER_SUMMONS = WordSet.of("if", "when", "and", "or", "but", "after", "before", "to",
            "at", "on", "for", "because", "as", "from", "about", "within");
    /** Help summoned when it stands alone: "called for help." */
    private static final Set<String> HELP = WordSet.of("help", "assistance");
    /** Money someone has and may pledge: "pledged her bonus", "pledged his prize money". */
    private static final Set<String> OWN_MONEY = WordSet.of("bonus", "bonuses", "salary", "wages", "winnings", "earnings",
            "savings", "fee", "fees", "prize", "money", "pay", "paycheck", "proceeds", "inheritance", "fortune");
    /** What is charged as a price: "charged a fee", "charges rent", "charged customers interest". */
    private static final Set<String> PRICES = WordSet.of("fee", "fees", "rent", "interest", "commission", "commissions", "premium",
            "premiums", "surcharge", "fare", "fares", "tuition", "admission", "toll", "tolls", "markup", "average", "fine", "fines");
    /** Leave-takings and greetings said, not reported: "Fans say goodbye to the old stadium", "said hello to". */
    private static final Set<String> FAREWELLS = WordSet.of("goodbye", "good-bye", "goodbyes", "farewell", "farewells",
            "hello", "adieu", "goodnight", "good-night");
    /** What a recount counts again: "recounts every ballot", "recounted the votes". */
    private static final Set<String> BALLOTS = WordSet.of("ballot", "ballots", "vote", "votes");
    /** How a patient is taken in: "admitted through casualty", "admitted into intensive care", "admitted via". */
    private static final Set<String> ADMISSION_ROUTES = WordSet.of("through", "into", "via");
    /** What follows a member let in: "admit Tessaro to the bloc", "as its 31st member", "within two years", "in May". */
    private static final Set<String> MEMBERSHIP_AFTER = WordSet.of("to", "as", "into", "within", "in", "by", "next", "this",
            "before", "after");
    /** The longest name of a member let in: "the Republic of Vell" without its article. */
    private static final int MEMBER_NAME_TOKENS = 4;
    /** Where "admitted to" takes a patient: "admitted to hospital", "admitted to the cardiac ward". */
    private static final Set<String> WARDS = WordSet.of("hospital", "hospitals", "ward", "wards", "clinic", "hospice",
            "icu", "intensive", "care", "emergency");
    /** Words before a ward's noun: "the cardiac ward", "a psychiatric clinic". */
    private static final int WARD_TOKENS = 3;
    /** Determiners of a count beyond the articles: "every ballot", "all votes". */
    private static final Set<String> COUNTING_DETERMINERS = WordSet.of("every", "each", "all");
    /** A word as a word: "the word “temporary”", "that term". */
    private static final Set<String> WORDS = WordSet.of("word", "term", "label");
    /** Participles of handling a thing, after which "according to" gives the way, not a source: "when used according to the label". */
    private static final Set<String> HANDLED = WordSet.of("used", "applied", "sprayed", "taken", "administered", "prescribed",
            "handled", "installed", "stored", "mixed", "fitted", "operated", "maintained", "cooked", "prepared", "disposed");
    /** Words that open what one is reminded of: "reminded them that", "of the deadline", "to pay". */
    private static final Set<String> REMINDED_OF = WordSet.of("that", "to", "of", "about", "how", "what", "when", "why",
            "where", "whether", "not");
    /** How a reminder was given, after whom: "gently", "by phone", "again every week". */
    private static final int REMINDER_MANNER_TOKENS = 3;
    /** Words a price may stand behind: "charged customers an average of $300", "charges each tenant a fee". */
    private static final int PRICE_TOKENS = 5;

    private EverydaySenses() {
    }

    /** Whether the cue word {@code w} at token {@code i}, its words ending before {@code next}, is used in an everyday sense. */
    static boolean notSaying(List<Token> t, String w, int i, int next, Sentence s) {
        int end = s.endToken();
        if (next >= end) {
            return false;
        }
        if ((w.startsWith("say") || w.equals("said")) && FAREWELLS.contains(t.get(next).lower())) {
            // "said goodbye was the hardest word" has the word as its clause's subject.
            return next + 1 == end || !t.get(next + 1).isWord() || t.get(next + 1).is("to");
        }
        if (w.startsWith("claim")) {
            return competition(t, next, end);
        }
        if (w.startsWith("call") && next - i == 2 && t.get(i + 1).is("for")) {
            int k = skipDeterminer(t, next, end);
            return k < end && HELPERS.contains(t.get(k).lower()) && !(k + 1 < end && t.get(k + 1).is("to")) || bareHelp(t, next, end);
        }
        if (w.startsWith("call") && next - i == 1) {
            return serviceSummoned(t, next, end);
        }
        if (w.startsWith("pledg")) {
            Token first = t.get(next);
            return first.type() == Token.Type.NUMBER || FunctionWords.CURRENCY.contains(first.text())
                    || FunctionWords.POSSESSIVES.contains(first.lower()) && next + 1 < end && OWN_MONEY.contains(t.get(next + 1).lower());
        }
        if (w.startsWith("recount")) {
            // "The judge recounts every ballot in public": counted again, no story told.
            int k = skipDeterminer(t, next, end);
            k = k < end && COUNTING_DETERMINERS.contains(t.get(k).lower()) ? k + 1 : k;
            return k < end && BALLOTS.contains(t.get(k).lower());
        }
        if (w.startsWith("admit")) {
            return patientAdmitted(t, next, end) || memberAdmitted(t, next, end);
        }
        if (w.equals("according") && i > s.firstToken() && HANDLED.contains(t.get(i - 1).lower())) {
            return true;
        }
        if (w.startsWith("believ")) {
            return wordTrusted(t, next, end);
        }
        if (w.startsWith("remind")) {
            return bareReminder(t, next, end);
        }
        return w.startsWith("charg") && (price(t, next, end) || billedEach(t, next, end));
    }

    /**
     * "staff were reminding them gently.", "nurses reminded them by phone": whom and how, no clause, quotation or
     * topic of what they were reminded; "reminded them that", "reminding them to pay" are left.
     */
    private static boolean bareReminder(List<Token> t, int next, int end) {
        if (!FunctionWords.OBJECT_PRONOUNS.contains(t.get(next).lower())) {
            return false;
        }
        for (int k = next + 1; k < end; k++) {
            Token tok = t.get(k);
            if (tok.is(".") || tok.is(";")) {
                return true;
            }
            if (k - next > REMINDER_MANNER_TOKENS || !tok.isWord() || REMINDED_OF.contains(tok.lower())) {
                return false;
            }
        }
        return true;
    }

    /** "admitted through the emergency department", "admitted to the cardiac ward": a patient taken in, no admission made. */
    private static boolean patientAdmitted(List<Token> t, int next, int end) {
        if (ADMISSION_ROUTES.contains(t.get(next).lower())) {
            return true;
        }
        for (int k = next + 1; t.get(next).is("to") && k < Math.min(end, next + 1 + WARD_TOKENS) && t.get(k).isWord(); k++) {
            if (WARDS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "would admit Tessaro within two years", "admitted Norland as its 31st member": a state or member let in, its
     * name and then where, as what or when, no admission made; "admitted Berg had lied", "admitted Monday that", "admit
     * I was wrong" are left.
     */
    private static boolean memberAdmitted(List<Token> t, int next, int end) {
        int k = next;
        while (k < end && k - next < MEMBER_NAME_TOKENS && t.get(k).isWord() && t.get(k).isCapitalized() && !t.get(k).is("i")
                && !Mentions.isDateWord(t.get(k).lower())) {
            k++;
        }
        return k > next && k < end && t.get(k).isLowerWord() && MEMBERSHIP_AFTER.contains(t.get(k).lower());
    }

    /** "few people believe the word “interim.”": a word held in doubt, quoted as a term, no claim believed. */
    private static boolean wordTrusted(List<Token> t, int next, int end) {
        return next + 2 < end && (t.get(next).is("the") || t.get(next).is("that")) && WORDS.contains(t.get(next + 1).lower())
                && t.get(next + 2).type() == Token.Type.QUOTE;
    }

    /**
     * "would call the police if her brother breached a condition": an article, up to {@link Windows#TITLE_MODIFIER_TOKENS}
     * lower-case modifiers ("the local", "the fire"), a service, then the clause's end or a conjunction or preposition;
     * "called the police a disgrace" names them and stays.
     */
    private static boolean serviceSummoned(List<Token> t, int next, int end) {
        if (!FunctionWords.ARTICLES_OR_POSSESSIVES.contains(t.get(next).lower())) {
            return false;
        }
        for (int k = next + 1; k < end && k <= next + 1 + Windows.TITLE_MODIFIER_TOKENS; k++) {
            Token tok = t.get(k);
            if (SERVICES.contains(tok.lower())) {
                return k + 1 == end || !t.get(k + 1).isWord() && t.get(k + 1).type() != Token.Type.QUOTE
                        || AFTER_SUMMONS.contains(t.get(k + 1).lower());
            }
            if (!tok.isLowerWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "hikers nearby called for help.", "called for help and waited": help alone, closing its clause, is summoned in an
     * emergency; "called for help for the flood victims" or "for international help" is an appeal, left a statement.
     */
    private static boolean bareHelp(List<Token> t, int next, int end) {
        return HELP.contains(t.get(next).lower()) && (next + 1 == end || !t.get(next + 1).isWord() || t.get(next + 1).is("and"));
    }

    /** "the Ostbay Open", "her first Harlow Cup": capitalised words ending in a competition's word. */
    private static boolean competition(List<Token> t, int next, int end) {
        int k = skipDeterminer(t, next, end);
        int last = -1;
        while (k < end && (t.get(k).isCapitalized() || t.get(k).type() == Token.Type.NUMBER)) {
            last = k++;
        }
        return last >= 0 && COMPETITIONS.contains(t.get(last).lower());
    }

    /** A sum or a price within a few words, before any clause: "an average of $300", "customers a $25 fee". */
    private static boolean price(List<Token> t, int next, int end) {
        for (int k = next; k < Math.min(end, next + PRICE_TOKENS); k++) {
            Token tok = t.get(k);
            if (FunctionWords.CURRENCY.contains(tok.text()) || PRICES.contains(tok.lower())) {
                return true;
            }
            if (!tok.isWord() || FunctionWords.NP_BREAKERS.contains(tok.lower()) && !tok.is("to")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "would charge each household between $8,000 and $9,500", "charges every one of the 40 tenants up to $300": each
     * payer billed a sum, before any clause or quotation; "charged each official with fraud" names no sum.
     */
    private static boolean billedEach(List<Token> t, int next, int end) {
        if (!COUNTING_DETERMINERS.contains(t.get(next).lower()) || t.get(next).is("all")) {
            return false;
        }
        for (int k = next + 1; k < Math.min(end, next + Windows.COMPLEMENT_OBJECT_TOKENS); k++) {
            Token tok = t.get(k);
            if (FunctionWords.CURRENCY.contains(tok.text())) {
                return true;
            }
            if (tok.type() == Token.Type.QUOTE || tok.is("that") || tok.is("with") || tok.is(",") || tok.is(";")) {
                return false;
            }
        }
        return false;
    }

    private static int skipDeterminer(List<Token> t, int k, int end) {
        return k < end && FunctionWords.ARTICLES_OR_POSSESSIVES.contains(t.get(k).lower()) ? k + 1 : k;
    }
}
