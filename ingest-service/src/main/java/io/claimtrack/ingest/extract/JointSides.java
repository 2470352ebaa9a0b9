package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /** Words that make the opening sentence a meeting of the people it names: "held talks with", "spoke today with". */
    private static final Set<String> MEETING = WordSet.of("talks", "met", "meets", "meeting", "conversation", "call", "spoke",
            "speaks", "welcomed", "welcomes", "received", "receives", "counterpart", "visit", "consultations", "chaired", "delegation");
    /** Last words of an event's name, which takes no part: "co-chaired the first round of the Aldova-Brenn Strategic Dialogue". */
    private static final Set<String> EVENTS = WordSet.of("dialogue", "summit", "forum", "conference", "consultations", "talks",
            "round", "format", "meeting", "session", "commission");
    /** Most words between the second of two people and a meeting word after both: "Ines Carrow, paid an official visit". */
    private static final int MEETING_AFTER_WORDS = 3;
    /**
     * "The sides", "Both leaders", "the two Prime Ministers", "The heads of state", a commission's "The co-chairs": the
     * group and nothing after it.
     */
    private static final Pattern GROUP = Pattern.compile("(?i)(?:the|both)(?: the)?(?: two)? (?:(?:prime|foreign) )?(?:heads of (?:state|government|delegations?)|"
            + String.join("|", Agreement.PARTICIPANT_HEADS) + "|parties|co-chairs|co-chairmen)(?![\\p{L}'’-])");
    private static final Pattern JOINT = Pattern.compile("(?i)\\bjoint statement\\b");
    /** "The Vestrian side" (a communiqué's "Party"), "The head of the Vestrian delegation": one of the two, by its state. */
    private static final Pattern SIDE = Pattern.compile("[Tt]he (?:(\\p{Lu}[\\p{L}-]*) (?:side|Party)|head of the (\\p{Lu}[\\p{L}-]*) delegation)");
    /** "The Vestrian Prime Minister", "her Vestrian counterpart": one of the two, by the state the title names. */
    private static final Pattern STATE_OFFICE = Pattern.compile("(?:[Tt]he|[Hh]is|[Hh]er) (\\p{Lu}[\\p{L}-]*)(?:(?: \\p{Lu}\\p{L}+)+| counterpart)");
    /** A title in apposition after a name: ", Prime Minister of the Kingdom of Vestria," (its closing comma apart). */
    private static final Pattern APPOSED_TITLE = Pattern.compile("^, (?:the )?\\p{Lu}[\\p{L}-]*(?: (?:the|of|for|and|\\p{Lu}[\\p{L}.'’-]*))*(?=,)");
    /** Where a pair of the talks is named after the meeting word: "a telephone conversation took place between". */
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween [^.;]*$");
    /** "The President and the Prime Minister": each participant by his office. */
    private static final Pattern TWO_OFFICES = Pattern.compile("(?i)the ([\\p{L} ]+) and the ([\\p{L} ]+)");
    /** Between two names of a list: "and" or a comma, with the titles around it ("of Estmark and Prime Minister"). */
    private static final Pattern JOINED = Pattern.compile("(?: (?:of|the|\\p{Lu}[\\p{L}-]*))*(?:,|,? and|,? as well as) (?:(?:\\p{Lu}[\\p{L}-]*|of|the) )*");
    /**
     * Two named as one subject, each with a title in apposition: ", and the Minister of Maritime Affairs of Tessinor, ",
     * ", Minister of Energy of Vestria, and ".
     */
    private static final Pattern PAIRED = Pattern.compile("(?:,(?: (?:the|of|for|and|\\p{Lu}[\\p{L}.'’-]*))+)?,? and (?:(?:the|of|for|and|\\p{Lu}[\\p{L}.'’-]*),? )*");
    /** A session two people chaired, named after the verb: "was co-chaired by the Minister of Industry of Dorvania, ". */
    private static final Pattern CHAIRED_BY = Pattern.compile("(?i)\\b(?:co-)?chaired (?:jointly )?by\\b[^.;:]*$");
    /** The pair meets a third: "met with", "held talks with", "received". */
    private static final Pattern MET_WITH = Pattern.compile("(?i)\\bwith\\b|\\b(?:met|meets|received|receives|welcomed|welcomes) (?:the )?$");
    /** The longest title before a name: "Deputy Chairman of the Cabinet of Ministers - Minister of Foreign Affairs of ...". */
    private static final int TITLE_CHARS = 200;
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
    /** Whether a mention joins their two offices, asked once per wording. */
    private final Map<String, Boolean> offices = new HashMap<>();

    private JointSides(DescriptionFit fit, NamedParties parties, String both, List<String> roles, SideLeaders leaders, Map<Integer, Later> later) {
        this.fit = fit;
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
                null, List.of(), SideLeaders.NONE, Map.of());
    }

    /** The sides a sentence that names people opens the document with, or null when the sentence names none in a paragraph. */
    private static JointSides opening(AnnotatedDocument doc, DescriptionFit fit, NameIndex names, Sentence s) {
        List<Name> people = new ArrayList<>();
        List<String> full = new ArrayList<>();
        people(doc, s, names, people, full);
        int met = meeting(doc, s, people);
        // "The following is attributable to Spokesperson X:" introduces the readout, and "Consultations ... were held in
        // Port Alder" names only where: neither opens it with its people.
        if (met < 0 && (people.isEmpty() || doc.block(s.block()).kind() != Block.Kind.PARAGRAPH
                || people.size() == 1 && (introduces(doc, s) || after(doc, start(doc, people.get(0)), "in ")))) {
            return null;
        }
        // The parties may be named after the people, in the lede's next sentence ("the partnership between ...").
        NamedParties parties = NamedParties.in(doc.text(0, doc.block(s.block()).end()), Lexicon.get());
        if (met < 0 || crowded(doc, people, full, met)) {
            return new JointSides(fit, parties, null, List.of(), SideLeaders.NONE, later(doc, names, s));
        }
        Name host = people.get(met);
        Name guest = people.get(met + 1);
        List<String> titles = List.of(before(doc, met > 0 ? end(doc, people.get(met - 1)) : s.start(), host) + apposed(doc, host, s, start(doc, guest)),
                before(doc, end(doc, host), guest) + apposed(doc, guest, s, s.end()));
        return new JointSides(fit, jointStatement(doc, s) ? parties.orStatesOf(titles) : parties, full.get(met) + " and " + full.get(met + 1),
                List.of(host.role().toLowerCase(Locale.ROOT), guest.role().toLowerCase(Locale.ROOT)),
                new SideLeaders(List.of(full.get(met), full.get(met + 1)), titles), later(doc, names, s));
    }

    private static boolean introduces(AnnotatedDocument doc, Sentence s) {
        return doc.text(s.start(), Chars.trimEnd(doc.text, s.start(), s.end())).endsWith(":");
    }

    /** The people a sentence names in full, each with its fullest form. */
    private static void people(AnnotatedDocument doc, Sentence s, NameIndex names, List<Name> people, List<String> full) {
        for (int j = Name.lastBefore(doc.names, s.start()) + 1; j < doc.names.size() && doc.names.get(j).offset() < s.end(); j++) {
            Name n = doc.names.get(j);
            String p = n.kind() == SpeakerKind.PERSON ? withoutHonorific(names.expand(n.text(), SpeakerKind.PERSON, n.offset())) : "";
            // "Tavik" and "the Great Hall" stand between too; only a person named in full takes part, and
            // "the Republic of Vestria" is no person.
            // A name given its title by the aside before it is listed twice at one place: one person.
            boolean again = !people.isEmpty() && people.get(people.size() - 1).offset() == n.offset();
            List<String> words = p.equals(n.text()) ? n.words() : Name.words(p);
            if (words.size() > 1 && !p.contains(" of ") && !again && !EVENTS.contains(words.get(words.size() - 1)) && !placeOf(doc, n)) {
                people.add(n);
                full.add(p);
            }
        }
    }

    /** "held talks in the Amber Hall of the Palace with ...": a name after "the" is a place, not one who met. */
    private static boolean placeOf(AnnotatedDocument doc, Name n) {
        return after(doc, start(doc, n), "the ");
    }

    private static boolean after(AnnotatedDocument doc, int start, String word) {
        int from = start - word.length();
        return from >= 0 && doc.text.regionMatches(true, from, word, 0, word.length()) && (from == 0 || !Character.isLetter(doc.text.charAt(from - 1)));
    }

    /** "Mr. Piet Rennard" of "met with the Deputy Director-General ..., Mr. Piet Rennard": one of the two by his name alone. */
    private static String withoutHonorific(String full) {
        int space = full.indexOf(' ');
        return space > 0 && full.indexOf(' ', space + 1) > 0
                && RoleAndName.HONORIFICS.contains(full.substring(0, space).replace(".", "").toLowerCase(Locale.ROOT)) ? full.substring(space + 1) : full;
    }

    /** No meeting of two alone: a third joined to them ("with Sandvik and Prime Minister Berg"), or one person twice. */
    private static boolean crowded(AnnotatedDocument doc, List<Name> people, List<String> full, int met) {
        return met > 0 && joined(doc, people.get(met - 1), people.get(met)) || met + 2 < people.size() && joined(doc, people.get(met + 1), people.get(met + 2))
                || full.get(met).equals(full.get(met + 1));
    }

    /**
     * The later paragraphs that tell of a meeting or call of their own ("On Tuesday, Trelane held a telephone
     * conversation with ... Piet Marlowe. The ministers agreed ..."): by paragraph, where the meeting's sentence ends and
     * its two people. Only sentences with a meeting word are read for names.
     */
    private static Map<Integer, Later> later(AnnotatedDocument doc, NameIndex names, Sentence opening) {
        Map<Integer, Later> out = new HashMap<>();
        for (Sentence s : doc.sentences) {
            if (s.start() <= opening.start() || doc.block(s.block()).kind() != Block.Kind.PARAGRAPH || out.containsKey(s.block()) || !meetingWord(doc, s)) {
                continue;
            }
            List<Name> people = new ArrayList<>();
            List<String> full = new ArrayList<>();
            people(doc, s, names, people, full);
            int met = meeting(doc, s, people);
            if (met >= 0 && !crowded(doc, people, full, met)) {
                out.put(s.block(), new Later(s.end(), full.get(met) + " and " + full.get(met + 1)));
            }
        }
        return out;
    }

    private static boolean meetingWord(AnnotatedDocument doc, Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (MEETING.contains(doc.tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which of the people names the one who met, the next being the one met: a meeting word between them, or, when the
     * sentence names only the two, in a short predicate after both ("At the invitation of Ola Brenvik, Ines Carrow paid
     * an official visit", "Brenvik and Carrow met"); -1 if none.
     */
    private static int meeting(AnnotatedDocument doc, Sentence s, List<Name> people) {
        for (int i = 0; i + 1 < people.size(); i++) {
            // "A, and B, held the fifth meeting of the Joint Commission in Port Alder": a third name after the meeting
            // word tells where, unless the two met with him.
            String after = doc.text(end(doc, people.get(i + 1)), i + 2 < people.size() ? people.get(i + 2).offset() : s.end());
            String lead = before(doc, i > 0 ? end(doc, people.get(i - 1)) : s.start(), people.get(i));
            if (paired(doc, people.get(i), people.get(i + 1))
                    && (meetingAfter(after) && !MET_WITH.matcher(after).find() || meetingBefore(lead))) {
                return i;
            }
        }
        for (int i = 0; i + 1 < people.size(); i++) {
            int from = end(doc, people.get(i));
            for (String w : doc.text(Math.min(from, people.get(i + 1).offset()), people.get(i + 1).offset()).split("[^\\p{L}]+")) {
                if (MEETING.contains(w.toLowerCase(Locale.ROOT))) {
                    return i;
                }
            }
        }
        return people.size() == 2 && meetingAfter(doc.text(end(doc, people.get(1)), s.end())) ? 0 : -1;
    }

    /**
     * A meeting word in the predicate that follows the two, past a title in apposition (", Prime Minister of Suria, paid
     * an official visit"), not in a phrase of something else ("over the royal visit").
     */
    private static boolean meetingAfter(String rest) {
        Matcher title = APPOSED_TITLE.matcher(rest);
        String[] words = (title.find() ? rest.substring(title.end() + 1) : rest).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        for (int k = words.length > 0 && words[0].isEmpty() ? 1 : 0, n = 0; k < words.length && n <= MEETING_AFTER_WORDS; k++, n++) {
            if (MEETING.contains(words[k])) {
                return true;
            }
            if (Lexicon.NP_BREAKERS.contains(words[k]) || Lexicon.TOPIC_PREPOSITIONS.contains(words[k])) {
                return false;
            }
        }
        return false;
    }

    /**
     * A meeting named before the pair that follows: a session "co-chaired by" them, with only the first's title between,
     * or "talks were held between" them (a meeting word before the "between" that opens it).
     */
    private static boolean meetingBefore(String lead) {
        if (lead.length() <= TITLE_CHARS && lead.contains("haired") && CHAIRED_BY.matcher(lead).find()) {
            return true;
        }
        Matcher between = BETWEEN.matcher(lead);
        if (!between.find()) {
            return false;
        }
        for (String w : lead.substring(0, between.start()).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (MEETING.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Two people as one subject: "A and B", "A, and the Minister of Y of Bland, B,". */
    private static boolean paired(AnnotatedDocument doc, Name first, Name next) {
        int end = end(doc, first);
        int start = start(doc, next);
        return end <= start && PAIRED.matcher(doc.text(end, start)).matches();
    }

    /** A third person joined to the two: "with Eva Sandvik and Prime Minister Ola Berg", "Dolan, Sandvik and Berg". */
    private static boolean joined(AnnotatedDocument doc, Name first, Name next) {
        int end = end(doc, first);
        return end <= next.offset() && JOINED.matcher(doc.text(end, next.offset())).matches();
    }

    /** A joint statement: its heading or opening says so ("Joint Statement of the Ministers of Foreign Affairs of ..."). */
    private static boolean jointStatement(AnnotatedDocument doc, Sentence opening) {
        return JOINT.matcher(doc.text(0, opening.end())).find();
    }

    /**
     * A title set in apposition after the name: ", Prime Minister of the Kingdom of Vestria"; "" if none, or if it is the
     * next person's, right before that name ("At the invitation of A, the Minister of Foreign Affairs of Vestria, B, ...").
     */
    private static String apposed(AnnotatedDocument doc, Name n, Sentence s, int next) {
        int end = Math.min(end(doc, n), s.end());
        Matcher title = APPOSED_TITLE.matcher(doc.text(end, s.end()));
        return title.find() && !doc.text(end + title.end(), Math.max(end + title.end(), next)).equals(", ") ? title.group() : "";
    }

    /** The words from {@code from} to where the name itself starts, after its title; "" if the name starts before. */
    private static String before(AnnotatedDocument doc, int from, Name n) {
        int start = start(doc, n);
        return from < start ? doc.text(from, start) : "";
    }

    /** Where the name itself starts, after its title. */
    private static int start(AnnotatedDocument doc, Name n) {
        return end(doc, n) - n.text().length();
    }

    /** Where the name itself ends: its offset is its mention's, title included ("President of Arvia Ruben Sollen"). */
    private static int end(AnnotatedDocument doc, Name n) {
        int at = doc.text.substring(n.offset(), Math.min(doc.text.length(), n.offset() + TITLE_CHARS + n.text().length())).indexOf(n.text());
        return at < 0 ? n.offset() : n.offset() + at + n.text().length();
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
        String pair = parties.speakerFor(m.text(), both != null);
        if (pair == null && a.speaker != null) {
            // "The statement said": a document made by "the two governments" speaks for them.
            pair = parties.speakerFor(a.speaker, both != null);
        }
        if (pair != null || both == null) {
            return pair;
        }
        if (group(doc, m)) {
            return both;
        }
        Matcher side = SIDE.matcher(m.text());
        if (side.matches()) {
            return leaders.bySide(side.group(side.group(1) != null ? 1 : 2));
        }
        Matcher office = STATE_OFFICE.matcher(m.text());
        if (office.matches() && Lexicon.get().roles.contains(DescriptionFit.headWord(m.text()))) {
            return leaders.byState(office.group(1));
        }
        return offices.computeIfAbsent(m.text(), this::twoOffices) ? both : null;
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
        return !roles.get(person).isEmpty() && fit.sameKindOfOffice(DescriptionFit.headWord("the " + office), roles.get(person));
    }
}
