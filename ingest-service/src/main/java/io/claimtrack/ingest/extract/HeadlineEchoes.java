package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "CEO says turnaround 'on track'" over "the turnaround is on track," Chief Executive Diane Kessler said: a headline or
 * deck sums up what a person the story names says below, in the story's own words, and so names its speaker by them
 * when its description ("CEO", "Veteran guard", "Owner", "— deputy FM") fits no title the story gives. The speaker
 * is the one named person whose statements in the story's first paragraphs hold most of the headline's words; part of
 * {@link ResolutionStage}, tried after every description rule.
 */
final class HeadlineEchoes {

    /** The key of a headline group's own statements among the speakers ({@link #speakerOf(Attribution, String)}). */
    private static final Speaker GROUP = new Speaker("", SpeakerKind.GROUP);
    /** Fewest headline words a person's statements must hold. */
    private static final int MIN_SHARED = 2;
    /** Fewest words of a headline's unquoted content a statement below must repeat to be its speaker's. */
    private static final int REPEATED_WORDS = 4;
    /** The role-titles word for a member of a council or legislature. */
    private static final String LAWMAKER = "lawmaker";

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final StatementPlaces places;
    /**
     * Each statement's content words as a headline's are compared with them, read once: every headline and deck above
     * reads the statements below it, and each asks up to four times (a page of decks spent a sixth of its time here).
     */
    private final Map<Attribution, Set<String>> keys = new IdentityHashMap<>();
    /** The words, as written, the text holds more than once; read when a headline first asks. */
    private Set<String> repeated;

    HeadlineEchoes(AnnotatedDocument doc, Lexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.places = new StatementPlaces(doc);
    }

    /** A speaker whose statements a headline may echo: a person or a body, by canonical name. */
    record Speaker(String name, SpeakerKind kind) {
    }

    /** The person the headline statement {@code a}'s words echo, or null. */
    String speakerOf(Attribution a) {
        Speaker person = speakerOf(a, null);
        return person == null || lawmakerForBody(a, person.name()) ? null : person.name();
    }

    /**
     * The two people named together whose statement the headline statement {@code a}'s plural echoes, or null; not two
     * people each echoing it (the earlier {@link #speakerOf(Attribution, String)}'s to weigh) nor one.
     */
    String pairOf(Attribution a) {
        String head = DescriptionHeads.headWord(a.mention.text()).toLowerCase(Locale.ROOT);
        Speaker echoed = plural(head) ? speakerOf(a, a.kind == SpeakerKind.GROUP ? head : null, false) : null;
        return echoed != null && echoed.kind() == SpeakerKind.GROUP ? echoed.name() : null;
    }

    /**
     * "city says it will fix the furnace" over a ward councillor's "the city would fix it": a deck's bare noun for a
     * public body ({@link PublicBodies}) is not a lawmaker whose words echo it, who speaks for herself.
     */
    private boolean lawmakerForBody(Attribution a, String person) {
        if (!PublicBodies.isBody(a.mention.text())) {
            return false;
        }
        for (Attribution o : doc.attributions) {
            if (person.equals(o.speaker) && o.mention != null
                    && lexicon.titles.roleFits(LAWMAKER, o.mention.role().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Rookie scores twice; ‘We are not done,’ coach says" over “We are not done. I told them ...,” Merlins coach X
     * said; "company blames ‘clerical errors’" over its chief executive's "a number of clerical errors": the quotation a
     * headline statement of a description holds, repeated word for word in the first statement below that holds it, is
     * that statement's named speaker's, however few of its words the word count of {@link #speakerOf(Attribution,
     * String)} would weigh and whatever body the description fits; null when no named person's statement repeats it.
     */
    String quotedBelow(Attribution a) {
        Mention m = a.mention;
        if (m == null || m.hasName() && !bareNoun(a) || m.isPronoun() || !(headline(a.block) || deck(a)) || doc.isRelated(a.block)
                || labelOfGroup(a)) {
            return null;
        }
        int i = doc.firstQuoteEndingAfter(a.contentStart);
        Quote q = i < doc.quotes.size() ? doc.quotes.get(i) : null;
        boolean unquoted = q == null || q.start() >= a.contentEnd;
        if (!unquoted && (q.start() < a.contentStart || !ownQuotation(a, q))) {
            return null;
        }
        // "theatre's last owner says she had no choice" over "She told the Standard she had no choice": unquoted, the
        // whole content said again as a whole, and long enough to be the story's own wording rather than a common phrase.
        String quoted = HeadlineQuote.words(unquoted ? a.content(doc.text) : doc.text(q.start(), q.end()));
        if (quoted.split(" ").length < (unquoted ? REPEATED_WORDS : 2)) {
            return null;
        }
        int from = places.of(a) + 1;
        for (int j = from; j < doc.attributions.size() && j - from < ResolutionWindows.HEADLINE_ECHO_STATEMENTS; j++) {
            Attribution o = doc.attributions.get(j);
            if (doc.isRelated(o.block)) {
                return null;
            }
            String below = HeadlineQuote.words(o.content(doc.text));
            if (!headline(o.block) && (unquoted ? below.equals(quoted) : (" " + below + " ").contains(" " + quoted + " "))) {
                while (o.antecedent != null) {
                    o = o.antecedent;
                }
                return EchoingStatements.named(o) ? o.speaker : null;
            }
        }
        return null;
    }

    /**
     * "critics call lease 'a giveaway'" over one councillor's "a giveaway": a label a plural puts on a thing is the open
     * group's word (the conventions' deck plural), which one member's using it does not make hers, however many of its
     * words her statement holds; a quoted sentence ("officials warn 'we are not out of it'") is still the one who said it.
     */
    boolean labelOfGroup(Attribution a) {
        return a.cue != null && NamingRelative.CALLING.contains(a.cue.toLowerCase(Locale.ROOT))
                && plural(DescriptionHeads.headWord(a.mention.text()).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether quotation {@code q} is what headline statement {@code a} says itself: no cue comes before it in what is
     * said ("prosecutors say he told one agent, 'I'd say ...'" quotes someone else). The cues are in text order.
     */
    private boolean ownQuotation(Attribution a, Quote q) {
        int from = doc.tokenAtOrAfter(a.contentStart);
        int i = Sorted.firstAtLeast(doc.cues, Cue::firstToken, from);
        return i >= doc.cues.size() || doc.tokens.get(doc.cues.get(i).firstToken()).start() >= q.start();
    }

    /**
     * As {@link #speakerOf(Attribution)} for a headline's plural description ("residents say", head word {@code group}):
     * the story's statements of that group itself ("Residents who spoke against the project said") compete with each
     * person's and each named body's ("Observers say vote was orderly" over "An observer mission from the Council for
     * Fair Elections said ... orderly"), and null when theirs hold as many of the headline's words.
     */
    Speaker speakerOf(Attribution a, String group) {
        return speakerOf(a, group, true);
    }

    /** As {@link #speakerOf(Attribution, String)}; two people who say it equally are its pair only when {@code ties}. */
    private Speaker speakerOf(Attribution a, String group, boolean ties) {
        if (!(headline(a.block) || deck(a)) || doc.isRelated(a.block)) {
            return null;
        }
        Set<String> headline = HeadlineWords.keys(doc.text(a.contentStart, a.contentEnd));
        Speaker best = null;
        int top = 0;
        int second = 0;
        List<Speaker> echoing = new ArrayList<>();
        for (Map.Entry<Speaker, List<Set<String>>> e : wordsBySpeaker(a, group).entrySet()) {
            int shared = 0;
            for (String k : headline) {
                for (Set<String> statement : e.getValue()) {
                    if (statement.contains(k)) {
                        shared++;
                        break;
                    }
                }
            }
            if (shared >= MIN_SHARED && 2 * shared >= headline.size()) {
                echoing.add(e.getKey());
            }
            if (shared > top) {
                second = top;
                top = shared;
                best = e.getKey();
            } else if (shared > second) {
                second = shared;
            }
        }
        // Two who say it equally are both its speakers, where one of them would be a guess.
        Speaker pair = ties && top == second ? pairOf(group, echoing) : null;
        if (pair != null) {
            return pair;
        }
        // Most of the headline's words, and more of them than anyone else's statements hold.
        return top >= MIN_SHARED && 2 * top >= headline.size() && top > second && !GROUP.equals(best) ? best : null;
    }

    /**
     * "Rivals say town hall wasted the pool money" over a story quoting two challengers who each say so: a headline's
     * plural ({@code group}) whose words, most of them, exactly two named people each say is the pair, in the order the
     * story quotes them; null otherwise (three hold them).
     */
    private static Speaker pairOf(String group, List<Speaker> echoing) {
        if (group == null || !group.endsWith("s") || echoing.size() != 2
                || echoing.stream().anyMatch(s -> s.kind() != SpeakerKind.PERSON)) {
            return null;
        }
        return new Speaker(echoing.get(0).name() + " and " + echoing.get(1).name(), SpeakerKind.GROUP);
    }

    /**
     * "union seeks job guarantees" in a deck over "The Harbour Food Workers local ... said it would seek guarantees": a
     * headline's description of a body ({@code a}, unresolved) is the named body whose statements below hold its words,
     * more of them than any person's; null if none, or if the description already reads as a body's name ("union" for
     * the one "Energy Workers' Union" of the text).
     */
    Speaker bodyOf(Attribution a) {
        Mention m = a.mention;
        if (m == null || m.hasName() || m.isPronoun() || !m.text().equals(a.speaker)) {
            return null;
        }
        Speaker body = speakerOf(a, DescriptionHeads.headWord(m.text()));
        return body != null && body.kind() == SpeakerKind.ORGANIZATION ? body : null;
    }

    /**
     * "Carrier says fares will stay high" over "She said she expected fares to stay high", its chief executive's: a
     * headline's bare common noun, capitalised only as its line's first word and so read as a name, is a description
     * all the same, and its speaker the named person or body whose statements below hold most of the headline's words;
     * null if none, if the statement is no such headline's, or if a rule already found the body the noun stands for
     * ("Union says workers were not told" is the union's, whoever repeats it).
     */
    Speaker bareNounSpeaker(Attribution a) {
        if (!bareNoun(a)) {
            return null;
        }
        String noun = a.mention.text().toLowerCase(Locale.ROOT);
        // "Retailer says it has financing" over its chief executive's "We have obtained financing": a trade's noun is
        // the business or whoever the story quotes for it, while "Company says" stays the body a rule found.
        boolean trade = Businesses.WORDS.contains(noun) && !Businesses.GENERIC.contains(noun);
        return a.speaker.equals(a.mention.text()) || trade ? speakerOf(a, noun) : null;
    }

    /**
     * A headline statement whose speaker is one common speaker noun opening its line ("Union says", "Agency warns"), a
     * kin word ("Father tells court"), which a family's story uses as a role, or a word read as a name that the text
     * never writes again ("Skip calls final shot ...", "GM says ...": a role in headlinese, no one's name).
     */
    private boolean bareNoun(Attribution a) {
        Mention m = a.mention;
        Sentence s = doc.sentenceAt(m == null ? 0 : m.start());
        if (m == null || !m.hasName() || m.text().indexOf(' ') >= 0 || !headline(a.block) || s == null || s.start() != m.start()) {
            return false;
        }
        int t = doc.tokenAtOrAfter(m.start());
        if (t >= doc.tokens.size()) {
            return false;
        }
        String w = doc.tokens.get(t).lower();
        return lexicon.isSpeakerNoun(doc.tokens.get(t)) || Businesses.WORDS.contains(w) || plural(w) || PossessedRoles.KIN.contains(w)
                || writtenOnce(t);
    }

    /**
     * Whether the text holds token {@code t}'s word, as written, nowhere but at {@code t}; not a plural's ("Volunteers
     * say ..." is an open group, a deck's plural bare noun).
     */
    private boolean writtenOnce(int t) {
        String word = doc.tokens.get(t).text();
        if (WordForms.endsInSingleS(word)) {
            return false;
        }
        if (repeated == null) {
            // Read once: a scan of the text per headline was quadratic on a page of headlines each opening with a word of its own.
            repeated = new HashSet<>();
            Set<String> seen = new HashSet<>();
            for (Token k : doc.tokens) {
                if (!seen.add(k.text())) {
                    repeated.add(k.text());
                }
            }
        }
        return !repeated.contains(word);
    }

    /** "Rivals": the plural of a person noun, which the word lists hold in the singular. */
    private boolean plural(String w) {
        return w.length() > 3 && w.endsWith("s") && lexicon.isPersonNoun(w.substring(0, w.length() - 1));
    }

    /**
     * The words of each named person's statements among the first {@link ResolutionWindows#HEADLINE_ECHO_STATEMENTS} of the
     * story under headline statement {@code a}: past the deck, a caption or a share bar, up to the related stories; a
     * set per statement.
     */
    private Map<Speaker, List<Set<String>>> wordsBySpeaker(Attribution a, String group) {
        Map<Speaker, List<Set<String>>> speakers = new LinkedHashMap<>();
        int from = places.of(a) + 1;
        int read = 0;
        boolean plural = a.mention != null && plural(DescriptionHeads.headWord(a.mention.text()).toLowerCase(Locale.ROOT));
        // Headline statements are passed over but counted too, so a page of headlines costs each of them a few steps.
        for (int j = from; j < doc.attributions.size() && j - from < 2 * ResolutionWindows.HEADLINE_ECHO_STATEMENTS
                && read < ResolutionWindows.HEADLINE_ECHO_STATEMENTS; j++) {
            Attribution o = doc.attributions.get(j);
            if (doc.isRelated(o.block)) {
                break;
            }
            if (headline(o.block)) {
                continue;
            }
            read++;
            Attribution root = o;
            while (root.antecedent != null) {
                root = root.antecedent;
            }
            boolean named = EchoingStatements.named(root) || plural && EchoingStatements.namedPair(root)
                    || group != null && EchoingStatements.namedBody(root);
            Speaker speaker = named ? new Speaker(root.speaker, root.kind)
                    : group != null && EchoingStatements.isGroup(root, group) ? GROUP : null;
            if (speaker != null) {
                speakers.computeIfAbsent(speaker, k -> new ArrayList<>()).add(keys.computeIfAbsent(o,
                        s -> HeadlineWords.statementKeys(doc.text(s.contentStart, s.contentEnd))));
            }
        }
        return speakers;
    }

    /**
     * "‘We are not asking for the moon,’ union leader says" on a page that sets the deck as a paragraph: a bare
     * description saying in the present is headline grammar, which prose never writes ("the union leader said").
     */
    private static boolean deck(Attribution a) {
        Mention m = a.mention;
        if (m == null || m.hasName() || m.isPronoun() || !Character.isLowerCase(m.text().charAt(0))) {
            return false;
        }
        String first = m.text().substring(0, Math.max(0, m.text().indexOf(' '))).toLowerCase(Locale.ROOT);
        return !FunctionWords.DETERMINERS.contains(first) && ("says".equalsIgnoreCase(a.cue) || "say".equalsIgnoreCase(a.cue));
    }

    /** A headline, or a bullet of its deck ("* Holvik CEO says ..." between a wire's headline and its byline). */
    private boolean headline(int b) {
        return BodyDescriptions.topLine(doc, b);
    }
}
