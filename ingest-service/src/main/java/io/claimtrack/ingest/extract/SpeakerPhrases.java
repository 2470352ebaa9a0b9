package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The speaker phrase before a cue, with its parenthesis, aside or description; shared by the patterns. */
final class SpeakerPhrases {

    private static final Set<String> CLAUSE_WORDS = Set.of("that", "and", "but", "while", "as", "when", "because",
            "after", "before", "since", "although", "though", "so", "where", "if", "whereas");
    private static final Set<String> TAIL_PREPOSITIONS = Set.of("with", "to", "at", "of", "for", "from", "in", "on", "by");
    private static final Set<String> SENTENCE_CONJUNCTIONS = Set.of("and", "but", "so");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "of", "from");
    private static final Set<String> POSTMODIFIERS = Set.of("familiar", "close", "briefed", "knowledgeable",
            "involved", "privy", "loyal", "linked", "connected", "allied", "opposed");

    /** First words of an adverbial that may open a sentence before its subject. */
    private static final Set<String> ADVERBIAL_OPENERS = Set.of("later", "earlier", "shortly", "now", "then", "last",
            "next", "this", "after", "before", "during", "since", "following", "in", "on", "at", "when", "while",
            "once", "meanwhile", "separately", "again", "instead", "however", "still", "yet", "also", "moreover",
            "similarly", "likewise", "nonetheless", "nevertheless", "indeed", "by", "for", "with", "as", "unlike",
            "despite", "like", "amid", "among");

    private final Lexicon lexicon;

    SpeakerPhrases(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The speaker phrase right before the cue. A parenthesis ("Mike Pence (R-IN) said") is skipped, and
     * so is a phrase between commas ("Trump, speaking in Ohio, said"; "Peskov, the Kremlin spokesman,
     * said"), whose role description, if it is one, is kept.
     */
    Mention before(AttributionContext ctx, Cue cue, Sentence s) {
        List<Token> tokens = ctx.tokens;
        int first = s.firstToken();
        int p = skipAdverbsLeft(tokens, infinitiveAfter(tokens, skipAdverbsLeft(tokens, cue.firstToken() - 1, first), first), first);
        if (p > first && tokens.get(p).is(".") && NAME_SUFFIXES.contains(tokens.get(p - 1).lower())) {
            // "Joseph R. Biden Jr. said": the suffix's period ends no sentence and belongs to the name.
            p--;
        }
        int share = p >= first ? Quantities.shareStart(tokens, p, first) : -1;
        if (share >= 0 && (share == first || isBoundary(tokens.get(share - 1)))) {
            // Before the time-phrase skip, which would take the "in 10" of "three in 10" for a year.
            return new Mention(tokens.get(share).start(), tokens.get(p).end(),
                    ctx.doc.text(tokens.get(share).start(), tokens.get(p).end()), "", "", SpeakerKind.GROUP);
        }
        p = skipAdverbsLeft(tokens, ReportedContent.beforeTimePhrase(tokens, p, first), first);
        if (p >= first && tokens.get(p).is(")")) {
            while (p >= first && !tokens.get(p).is("(")) {
                p--;
            }
            p--;
        }
        if (p < first) {
            return null;
        }
        if (tokens.get(p).is(",")) {
            return beforeAside(ctx, first, p);
        }
        if (isDash(tokens.get(p))) {
            return beforeDashAside(ctx, first, p);
        }
        Mention m = endingAt(ctx, p, first);
        if (m == null) {
            m = bareGroup(ctx, p, first);
        }
        if (m != null && m.hasName() && p == first && tokens.get(p).isCapitalized() && !tokens.get(p).isAllCaps()
                && !lexicon.isFirstName(tokens.get(p).lower()) && !lexicon.isSpeakerNoun(tokens.get(p))
                && ctx.isCommonWord(tokens.get(p).lower())) {
            // "Terrorist attacks in ...": capitalised only because it opens the sentence.
            return null;
        }
        return m;
    }

    /**
     * The speaker phrase ending at token {@code last}, including a description's prepositional tail: "a
     * source familiar with the talks", "a senior official at the operator".
     */
    private Mention endingAt(AttributionContext ctx, int last, int first) {
        List<Token> tokens = ctx.tokens;
        int npStart = ctx.mentions.scanLeft(last, first);
        if (npStart == first && npStart < last && tokens.get(npStart).isCapitalized()
                && SENTENCE_CONJUNCTIONS.contains(tokens.get(npStart).lower())) {
            // "And regulators say": the conjunction only joins the sentence to the one before.
            npStart++;
        }
        if (npStart - 2 < first || npStart < 0) {
            return ctx.mentions.build(npStart, last + 1);
        }
        int linkAt = npStart - 1;
        if ((POSTMODIFIERS.contains(tokens.get(npStart - 2).lower()) || byAgent(tokens, npStart)) && npStart - 3 >= first) {
            linkAt = npStart - 2;
        }
        if (TAIL_PREPOSITIONS.contains(tokens.get(npStart - 1).lower())) {
            int headStart = ctx.mentions.scanLeft(linkAt - 1, first);
            Mention head = headStart < 0 ? null : ctx.mentions.build(headStart, linkAt);
            if (head != null && !head.hasName() && !head.isPronoun() && lexicon.isSpeakerNoun(tokens.get(linkAt - 1))) {
                return new Mention(head.start(), tokens.get(last).end(), ctx.doc.text(head.start(), tokens.get(last).end()),
                        head.role(), "", head.kind());
            }
            if (head != null && head.hasName() && head.kind() == SpeakerKind.PERSON && linkAt == npStart - 1
                    && PLACE_PREPOSITIONS.contains(tokens.get(linkAt).lower()) && tokens.get(last).isCapitalized()) {
                // "Professor Jane Hill at the University of Toronto says": the person, not where they work.
                return head;
            }
        }
        return ctx.mentions.build(npStart, last + 1);
    }

    private Mention beforeAside(AttributionContext ctx, int first, int closingComma) {
        List<Token> tokens = ctx.tokens;
        int open = asideOpening(tokens, first, closingComma, Windows.STACKED_ASIDE_TOKENS);
        if (open < 0) {
            return null;
        }
        Mention subject = closingComma - open < Windows.ASIDE_TOKENS ? asideSubject(ctx, first, open) : null;
        if (subject == null) {
            subject = stackedAsideSubject(ctx, first, open, closingComma);
            if (subject == null) {
                return null;
            }
            // The aside next to the name is the one that can give its role: "Chase, 27, a Tinder user, said".
            open = ctx.tokenAtOrAfter(subject.end());
            while (!tokens.get(open).is(",")) {
                open++;
            }
            int next = open + 1;
            while (next < closingComma && !tokens.get(next).is(",")) {
                next++;
            }
            closingComma = next;
        }
        return withAside(ctx, subject, open, closingComma);
    }

    /** "Kall -- co-editor of the Weekly Review -- said": an aside between dashes, which may hold commas. */
    private Mention beforeDashAside(AttributionContext ctx, int first, int p) {
        List<Token> tokens = ctx.tokens;
        // "--" comes as two hyphens.
        int closingDash = p;
        while (closingDash > first && isDash(tokens.get(closingDash - 1))) {
            closingDash--;
        }
        int open = closingDash - 1;
        while (open > first && !isDash(tokens.get(open)) && closingDash - open < Windows.ASIDE_TOKENS) {
            Token t = tokens.get(open);
            if (t.type() == Token.Type.QUOTE || t.type() == Token.Type.PUNCT && ";:(".contains(t.text())) {
                return null;
            }
            open--;
        }
        if (open <= first || !isDash(tokens.get(open)) || open + 1 == closingDash) {
            return null;
        }
        int opening = open;
        while (opening - 1 > first && isDash(tokens.get(opening - 1))) {
            opening--;
        }
        Mention subject = asideSubject(ctx, first, opening);
        return subject == null ? null : withAside(ctx, subject, open, closingDash);
    }

    private static boolean isDash(Token t) {
        return Lexicon.DASHES.contains(t.text()) || t.is("--");
    }

    /** The subject, with the role or name that the aside between {@code open} and {@code close} gives it. */
    private Mention withAside(AttributionContext ctx, Mention subject, int open, int close) {
        List<Token> tokens = ctx.tokens;
        Mention aside = ctx.mentions.build(open + 1, close);
        if (aside != null && aside.hasName() && aside.kind() == SpeakerKind.PERSON
                && ctx.mentions.scanLeft(close - 1, open + 1) == open + 1
                && (!subject.hasName() || startsWithRole(subject))) {
            // "The mayor, Lena Brandt, said": the description first, the name in the aside.
            return new Mention(subject.start(), aside.end(), ctx.doc.text(subject.start(), aside.end()),
                    roleOf(subject), aside.name(), SpeakerKind.PERSON);
        }
        boolean asideIsRole = aside != null && !aside.hasName() && aside.kind() == SpeakerKind.PERSON
                && ctx.mentions.scanLeft(close - 1, open + 1) == open + 1;
        if (!asideIsRole || !subject.hasName()) {
            return subject;
        }
        return new Mention(subject.start(), aside.end(), ctx.doc.text(subject.start(), aside.end()), aside.role(),
                subject.name(), subject.kind());
    }

    /**
     * The comma that opens the aside closed at {@code closingComma}, or -1. An aside may hold a clause
     * ("Trump, when asked about it, said") but no other punctuation.
     */
    private static int asideOpening(List<Token> tokens, int first, int closingComma, int reach) {
        int open = closingComma - 1;
        while (open > first && !tokens.get(open).is(",") && closingComma - open < reach) {
            Token t = tokens.get(open);
            if (t.type() == Token.Type.QUOTE || t.type() == Token.Type.PUNCT && ";:—–(".contains(t.text())) {
                return -1;
            }
            open--;
        }
        return open > first && tokens.get(open).is(",") ? open : -1;
    }

    /** The speaker phrase ending before the aside's opening comma, when it opens its clause. */
    private Mention asideSubject(AttributionContext ctx, int first, int open) {
        List<Token> tokens = ctx.tokens;
        int last = open - 1;
        if (tokens.get(last).is(")")) {
            // "Rep. Ann Cole (D-Md.), chair of the committee, said": the party label is no part of the phrase.
            while (last > first && !tokens.get(last).is("(")) {
                last--;
            }
            last--;
            if (last < first) {
                return null;
            }
        }
        Mention subject = endingAt(ctx, last, first);
        int nameStart = subject == null ? -1 : ctx.tokenAtOrAfter(subject.start());
        return subject == null || !(nameStart == first || isBoundary(tokens.get(nameStart - 1))) ? null : subject;
    }

    /**
     * A named speaker followed by several asides, or by one long one: "Jillian Chase, 27, a Tinder user in
     * New York, said"; "Bill Mills, a businessman who had been on the board before leaving last month over
     * strategy, said". Only a name may stand so far from its cue, and the aside next to it must read as an
     * apposition (an age, a description, a relative clause, a name), so "Clinton leads, Trump trails, said
     * Pryce" gives no speaker "Clinton leads".
     */
    private Mention stackedAsideSubject(AttributionContext ctx, int first, int open, int closingComma) {
        List<Token> tokens = ctx.tokens;
        for (int asides = 1; asides <= Windows.STACKED_ASIDES && open > 0; asides++) {
            Mention subject = asideSubject(ctx, first, open);
            if (subject != null && subject.hasName() && appositionStart(tokens.get(open + 1))) {
                return subject;
            }
            open = asideOpening(tokens, first, open, Windows.STACKED_ASIDE_TOKENS - (closingComma - open));
        }
        return null;
    }

    /** Words that open an apposition or a non-restrictive clause after a name: "a lawyer", "who ...". */
    private static final Set<String> APPOSITION_OPENERS = Set.of("a", "an", "the", "who", "whose", "which", "also",
            "now", "then", "once", "himself", "herself", "his", "her", "their", "its", "clad", "wearing", "another", "of", "from");

    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr");

    /**
     * "..., donors said", "..., political scientists say": after a comma, a few lower-case words ending in a
     * plural noun are the people who speak, whether or not the lexicons list the noun.
     */
    private Mention bareGroup(AttributionContext ctx, int last, int first) {
        List<Token> tokens = ctx.tokens;
        int k = last;
        while (k >= first && last - k < Windows.BARE_GROUP_TOKENS && tokens.get(k).isWord() && !tokens.get(k).isCapitalized()
                && !Lexicon.NP_BREAKERS.contains(tokens.get(k).lower()) && !CLAUSE_WORDS.contains(tokens.get(k).lower())) {
            k--;
        }
        String head = tokens.get(last).lower();
        boolean plural = head.length() > 3 && head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us")
                && !head.endsWith("is");
        if (k == last || k < first || !tokens.get(k).is(",") || !plural || PhraseShapes.notAPhrase(tokens.subList(k + 1, last + 1))) {
            return null;
        }
        int start = tokens.get(k + 1).start();
        int end = tokens.get(last).end();
        return new Mention(start, end, ctx.doc.text(start, end), "", "", SpeakerKind.GROUP);
    }

    /** "a poll conducted by", "a report commissioned by": a participle and its agent after the head noun. */
    private static boolean byAgent(List<Token> tokens, int npStart) {
        Token participle = tokens.get(npStart - 2);
        return tokens.get(npStart - 1).is("by") && participle.isWord() && !participle.isCapitalized()
                && participle.lower().endsWith("ed");
    }

    private static boolean appositionStart(Token t) {
        return t.type() == Token.Type.NUMBER || APPOSITION_OPENERS.contains(t.lower()) || t.isCapitalized();
    }

    /** "The spokesman for the Relief Agency": a title, however much organisation name follows it. */
    private boolean startsWithRole(Mention m) {
        String[] words = m.text().toLowerCase(Locale.ROOT).split("\\s+");
        int i = Lexicon.DETERMINERS.contains(words[0]) && words.length > 1 ? 1 : 0;
        return lexicon.isRoleWord(words[i]);
    }

    private static String roleOf(Mention description) {
        String text = description.text();
        for (String det : List.of("The ", "the ", "A ", "a ", "An ", "an ")) {
            if (text.startsWith(det)) {
                return text.substring(det.length());
            }
        }
        return text;
    }

    /**
     * Where a sentence's subject starts: after a newspaper dateline ("WASHINGTON — Sen. Ruth Gale ...") and
     * after an opening adverbial closed by a comma ("Later in the day, she ...", "Speaking in Ohio, Gale
     * ...", "Asked about the vote, the senator ..."), which name no one who speaks.
     */
    static int subjectStart(List<Token> tokens, int first, int limit) {
        first = afterDateline(tokens, first, limit);
        Token opener = tokens.get(first);
        String w = opener.lower();
        boolean adverbial = ADVERBIAL_OPENERS.contains(w) || Mentions.isDateWord(w)
                || opener.isCapitalized() && !opener.isAllCaps() && w.length() > 4 && (w.endsWith("ing") || w.endsWith("ed"));
        if (!adverbial) {
            return first;
        }
        for (int c = first + 1; c < limit - 1 && c - first < Windows.OPENING_ADVERBIAL_TOKENS; c++) {
            Token t = tokens.get(c);
            if (t.is(",")) {
                return afterPlace(tokens, c + 1, limit);
            }
            if (t.type() == Token.Type.QUOTE || t.type() == Token.Type.PUNCT && !t.is(".")) {
                break;
            }
        }
        return first;
    }

    /** "WASHINGTON — Sen. Ruth Gale ...": where the sentence starts after a newspaper dateline. */
    static int afterDateline(List<Token> tokens, int first, int limit) {
        int k = first;
        while (k < limit && tokens.get(k).isWord() && tokens.get(k).isAllCaps()) {
            k++;
        }
        return k > first && k + 1 < limit && (tokens.get(k).is("—") || tokens.get(k).is("–") || tokens.get(k).is("―"))
                ? k + 1 : first;
    }

    /**
     * "Speaking in Salem, New Hampshire, Trump ...": the state or country after a place closes the adverbial
     * when another capitalised word follows its comma; "in Salem, Trump, who ..." keeps "Trump".
     */
    private static int afterPlace(List<Token> tokens, int from, int limit) {
        if (!tokens.get(from - 2).isCapitalized()) {
            return from;
        }
        int k = from;
        while (k < limit && tokens.get(k).isWord() && tokens.get(k).isCapitalized() && k - from < 3) {
            k++;
        }
        return k > from && k + 1 < limit && tokens.get(k).is(",") && tokens.get(k + 1).isCapitalized() ? k + 1 : from;
    }

    /**
     * "continues to insist", "went on to say", "has begun to argue": when {@code p} is the "to" of an infinitive
     * cue after a catenative verb, the index before that verb (and its "on"); {@code p} otherwise.
     */
    static int infinitiveAfter(List<Token> tokens, int p, int first) {
        if (p - 1 < first || !tokens.get(p).is("to")) {
            return p;
        }
        int k = p - 1;
        if (tokens.get(k).is("on") && k - 1 >= first) {
            k--;
        }
        Token verb = tokens.get(k);
        boolean catenative = Lexicon.CATENATIVES.contains(verb.lower()) && !verb.isCapitalized()
                && (verb.is("went") || verb.is("go") || verb.is("goes") || verb.is("gone")) == (k < p - 1);
        return catenative ? k - 1 : p;
    }

    /** The first token at or after {@code p} that is no adverb; {@code end} when there is none. */
    static int skipAdverbsRight(List<Token> tokens, int p, int end) {
        while (p < end && isAdverb(tokens.get(p))) {
            p++;
        }
        return Math.min(p, end - 1);
    }

    private static boolean isAdverb(Token t) {
        return Lexicon.ADVERBS.contains(t.lower()) && !t.isCapitalized()
                || t.isWord() && !t.isCapitalized() && t.lower().endsWith("ly") && t.lower().length() > 4;
    }

    static int skipAdverbsLeft(List<Token> tokens, int p, int first) {
        while (p >= first) {
            Token t = tokens.get(p);
            // Inside a sentence a capitalised "May" or "Will" is a name ("Theresa May said"), not a modal.
            boolean name = p > first && t.isCapitalized() && !t.isAllCaps();
            if (Lexicon.ADVERBS.contains(t.lower()) && !name || (t.isWord() && !t.isCapitalized() && t.lower().endsWith("ly")
                    && t.lower().length() > 4)) {
                p--;
            } else {
                break;
            }
        }
        return p;
    }

    /** Punctuation, a quotation mark or a clause word: where a speaker phrase may begin after. */
    static boolean isBoundary(Token t) {
        return ",;:—–(-".contains(t.text()) && t.text().length() == 1 || t.type() == Token.Type.QUOTE
                || CLAUSE_WORDS.contains(t.lower());
    }
}
