package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The sides agreed", "Both leaders condemned", "The two Prime Ministers", "The President and the Prime Minister" in the
 * story of a meeting or call of two people its opening names ("Marek Dolan held talks with Eva Sandvik"): both of them,
 * as "Marek Dolan and Eva Sandvik", in the order the opening names them. A claims record under "The sides" would merge
 * every readout's sides into one speaker. Not for a group in what someone else says (a spokesman's "the two sides" are
 * usually the states), nor when the opening names more or fewer than two people. A later paragraph that tells of a
 * meeting or call of its own ("On Tuesday, Dolan spoke by phone with Ruben Sollen. The ministers agreed ...") gives
 * its group the two of that call. Read once per document; part of
 * {@link ResolutionStage}.
 */
final class JointSides {

    /**
     * "The sides", "Both leaders", "the two Prime Ministers", "The heads of state", "The heads of the delegations", a
     * commission's "The co-chairs": the group and nothing after it.
     */
    private static final Pattern GROUP = Pattern.compile("(?i)(?:the|both)(?: the)?(?: two)? (?:(?:prime|foreign) )?(?:heads of (?:state|government|(?:the )?delegations?)|"
            + String.join("|", Agreement.PARTICIPANT_HEADS) + "|parties)(?![\\p{L}'’-])");
    private static final Pattern JOINT = Pattern.compile("(?i)\\bjoint statement\\b");
    /**
     * "The delegations", an open group (round 33) unless the opening names each one's head ("The Aldish
     * delegation was led by A, the Brennish delegation by B"): then the two heads.
     */
    private static final Pattern DELEGATIONS = Pattern.compile("(?i)the delegations(?![\\p{L}'’-])");
    private static final Pattern HEADED = Pattern.compile("(?i)\\bdelegation (?:was |is )?(?:led|headed) by\\b");
    /**
     * "The Vestrian side" (a communiqué's "Party", or "Side" as communiqués capitalise it), "The Vestrian delegation",
     * "The head of the Vestrian delegation": one of the two, by its state.
     */
    private static final Pattern SIDE = Pattern.compile("(?:[Tt]he )?(?:(\\p{Lu}[\\p{L}-]*) (?:[Ss]ide|Party|[Dd]elegation)|head of the (\\p{Lu}[\\p{L}-]*) delegation)");
    /** "The Vestrian Prime Minister", "her Vestrian counterpart": one of the two, by the state the title names. */
    private static final Pattern STATE_OFFICE = Pattern.compile("(?:[Tt]he|[Hh]is|[Hh]er) (\\p{Lu}[\\p{L}-]*)(?:(?: \\p{Lu}\\p{L}+)+| counterpart)");
    /** "The President and the Prime Minister": each participant by his office. */
    private static final Pattern TWO_OFFICES = Pattern.compile("(?i)the ([\\p{L} ]+) and the ([\\p{L} ]+)");
    /** How far past a mention its group may run: "The heads" of "The heads of state". */
    private static final int TAIL_CHARS = 20;

    private final DescriptionFit fit;
    /** The two states or bodies the opening names as a pair, for "the two governments". */
    private final NamedParties parties;
    /** Both people, as one speaker; null when the document is no meeting of two people. */
    private final String both;
    /** Their roles in the opening, in lower case, in the order named. */
    private final List<String> roles;
    /** Each of them alone, with the title the opening gives each: "the Vestrian side" is the one who led it. */
    private final SideLeaders leaders;
    /** A later paragraph's own meeting of two, by paragraph. */
    private final Map<Integer, Later> later;
    /** Whether the opening names the head of each delegation, which makes "The delegations" the two. */
    private final boolean headsNamed;
    /** A day's calls under headings, each its own pair. */
    private final CallSections sections;
    /** Whether a mention joins their two offices, asked once per wording. */
    private final Map<String, Boolean> offices = new HashMap<>();

    private JointSides(DescriptionFit fit, NamedParties parties, String both, List<String> roles, SideLeaders leaders, Map<Integer, Later> later,
            boolean headsNamed, CallSections sections) {
        this.fit = fit;
        this.sections = sections;
        this.headsNamed = headsNamed;
        this.later = later;
        this.parties = parties;
        this.both = both;
        this.roles = roles;
        this.leaders = leaders;
    }

    /**
     * The opening: the first sentence, a heading's or the lede's, in which a meeting word stands between two people,
     * the one who met and the one met ("Marek Dolan held talks in Vell with Eva Sandvik"); read no further than the lede,
     * the first paragraph that names someone in full.
     */
    static JointSides of(AnnotatedDocument doc, DescriptionFit fit, NameIndex names) {
        for (Sentence s : doc.sentences) {
            // A method per sentence: this loop runs once per document, and a body inlined here is read interpreted
            // until the JIT compiles the loop, late in the first long text.
            JointSides sides = opening(doc, fit, names, s);
            if (sides != null) {
                return sides;
            }
        }
        // No one named in the opening ("The Prime Ministers of Veland and Suria met"): the pair it names, up to the lede.
        int lede = doc.firstParagraph(0);
        return new JointSides(fit, lede == doc.blocks.size() ? NamedParties.NONE : NamedParties.in(doc.text(0, doc.block(lede).end()), Lexicon.get()),
                null, List.of(), SideLeaders.NONE, Map.of(), false, CallSections.NONE);
    }

    /** The sides a sentence that names people opens the document with, or null when the sentence names none in a paragraph. */
    private static JointSides opening(AnnotatedDocument doc, DescriptionFit fit, NameIndex names, Sentence s) {
        List<Name> people = new ArrayList<>();
        List<String> full = new ArrayList<>();
        Meetings.people(doc, s, names, people, full);
        int met = Meetings.meeting(doc, s, people);
        // "The following is attributable to Spokesperson X:" introduces the readout, and "Consultations ... were held in
        // Port Alder" names only where: neither opens it with its people.
        if (met < 0 && (people.isEmpty() || doc.block(s.block()).kind() != Block.Kind.PARAGRAPH
                || people.size() == 1 && (introduces(doc, s) || Meetings.after(doc, Meetings.start(doc, people.get(0)), "in ")))) {
            return null;
        }
        // The parties may be named after the people, in the lede's next sentence ("the partnership between ...").
        NamedParties parties = NamedParties.in(doc.text(0, doc.block(s.block()).end()), Lexicon.get());
        if (met < 0 || Meetings.crowded(doc, people, full, met)) {
            // "Ola Brenvik held telephone conversations with the leaders of three countries": one person's calls, each
            // under its own heading.
            CallSections sections = met < 0 && people.size() == 1 ? CallSections.of(doc, names, s, full.get(0)) : CallSections.NONE;
            return new JointSides(fit, parties, null, List.of(), SideLeaders.NONE, later(doc, names, s), false, sections);
        }
        Name host = people.get(met);
        Name guest = people.get(met + 1);
        int hostFrom = met > 0 ? Meetings.end(doc, people.get(met - 1)) : afterFronted(doc, s.start(), host);
        List<String> titles = List.of(Meetings.before(doc, hostFrom, host) + Meetings.apposed(doc, host, s, Meetings.start(doc, guest)),
                Meetings.before(doc, Meetings.end(doc, host), guest) + Meetings.apposed(doc, guest, s, s.end()));
        return new JointSides(fit, jointStatement(doc, s) ? parties.orStatesOf(titles) : parties, full.get(met) + " and " + full.get(met + 1),
                List.of(host.role().toLowerCase(Locale.ROOT), guest.role().toLowerCase(Locale.ROOT)),
                new SideLeaders(List.of(full.get(met), full.get(met + 1)), titles), later(doc, names, s),
                HEADED.matcher(doc.text(s.start(), s.end())).find(), CallSections.NONE);
    }

    /**
     * "At the initiative of the Orbelian side, President of Kandomar A had a telephone conversation with ...": a phrase set
     * off before the first person's title is no part of it (it names the other side); a title set off before the name
     * itself ("At the invitation of the Minister of Norland, A, ...") stays.
     */
    private static int afterFronted(AnnotatedDocument doc, int from, Name host) {
        String before = from < Meetings.start(doc, host) ? doc.text(from, Meetings.start(doc, host)) : "";
        int comma = before.lastIndexOf(", ");
        return comma < 0 || before.substring(comma + 1).isBlank() ? from : from + comma + 2;
    }

    private static boolean introduces(AnnotatedDocument doc, Sentence s) {
        return doc.text(s.start(), Chars.trimEnd(doc.text, s.start(), s.end())).endsWith(":");
    }

    /**
     * The later paragraphs that tell of a meeting or call of their own ("On Tuesday, Trelane held a telephone
     * conversation with ... Piet Marlowe. The ministers agreed ..."): by paragraph, where the meeting's sentence ends and
     * its two people. Only sentences with a meeting word are read for names.
     */
    private static Map<Integer, Later> later(AnnotatedDocument doc, NameIndex names, Sentence opening) {
        Map<Integer, Later> out = new HashMap<>();
        for (Sentence s : doc.sentences) {
            if (s.start() <= opening.start() || doc.block(s.block()).kind() != Block.Kind.PARAGRAPH || out.containsKey(s.block()) || !Meetings.meetingWord(doc, s)) {
                continue;
            }
            List<Name> people = new ArrayList<>();
            List<String> full = new ArrayList<>();
            Meetings.people(doc, s, names, people, full);
            int met = Meetings.meeting(doc, s, people);
            if (met >= 0 && !Meetings.crowded(doc, people, full, met)) {
                out.put(s.block(), new Later(s.end(), full.get(met) + " and " + full.get(met + 1)));
            }
        }
        return out;
    }

    /** A joint statement: its heading or opening says so ("Joint Statement of the Ministers of Foreign Affairs of ..."). */
    private static boolean jointStatement(AnnotatedDocument doc, Sentence opening) {
        return JOINT.matcher(doc.text(0, opening.end())).find();
    }

    /** A later paragraph's meeting: where its sentence ends, and both people as one speaker. */
    private record Later(int end, String both) {
    }

    /** Both people of the meeting, or both parties, for a statement its two sides make together; null otherwise. */
    String speakerFor(AnnotatedDocument doc, Attribution a) {
        Mention m = a.mention;
        if (m == null || m.isPronoun() || a.nested || a.outer != null) {
            return null;
        }
        Later own = later.get(a.block);
        if (own != null && own.end() <= m.start()) {
            return group(doc, m) ? own.both() : null;
        }
        String section = sections.at(m.start());
        if (section != null && group(doc, m)) {
            return section;
        }
        String pair = parties.speakerFor(m.text(), both != null);
        if (pair == null && a.speaker != null) {
            // "The statement said": a document made by "the two governments" speaks for them.
            pair = parties.speakerFor(a.speaker, both != null);
        }
        if (pair != null || both == null) {
            return pair;
        }
        if (group(doc, m) || headsNamed && DELEGATIONS.matcher(m.text()).matches()) {
            return both;
        }
        Matcher side = SIDE.matcher(m.text());
        if (side.matches()) {
            return leaders.bySide(side.group(side.group(1) != null ? 1 : 2));
        }
        Matcher office = STATE_OFFICE.matcher(m.text());
        if (office.matches() && Lexicon.get().roles.contains(DescriptionHeads.headWord(m.text()))) {
            return leaders.byState(office.group(1));
        }
        return offices.computeIfAbsent(m.text(), this::twoOffices) ? both : null;
    }

    /**
     * "The sides discussed A. They noted B": the meeting's two for a "they" read as the group a sentence before opens
     * with ({@link GroupSubjectBefore}'s {@code group}); null when that group is none of theirs or its paragraph tells of
     * a meeting of its own.
     */
    String pronounFor(Attribution a, String group) {
        if (both == null || a.nested || a.outer != null || later.containsKey(a.block)) {
            return null;
        }
        return GROUP.matcher(group.regionMatches(true, 0, "the ", 0, 4) ? group : "the " + group).matches() ? both : null;
    }

    private static boolean group(AnnotatedDocument doc, Mention m) {
        Matcher g = GROUP.matcher(doc.text).region(m.start(), Math.min(doc.text.length(), m.end() + TAIL_CHARS)).useTransparentBounds(true);
        return g.lookingAt() && g.end() >= m.end();
    }

    private boolean twoOffices(String mention) {
        Matcher two = TWO_OFFICES.matcher(mention);
        return two.matches() && byOffice(two.group(1), two.group(2));
    }

    /** Each office fits one of the two people, a different one. */
    private boolean byOffice(String first, String second) {
        return fits(first, 0) && fits(second, 1) || fits(first, 1) && fits(second, 0);
    }

    private boolean fits(String office, int person) {
        return !roles.get(person).isEmpty() && fit.sameKindOfOffice(DescriptionHeads.headWord("the " + office), roles.get(person));
    }
}
