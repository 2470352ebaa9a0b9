package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence's meeting or call of two people: who met whom ("Marek Dolan held talks with Eva Sandvik", "Brenvik and
 * Carrow met", "talks were held between ..."), the people it names in full, and where each name and its title stand.
 * Part of {@link JointSides}.
 */
final class Meetings {

    /** Words that make the opening sentence a meeting of the people it names: "held talks with", "spoke today with". */
    private static final Set<String> MEETING = WordSet.of("talks", "met", "meets", "meeting", "conversation", "call", "spoke",
            "speaks", "welcomed", "welcomes", "received", "receives", "counterpart", "visit", "consultations", "chaired", "delegation");
    /**
     * A treaty's signing by two as one subject ("A and B signed the Convention"): their meeting, read only in the predicate
     * after both, as "A signed a decree appointing B" meets no one.
     */
    private static final Set<String> SIGNING = WordSet.of("signed", "sign", "signs");
    /** Last words of an event's name, which takes no part: "co-chaired the first round of the Aldova-Brenn Strategic Dialogue". */
    private static final Set<String> EVENTS = WordSet.of("dialogue", "summit", "forum", "conference", "consultations", "talks",
            "round", "format", "meeting", "session", "commission");
    /** Titles of a monarch, named by one name and a realm ("King Ferrando of Mendova"): a person although "of" joins it. */
    private static final Set<String> REGNAL = WordSet.of("king", "queen", "emir", "sultan", "emperor", "empress", "prince", "princess");
    /** Most words between the second of two people and a meeting word after both: "Ines Carrow, paid an official visit". */
    private static final int MEETING_AFTER_WORDS = 3;
    /**
     * A title in apposition after a name: ", Prime Minister of the Kingdom of Vestria," (its closing comma apart), or the
     * state a title before the name is held for ("President Wilhelmina Escott of Ostria paid a state visit").
     */
    private static final Pattern APPOSED_TITLE = Pattern.compile("^(?:, (?:the )?\\p{Lu}[\\p{L}-]*(?: (?:the|of|for|and|\\p{Lu}[\\p{L}.'’-]*))*(?=,)"
            + "| of (?:the )?\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)*(?= ))");
    /** Where a pair of the talks is named after the meeting word: "a telephone conversation took place between". */
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween [^.;]*$");
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

    private Meetings() {
    }

    /** The people a sentence names in full, each with its fullest form. */
    static void people(AnnotatedDocument doc, Sentence s, NameIndex names, List<Name> people, List<String> full) {
        for (int j = Name.lastBefore(doc.names, s.start()) + 1; j < doc.names.size() && doc.names.get(j).offset() < s.end(); j++) {
            Name n = doc.names.get(j);
            String p = n.kind() == SpeakerKind.PERSON ? withoutHonorific(names.expand(n.text(), SpeakerKind.PERSON, n.offset())) : "";
            // "Tavik" and "the Great Hall" stand between too; only a person named in full takes part, and
            // "the Republic of Vestria" is no person.
            // A name given its title by the aside before it is listed twice at one place: one person.
            boolean again = !people.isEmpty() && people.get(people.size() - 1).offset() == n.offset();
            List<String> words = p.equals(n.text()) ? n.words() : Name.words(p);
            if (words.size() > 1 && (!p.contains(" of ") || REGNAL.contains(n.role().toLowerCase(Locale.ROOT))) && !again && !EVENTS.contains(Name.lastWord(words)) && !placeOf(doc, n)) {
                people.add(n);
                full.add(p);
            }
        }
    }

    /** "held talks in the Amber Hall of the Palace with ...": a name after "the" is a place, not one who met. */
    private static boolean placeOf(AnnotatedDocument doc, Name n) {
        return after(doc, start(doc, n), "the ");
    }

    /** Whether {@code word} (with its space) stands right before {@code start} as a word of its own: "in " before a place. */
    static boolean after(AnnotatedDocument doc, int start, String word) {
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
    static boolean crowded(AnnotatedDocument doc, List<Name> people, List<String> full, int met) {
        return met > 0 && joined(doc, people.get(met - 1), people.get(met)) || met + 2 < people.size() && joined(doc, people.get(met + 1), people.get(met + 2))
                || full.get(met).equals(full.get(met + 1));
    }

    static boolean meetingWord(AnnotatedDocument doc, Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (MEETING.contains(doc.tokens.get(k).lower()) || SIGNING.contains(doc.tokens.get(k).lower())) {
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
    static int meeting(AnnotatedDocument doc, Sentence s, List<Name> people) {
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
            if (MEETING.contains(words[k]) || SIGNING.contains(words[k])) {
                return true;
            }
            if (FunctionWords.NP_BREAKERS.contains(words[k]) || FunctionWords.TOPIC_PREPOSITIONS.contains(words[k])) {
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

    /**
     * A title set in apposition after the name: ", Prime Minister of the Kingdom of Vestria"; "" if none, or if it is the
     * next person's, right before that name ("At the invitation of A, the Minister of Foreign Affairs of Vestria, B, ...").
     */
    static String apposed(AnnotatedDocument doc, Name n, Sentence s, int next) {
        int end = Math.min(end(doc, n), s.end());
        Matcher title = APPOSED_TITLE.matcher(doc.text(end, s.end()));
        return title.find() && !doc.text(end + title.end(), Math.max(end + title.end(), next)).equals(", ") ? title.group() : "";
    }

    /** The words from {@code from} to where the name itself starts, after its title; "" if the name starts before. */
    static String before(AnnotatedDocument doc, int from, Name n) {
        int start = start(doc, n);
        return from < start ? doc.text(from, start) : "";
    }

    /** Where the name itself starts, after its title. */
    static int start(AnnotatedDocument doc, Name n) {
        return end(doc, n) - n.text().length();
    }

    /** Where the name itself ends: its offset is its mention's, title included ("President of Arvia Ruben Sollen"). */
    static int end(AnnotatedDocument doc, Name n) {
        int at = doc.text.substring(n.offset(), Math.min(doc.text.length(), n.offset() + TITLE_CHARS + n.text().length())).indexOf(n.text());
        return at < 0 ? n.offset() : n.offset() + at + n.text().length();
    }
}
