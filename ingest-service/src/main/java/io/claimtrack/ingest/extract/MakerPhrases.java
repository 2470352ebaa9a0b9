package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which phrase can make a document ({@link DocumentMaker}): a person named or a body named or described, read after
 * "by", "from" or an apposition's comma, or as a signing verb's subject; and where that "by" stands past an adjunct.
 */
final class MakerPhrases {

    /** The words that join a group to whom it acts for: "lawyers for the tenants", "economists of the bank". */
    private static final Set<String> COMPLEMENTS = WordSet.of("for", "of");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final List<Token> tokens;

    MakerPhrases(AnnotatedDocument doc, Lexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.tokens = doc.tokens;
    }

    /**
     * The phrase at {@code from}: a name's capitalised run, or else, when {@code loose}, a lower-case body's description
     * up to its head word ("the state fire marshal's office"), whose words no lexicon marks as a speaker's. Not after
     * "of", whose object may run on into the time and place of a participle ("a transcript of the interview filed
     * Tuesday in Ridgefield Superior Court").
     */
    Mention phrase(int from, int end, boolean loose) {
        if (from >= end) {
            return null;
        }
        int to = doc.mentions.scanRight(from, end);
        Mention strict = to < 0 ? null : doc.mentions.build(from, to);
        if (!loose || maker(strict) != null) {
            return strict;
        }
        to = doc.mentions.scanRight(from, end, true);
        while (to > from && !lexicon.organizations.contains(lexicon.headKey(tokens.get(to - 1).lower()))) {
            to--;
        }
        return to > from ? doc.mentions.build(from, to) : strict;
    }

    /**
     * A person named or a body named or described with its article or owner ("the national statistics office", "the
     * city's budget office"), or an office with its owner ("the city's auditor general"); not a nationality or a day read as a name ("a Vestrian", "Tuesday in ... Court"), a group, a date, an event or another document, nor a body that premodifies one
     * ("an analysis of Harbour Commission data", "filings from campaign | finance reports") or a body's possessive cut
     * from what it owns ("the State Department's | inspector general").
     */
    Mention maker(Mention m) {
        return m != null && (m.kind() == SpeakerKind.ORGANIZATION || m.kind() == SpeakerKind.PERSON && (m.hasName() ? !indefinite(m) : ownOffice(m)))
                && (m.hasName() ? !dated(m) : determined(m)) && !beforeDocument(m) && !Mentions.isPossessive(m.text()) ? m : null;
    }

    /**
     * "a letter from the Mayor of Tollmark, Ines Varga-Holt, advising": an office set off by its holder's name, as an
     * aside before the sentence goes on; the name is whose the document is. Else {@code office} itself.
     */
    Mention holder(Mention office, int end) {
        int k = office == null || office.hasName() || office.kind() != SpeakerKind.PERSON ? end : doc.tokenAtOrAfter(office.end());
        if (k + 1 >= end || !tokens.get(k).is(",")) {
            return office;
        }
        int to = doc.mentions.scanRight(k + 1, end);
        Mention name = to < 0 || to >= end || !tokens.get(to).is(",") ? null : doc.mentions.build(k + 1, to);
        return name != null && name.hasName() && name.kind() == SpeakerKind.PERSON ? name : office;
    }

    /**
     * "published by independent experts", "an estimate by county engineering staff", "filed by lawyers for the
     * tenants", "by researchers at the Marlow Institute": after a document's "by", a group with no article (a plural of people, or a body's word such as "staff")
     * makes it too, and speaks as those words; one unnamed person ("by a water quality supervisor") does not, nor a
     * group that premodifies another document. Null if the words at {@code from} are no such group.
     */
    Mention bareGroup(int from, int end) {
        int head = from;
        while (head < end && head - from < Windows.TITLE_MODIFIER_TOKENS && lowerWord(head) && !groupHead(head)) {
            head++;
        }
        if (head >= end || !groupHead(head) || !lowerWord(from) || FunctionWords.DETERMINERS.contains(tokens.get(from).lower())
                || FunctionWords.POSSESSIVES.contains(tokens.get(from).lower())) {
            return null;
        }
        int to = doc.mentions.scanRight(from, end, true);
        Mention m = to > head ? doc.mentions.build(from, to) : null;
        if (m == null) {
            // "lawyers for the tenants": whom the group acts for is part of its words, though no role reader takes them.
            to = head + 1 < to && COMPLEMENTS.contains(tokens.get(head + 1).lower()) ? to : head + 1;
            m = new Mention(tokens.get(from).start(), tokens.get(to - 1).end(), doc.text(tokens.get(from).start(), tokens.get(to - 1).end()),
                    "", "", lexicon.groups.contains(tokens.get(head).lower()) ? SpeakerKind.GROUP : SpeakerKind.ORGANIZATION);
        }
        m = placedAt(m, head, end);
        return beforeDocument(m) ? null : m;
    }

    /**
     * "researchers at the University of Ostervale": a group placed at a body named after "at" keeps that body in its
     * words, which would otherwise stop before "at"; {@code group} itself if no such body follows its head.
     */
    private Mention placedAt(Mention group, int head, int end) {
        if (head + 2 >= end || !tokens.get(head + 1).is("at") || doc.tokenAtOrAfter(group.end()) != head + 1) {
            return group;
        }
        Mention body = phrase(head + 2, end, false);
        return body == null || !body.hasName() || body.kind() != SpeakerKind.ORGANIZATION ? group
                : new Mention(group.start(), body.end(), doc.text(group.start(), body.end()), "", "", group.kind());
    }

    /** A plural of people ("analysts", "lawyers") or a body's word ("staff", "police"). */
    private boolean groupHead(int k) {
        String lower = tokens.get(k).lower();
        return lexicon.groups.contains(lower) || lexicon.organizations.contains(lexicon.headKey(lower));
    }

    private boolean lowerWord(int k) {
        return tokens.get(k).isLowerWord();
    }

    /**
     * "an analysis of Harbour Commission data": the body names the data's source, not the analysis's maker; a
     * description cut before a noun of its own ("the campaign | finance office") is no body either, while a verb may
     * follow one ("a study by the city's planning office found"), and so may its time ("a survey by the association in
     * May found", "by the board last week").
     */
    private boolean beforeDocument(Mention m) {
        int after = doc.tokenAtOrAfter(m.end());
        if (after >= tokens.size() || !tokens.get(after).isWord() || tokens.get(after).isCapitalized()) {
            return false;
        }
        String next = tokens.get(after).lower();
        if (DocumentMaker.WHEN.contains(next)) {
            return false;
        }
        return lexicon.documents.contains(lexicon.headKey(next))
                || !m.hasName() && !next.endsWith("ed") && !next.endsWith("s") && lexicon.cuesStartingWith(next).isEmpty();
    }

    /** "the interview filed Tuesday in Harrow County Court": a name read from a day on is when and where, no maker. */
    private static boolean dated(Mention m) {
        int space = m.name().indexOf(' ');
        return Mentions.isDateWord((space < 0 ? m.name() : m.name().substring(0, space)).toLowerCase(Locale.ROOT));
    }

    /** "a Vestrian think tank" cut to "a Vestrian": no person's name takes "a". */
    private boolean indefinite(Mention m) {
        Token first = tokens.get(doc.tokenAtOrAfter(m.start()));
        return first.is("a") || first.is("an");
    }

    /**
     * "the city's auditor general", "the county's chief engineer", "the Mayor of Tollmark": an office a place or body
     * holds once, its owner named with it, as a body's is; not "a water quality supervisor", one of many.
     */
    private static boolean ownOffice(Mention m) {
        String[] words = m.text().split(" ");
        return words.length > 2 && words[0].equalsIgnoreCase("the") && (Mentions.isPossessive(words[1]) || ofPlace(words));
    }

    /** "the Mayor of Port Velling": a title, then "of" and a place's capitalised words to the end. */
    private static boolean ofPlace(String[] words) {
        int of = 2;
        while (of < words.length && !words[of].equals("of")) {
            of++;
        }
        for (int k = of + 1; k < words.length; k++) {
            if (words[k].isEmpty() || !Character.isUpperCase(words[k].charAt(0))) {
                return false;
            }
        }
        return of + 1 < words.length && !words[1].isEmpty() && Character.isUpperCase(words[1].charAt(0));
    }

    /** A description that opens with an article, a determiner or an owner's possessive. */
    private boolean determined(Mention m) {
        Token first = tokens.get(doc.tokenAtOrAfter(m.start()));
        return FunctionWords.DETERMINERS.contains(first.lower()) || FunctionWords.POSSESSIVES.contains(first.lower())
                || SubjectPhrase.possessiveMark(tokens, doc.tokenAtOrAfter(m.start()) + 1);
    }

    /**
     * "A lawsuit filed in district court on behalf of twelve households": those it was filed for make the suit (round
     * 42's plaintiffs), past a short adjunct of place: the index of its "of", read as a "by"; -1 if none is there.
     */
    int onBehalf(int k, int end) {
        for (int j = k; j + 3 < end && j - k <= 2 * DocumentMaker.ADJUNCT_TOKENS; j++) {
            if (tokens.get(j).is("on") && tokens.get(j + 1).is("behalf") && tokens.get(j + 2).is("of")) {
                return j + 2;
            }
            if (!tokens.get(j).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "carried out for the City by the research centre": whom the work was done for paid for it, no maker; the "by"
     * after that short adjunct names who did it. {@code k} itself if no "for" opens there or no "by" follows it.
     */
    int pastCommissioner(int k, int end) {
        if (k >= end || !tokens.get(k).is("for")) {
            return k;
        }
        for (int j = k + 1; j < end && j - k <= DocumentMaker.ADJUNCT_TOKENS; j++) {
            if (tokens.get(j).is("by")) {
                return j;
            }
            if (!tokens.get(j).isWord()) {
                return k;
            }
        }
        return k;
    }
}
