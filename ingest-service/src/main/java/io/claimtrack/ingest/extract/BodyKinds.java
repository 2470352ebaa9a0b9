package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a description's head word can describe a body by its name's words: an oversight body's word for any other, a
 * business's word for a business's name, "the union" for a union's, "the regulator" for a central bank. Part of
 * {@link BodyDescriptions}.
 */
final class BodyKinds {

    /** Descriptions of a public body that oversees something, any one for any other. */
    private static final Set<String> OVERSIGHT = WordSet.of("agency", "authority", "regulator", "watchdog", "commission",
            "bureau", "inspectorate");

    /** Words that make a bank's name a central bank's: "European Central Bank", "Federal Reserve". */
    private static final Set<String> CENTRAL = WordSet.of("central", "reserve");

    /**
     * Head words of a civic body's name, which "the group" describes though its name has no business word: "Helpers from
     * the Larkspur Aid Collective ... The group said". Not a university, a union or a public body, which "group" does not
     * describe ("students at Marrow University ... the group" are the students).
     */
    private static final Set<String> CIVIC = WordSet.of("network", "alliance", "coalition", "collective", "association",
            "federation", "society", "league", "campaign", "movement", "foundation");

    /** Descriptions of a care institution, which {@link #CARE} and a {@link #CARE_FIELDS} centre's name answer to. */
    private static final Set<String> CARE_HEADS = WordSet.of("hospital");
    /** Words of a hospital's name that hold no "hospital": "Marrowfield General Infirmary". */
    private static final Set<String> CARE = WordSet.of("infirmary", "sanatorium");
    /** Words before "Centre" that make a name a hospital's: "St. Anselm Regional Health Centre", "Medical Center". */
    private static final Set<String> CARE_FIELDS = WordSet.of("health", "medical");
    /** A centre's word, after {@link #CARE_FIELDS}. */
    private static final Set<String> CENTRE = WordSet.of("centre", "center");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    /** Whether the text speaks of a central bank anywhere; found on the first description that asks. */
    private Boolean centralBank;

    BodyKinds(AnnotatedDocument doc, Lexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
    }

    /**
     * A one-word name that is a body's description ("Utility" opening a headline) names no body; nor does a public body's
     * word a headline or deck capitalises ("* Regulator cites ..."), though "the Commission" in prose may.
     */
    boolean descriptionOnly(Name n) {
        if (n.words().size() != 1) {
            return false;
        }
        String word = n.words().get(0);
        Sentence s;
        return isBodyWord(word) || OVERSIGHT.contains(word) && (s = doc.sentenceAt(n.offset())) != null && BodyDescriptions.topLine(doc, s.block());
    }

    /**
     * Whether two descriptions' head words name bodies of one kind: "the agency" and "Regulator", "the firm" and "Company";
     * two businesses' words only when one says no more than that ("the company" and "Insurer"), not two trades ("the
     * carrier" and a deck's "Insurer" are two firms).
     */
    static boolean sameKind(String head, String other) {
        return head.equals(other) || OVERSIGHT.contains(head) && OVERSIGHT.contains(other)
                || Businesses.WORDS.contains(head) && Businesses.WORDS.contains(other)
                && (Businesses.GENERIC.contains(head) || Businesses.GENERIC.contains(other));
    }

    static boolean capitalisedDescription(String word) {
        return isBodyWord(word) || OVERSIGHT.contains(word);
    }

    private static boolean isBodyWord(String word) {
        return Businesses.WORDS.contains(word) || "union".equals(word);
    }

    /**
     * "Harrow Bay Power & Light", "Kelton Foods": a name of several words, not a person's nor a place's, whose later word
     * is a business's names one, whatever kind the name reader guessed for it; asked only of a name near the description.
     */
    boolean tradeName(Name n) {
        List<String> words = n.words();
        return words.size() > 1 && words.subList(1, words.size()).stream().anyMatch(Businesses.WORDS::contains)
                && !lexicon.isFirstName(words.get(0)) && !lexicon.isPlace(n.text());
    }

    /** "the group" for a civic body's name: "the Kestrel Valley Alliance", "the Larkspur Aid Collective". */
    static boolean civicGroup(String head, Name n) {
        return "group".equals(head) && n.kind() == SpeakerKind.ORGANIZATION && n.words().stream().anyMatch(CIVIC::contains);
    }

    /**
     * "The Bank of Raskovia kept its key rate ..., the regulator said": a central bank is a regulator, by its
     * name ("Reserve Bank of Ostrava") or, a bank of a place ("Bank of X", "National Bank of X"), in a text that
     * speaks of "the central bank"; "Bank of Holm" in a text that speaks of none is a lender.
     */
    boolean regulates(String head, List<String> name) {
        if (!"regulator".equals(head) || !name.contains("bank")) {
            return false;
        }
        if (name.stream().anyMatch(CENTRAL::contains)) {
            return true;
        }
        if (centralBank == null) {
            centralBank = doc.text.toLowerCase(Locale.ROOT).contains("central bank");
        }
        int bank = name.indexOf("bank");
        return centralBank && bank == name.size() - 3 && name.get(bank + 1).equals("of");
    }

    boolean describes(String head, List<String> written) {
        // "the bank" for the "Banque Nationale de Norvella": a body named in its own language.
        List<String> name = lexicon.bodyWords(written);
        int at = ownWord(head, name);
        if (at >= 0) {
            // "the ministry" for "the Interior Ministry"; not "the airline" for the "Airline Pilots Association", a body of
            // another kind, whose word follows before any complement ("the council" is the "Council of the Union").
            for (int k = at + 1; k < name.size() && !"of".equals(name.get(k)) && !"for".equals(name.get(k)); k++) {
                if (lexicon.organizations.contains(name.get(k)) && !Businesses.WORDS.contains(name.get(k))) {
                    return false;
                }
            }
            return true;
        }
        if (Businesses.WORDS.contains(head)) {
            return name.stream().anyMatch(Businesses.WORDS::contains);
        }
        if ("union".equals(head)) {
            return UnionNames.isUnion(name);
        }
        // "the agency" of a rating agency, which its name calls by its trade: "Fitch Ratings", "Halden Credit Ratings".
        return OVERSIGHT.contains(head) && name.stream().anyMatch(OVERSIGHT::contains) || "agency".equals(head) && name.contains("ratings");
    }

    /**
     * Whether a body's name holds the description's own word before any complement, in the plural too ("the railway" in
     * "Castelnor National Railways", not "the museum" in "National Commission for Museums"), or a hospital's other words
     * ("the hospital" for "St. Anselm Regional Health Centre").
     */
    boolean holdsOwnWord(String head, List<String> written) {
        List<String> name = lexicon.bodyWords(written);
        int at = ownWord(head, name);
        return at >= 0 && at < headEnd(name);
    }

    /** Where a name holds the description's own word, or its plural or a hospital's word before any complement; -1 if nowhere. */
    private static int ownWord(String head, List<String> name) {
        int at = name.indexOf(head);
        if (at >= 0) {
            return at;
        }
        int end = headEnd(name);
        for (int k = 0; k < end; k++) {
            String w = name.get(k);
            if (w.length() == head.length() + 1 && w.startsWith(head) && w.endsWith("s") || CARE_HEADS.contains(head)
                    && (CARE.contains(w) || k > 0 && CENTRE.contains(w) && CARE_FIELDS.contains(name.get(k - 1)))) {
                return k;
            }
        }
        return -1;
    }

    /** Where a name's head part ends, at its first complement's word ("of", "for"). */
    private static int headEnd(List<String> name) {
        int k = 0;
        while (k < name.size() && !DescriptionHeads.isHeadEnder(name.get(k))) {
            k++;
        }
        return k;
    }
}
