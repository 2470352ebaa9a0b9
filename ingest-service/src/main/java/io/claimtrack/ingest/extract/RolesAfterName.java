package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * The role a clause after a name gives it when the name's own words give none ({@link MentionStage}): an apposition
 * ("Tomas Vik, the health minister,"), a copula ("Irena Vasko is the ministry's spokeswoman") or a relative clause
 * ("Anna Kovac, who was elected mayor in 2022,").
 */
final class RolesAfterName {

    private static final Set<String> OF_PLACE = WordSet.of("to", "of", "for", "at", "in");
    private static final Set<String> COPULAS = WordSet.of("is", "was");
    /** Lower-case nouns a place's name goes before: "the Hornice region", "the Vell district". */
    private static final Set<String> PLACE_NOUNS = WordSet.of("region", "district", "province", "county", "municipality");
    /** Pronouns that turn a relative clause to someone else: "who told him the mayor was away". */
    private static final Set<String> OTHER_PERSON = WordSet.of("he", "she", "they", "him", "her", "them", "his", "their");
    /** Where a role named after "as" ends: "as a winger for Salzburg", "as mayor since 2019". */
    private static final Set<String> ROLE_ENDERS = WordSet.of("for", "at", "in", "on", "with", "from", "since", "until",
            "during", "and", "or", "but", "of");

    /** The words of a participle's phrase after a title: "held on 18 November 2035". */
    private static final int REDUCED_RELATIVE_TOKENS = 8;
    /** Most complements a title in apposition takes: "the Ambassador of the Kingdom of Tamberland to Orsland". */
    private static final int MAX_COMPLEMENTS = 2;

    private final Lexicon lexicon;

    RolesAfterName(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** "Tomas Vik, the health minister, ...": the role in the apposition after a name, or "". */
    String appositiveRole(AnnotatedDocument doc, int comma, int end) {
        List<Token> tokens = doc.tokens;
        if (comma + 1 >= end || !tokens.get(comma).is(",")) {
            return "";
        }
        if (tokens.get(comma + 1).is("who")) {
            return predicateRole(doc, comma + 2, end);
        }
        int npEnd = doc.mentions.scanRight(comma + 1, end);
        int tailEnd = npEnd;
        for (int n = 0; n < MAX_COMPLEMENTS && tailEnd > 0 && tailEnd + 1 < end
                && (OF_PLACE.contains(tokens.get(tailEnd).lower()) || tokens.get(tailEnd).is("from") || tokens.get(tailEnd).is("on")); n++) {
            // "Russia's ambassador to Norway", "the council member from the east ward", "the Ambassador of the Kingdom
            // of Tamberland to Orsland", "the Special Rapporteur on the right to housing": the complements belong to
            // the title.
            tailEnd = doc.mentions.scanRight(tailEnd + 1, end);
        }
        for (int k = comma + 2; k < npEnd - 1 && tailEnd == npEnd; k++) {
            if (OF_PLACE.contains(tokens.get(k).lower())) {
                // "the spokeswoman for the Foreign Ministry", read as one phrase with the body's name: the title
                // is the phrase before the preposition, the body its complement.
                npEnd = k;
            }
        }
        // "a former state party chairman who just signed on": a relative clause closes the title, as a participle's
        // phrase after its complement, closed by a comma, does ("Returning Officer for the vote held on 4 May,"); not
        // a cue's verb after the title alone ("Lusenne, the Ambassador said, has").
        if (tailEnd < 0 || tailEnd < end && !tokens.get(tailEnd).is(",") && !tokens.get(tailEnd).is(".") && !tokens.get(tailEnd).is("who")
                && !(tailEnd > npEnd && reducedRelative(tokens, tailEnd, end))) {
            return "";
        }
        Mention apposition = doc.mentions.build(comma + 1, npEnd);
        boolean titled = apposition != null && !apposition.hasName() && apposition.kind() == SpeakerKind.PERSON
                && lexicon.roles.contains(lexicon.headKey(tokens.get(npEnd - 1).lower()));
        if (!titled || asideOfNext(doc, tailEnd, end)) {
            return "";
        }
        return tailEnd == npEnd ? apposition.role()
                : apposition.role() + doc.text(tokens.get(npEnd - 1).end(), tokens.get(tailEnd - 1).end());
    }

    /** "held on 4 May 2035,": a past participle and a few words or numbers up to a comma. */
    private boolean reducedRelative(List<Token> tokens, int from, int end) {
        if (!PhraseShapes.pastForm(tokens.get(from), lexicon)) {
            return false;
        }
        for (int k = from + 1; k < Math.min(end, from + 1 + REDUCED_RELATIVE_TOKENS); k++) {
            Token t = tokens.get(k);
            if (t.is(",")) {
                return true;
            }
            if (!t.isWord() && t.type() != Token.Type.NUMBER) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the Minister of Pelmark, Ana Ruiz, the Minister of Zelvara, Ivo Lam, paid": a title between two names closed by a
     * name set off in commas is the next one's ({@link MentionStage}), not an apposition of the name before.
     */
    private boolean asideOfNext(AnnotatedDocument doc, int comma, int end) {
        List<Token> tokens = doc.tokens;
        int k = comma + 1;
        while (k < end && tokens.get(k).isCapitalized()) {
            k++;
        }
        if (comma >= end || !tokens.get(comma).is(",") || k == comma + 1 || k < end && !tokens.get(k).is(",")) {
            return false;
        }
        Mention next = doc.mentions.build(comma + 1, k);
        return next != null && next.hasName() && next.kind() == SpeakerKind.PERSON;
    }

    /**
     * "met Corsavia's ambassador, Henrik Lund,", "the ambassador of Corsavia, Henrik Lund,", "the mayor of the Vell
     * district, Ana Ruiz,": a lower-case title set off
     * right before a name, after an article or a capitalised possessive, and its place after "of"; the name closed by a
     * comma or the sentence's end; "" if none. Not after a possessive pronoun: "His minister, Greta Lund," is someone's
     * minister ({@link PossessedRoles}), no title for every "the minister".
     */
    String roleBefore(AnnotatedDocument doc, int from, int to, int end) {
        List<Token> tokens = doc.tokens;
        if (from < 3 || !tokens.get(from - 1).is(",") || to < end && !tokens.get(to).is(",") && !tokens.get(to).is(".")) {
            return "";
        }
        int last = from - 2;
        if (PLACE_NOUNS.contains(tokens.get(last).lower()) && tokens.get(last - 1).isCapitalized()) {
            // "the governor of the Hornice region,": the place's name before its lower-case noun.
            last--;
        }
        int head = placeBefore(tokens, last);
        if (head < from - 2 && (tokens.get(head).is("of") || tokens.get(head).is("in")) && head >= 2) {
            // "the ambassador of Corsavia,", "Lanvey's consul in Quayside,", "the chair of the Water Board,": the place
            // or body the title is held for or in.
            head--;
        } else {
            head = from - 2;
        }
        Token title = tokens.get(head);
        if (!title.isWord() || title.isCapitalized() || !lexicon.roles.contains(lexicon.headKey(title.lower()))) {
            return "";
        }
        int k = head - 1;
        while (k >= 0 && head - k <= ResolutionWindows.POSSESSIVE_DESCRIPTION_WORDS && tokens.get(k).isLowerWord()
                && !FunctionWords.DETERMINERS.contains(tokens.get(k).lower())
                && lexicon.isRoleWord(tokens.get(k).lower())) {
            k--;
        }
        String owner = k >= 0 ? tokens.get(k).lower() : "";
        boolean owned = FunctionWords.ARTICLES.contains(owner) || k >= 0 && tokens.get(k).isCapitalized() && Mentions.isPossessive(owner);
        return owned ? doc.text(tokens.get(k + 1).start(), tokens.get(from - 2).end()) : "";
    }

    /** The token before a capitalised run of a few words ending at {@code last} and its article, if any. */
    private static int placeBefore(List<Token> tokens, int last) {
        int k = last;
        while (k > 0 && last - k < ResolutionWindows.NAME_WORDS && tokens.get(k).isCapitalized()) {
            k--;
        }
        return k < last && k > 0 && FunctionWords.ARTICLES.contains(tokens.get(k).lower()) ? k - 1 : k;
    }

    /**
     * "Irena Vasko is the ministry's spokeswoman." and "The ministry's spokeswoman is Irena Vasko.": the role
     * a main clause gives the name, so a later "the spokeswoman" can be linked to it; "" if none.
     */
    String copularRole(AnnotatedDocument doc, int from, int to, int end) {
        List<Token> tokens = doc.tokens;
        if (to + 1 < end && COPULAS.contains(tokens.get(to).lower())) {
            int start = FunctionWords.DETERMINERS.contains(tokens.get(to + 1).lower()) ? to + 2 : to + 1;
            int npEnd = start < end ? doc.mentions.scanRight(start, end) : -1;
            boolean whole = npEnd > 0 && (npEnd == end || tokens.get(npEnd).is(".") || tokens.get(npEnd).is(","));
            return whole && rolePhrase(tokens, start, npEnd) ? doc.text(tokens.get(start).start(), tokens.get(npEnd - 1).end()) : "";
        }
        if (from < 2 || !COPULAS.contains(tokens.get(from - 1).lower()) || to < end && !tokens.get(to).is(".")) {
            return "";
        }
        // Only now the sentence's search: most names follow no copula.
        Sentence s = doc.sentenceAt(tokens.get(from).start());
        if (s == null || from - 2 < s.firstToken()) {
            return "";
        }
        int start = FunctionWords.DETERMINERS.contains(tokens.get(s.firstToken()).lower()) ? s.firstToken() + 1 : s.firstToken();
        boolean subject = start < from - 1 && doc.mentions.scanRight(start, from - 1) == from - 1;
        return subject && rolePhrase(tokens, start, from - 1) ? doc.text(tokens.get(start).start(), tokens.get(from - 2).end()) : "";
    }

    /** A lower-case description headed by a title: "ministry's spokeswoman", "chief economist". */
    private boolean rolePhrase(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isCapitalized() && k > from || !tokens.get(k).isWord()) {
                return false;
            }
        }
        return lexicon.roles.contains(lexicon.headKey(tokens.get(to - 1).lower()));
    }

    /**
     * "Tomas Berger, who played as a winger for Salzburg," "Anna Kovac, who was elected mayor in 2022,": the
     * role a relative clause gives, so "the winger" and "the mayor" can be linked to the name; "" if none.
     */
    private String predicateRole(AnnotatedDocument doc, int from, int end) {
        List<Token> tokens = doc.tokens;
        int limit = Math.min(end, from + Windows.PREDICATE_ROLE_TOKENS);
        for (int k = from; k < limit; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || OTHER_PERSON.contains(t.lower())) {
                // The clause is over, or it speaks of someone else ("who told her ...").
                return "";
            }
            if (t.is("as")) {
                int start = k + 1 < limit && FunctionWords.DETERMINERS.contains(tokens.get(k + 1).lower())
                        ? k + 2 : k + 1;
                int stop = start;
                while (stop < limit && tokens.get(stop).isLowerWord()
                        && !ROLE_ENDERS.contains(tokens.get(stop).lower()) && !FunctionWords.NP_BREAKERS.contains(tokens.get(stop).lower())) {
                    stop++;
                }
                return stop > start && stop - start <= Windows.ROLE_AFTER_AS_TOKENS ? doc.text(tokens.get(start).start(), tokens.get(stop - 1).end()) : "";
            }
            if (!t.isCapitalized() && lexicon.roles.contains(lexicon.headKey(t.lower()))) {
                int start = k;
                while (start > from && lexicon.isRoleWord(tokens.get(start - 1).lower())) {
                    start--;
                }
                return doc.text(tokens.get(start).start(), t.end());
            }
        }
        return "";
    }
}
