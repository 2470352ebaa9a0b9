package io.claimtrack.ingest.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a description ("the Ohio governor", "the Democratic nominee") can be the title a name is given
 * ("New Jersey Gov. Chris Christie", "Democratic vice presidential nominee Tim Kaine"): the office its head word
 * ({@link DescriptionHeads}) names and whose office it is (place, body, party).
 */
final class DescriptionFit {

    /** Words that make a title another office: "vice president", "deputy minister", "former governor". */
    static final Set<String> OTHER_OFFICE = WordSet.of("vice", "deputy", "assistant", "acting", "former", "ex",
            "associate", "lieutenant");
    /** Words that make an office of their own out of the title after them, whichever side has them: "prime minister". */
    private static final Set<String> RANKED_OFFICE = WordSet.of("prime", "vice", "deputy", "assistant", "associate", "lieutenant");
    /**
     * Party labels are titles ("Republican Dan Hollis") but, like places, say whose office it is: "the Republican
     * nominee" is not "Centrist nominee Ruth Amsel". By the key the other qualifiers use; "GOP" is Republican.
     */
    static final Map<String, String> PARTIES = Map.of("republican", "repu", "gop", "repu", "democrat", "demo",
            "democratic", "demo");
    /**
     * Roles held for someone else ("the spokesman", "the prime minister's aide", "the attorney"): a description
     * of one is never the person the text has just named, who is more likely the one they speak or act for.
     */
    static final Set<String> RELATIONAL = WordSet.of("spokesman", "spokeswoman", "spokesperson", "aide", "adviser",
            "advisor", "assistant", "lawyer", "attorney", "counsel", "deputy", "host", "member", "secretary");

    private final Lexicon lexicon;
    /** Words of a state's formal name that say nothing of which state it is: "the Republic of Ismar" is Ismar. */
    private final Set<String> stateForms;

    DescriptionFit(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.stateForms = qualifiers("Republic Kingdom Federation Commonwealth Principality Emirate Sultanate Democratic"
                + " Federal Socialist Islamic");
    }

    /** The party a description or role names ("GOP nominee" → Republican), by the qualifiers' key; null if none. */
    static String party(String text) {
        for (String w : Name.words(text)) {
            String p = PARTIES.get(w);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /**
     * "the Democratic nominee" is not "Democratic vice presidential nominee Tim Kaine": "vice" before the
     * description's own title makes another office; "senior diplomat" still fits "Deputy Foreign Minister".
     */
    static boolean sameOffice(String description, String role) {
        if (unitOfBody(role) && !unitOfBody(description)) {
            // "the head of the Office" is not "head of the Office's laboratory unit": that one heads a unit of it.
            return false;
        }
        List<String> words = Name.words(description);
        List<String> ofRole = Name.words(AbbreviatedTitles.spelledOut(role.toLowerCase(Locale.ROOT)));
        String title = DescriptionHeads.headWord(description);
        int head = ofRole.indexOf(title);
        if (head < 0 && DescriptionHeads.namesOfficeWhole(title)) {
            // "the head of the Ministry" is its minister, not a deputy minister.
            return ofRole.stream().noneMatch(OTHER_OFFICE::contains);
        }
        for (int i = 0; i < head; i++) {
            // "Press Secretary of the President", "Adviser to the Minister": an office that serves the title, not it.
            if (OTHER_OFFICE.contains(ofRole.get(i)) && !words.contains(ofRole.get(i)) || servesTitle(ofRole, i)) {
                return false;
            }
        }
        // "The Prime Minister instructed" is not "Minister of Regional Development Lidia Arden", nor "the deputy
        // minister" the minister; a role without the title says nothing here.
        int own = head < 0 ? -1 : words.indexOf(DescriptionHeads.headWord(description));
        for (int i = 0; i < own; i++) {
            if (RANKED_OFFICE.contains(words.get(i)) && !ofRole.contains(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** "secretary of", "adviser to": an office before a head ender, whose holder serves the title after it ("Bank of X Governor" holds it). */
    private static boolean servesTitle(List<String> role, int i) {
        return i > 0 && DescriptionHeads.isHeadEnder(role.get(i)) && Lexicon.get().roles.contains(role.get(i - 1));
    }

    /** A title held "of" a body's part: "head of the Office's laboratory unit". */
    private static boolean unitOfBody(String title) {
        int of = title.indexOf(" of ");
        return of >= 0 && (title.indexOf("'s ", of) > 0 || title.indexOf("’s ", of) > 0);
    }

    /**
     * "Coach Anna Berg" is no "the striker": a role whose title word is spelled out names an office that a bare
     * description of one office does not fit; a description of wide use ("the diplomat", "the official") and
     * an abbreviated role ("Sen.", "Gov.") are left as they were.
     */
    boolean otherOffice(String role) {
        String[] words = role.split(" ");
        String last = words[words.length - 1];
        return !last.isEmpty() && !last.endsWith(".") && lexicon.roles.contains(last);
    }

    /**
     * Whether a description with this head word may stand for someone given this role (lower case): a word
     * for the role ({@link Lexicon#roleFits}), or a word for a head ("the defence chief") of the field the
     * role is for ("Defense Minister Sergei Volkov").
     */
    boolean fits(String head, String description, String role) {
        if (!lexicon.isPersonNoun(head) && bodyBeforeTitle(head, role)) {
            return false;
        }
        String field = field(description);
        return lexicon.titles.roleFits(head, role) || field != null && lexicon.titles.roleFits("head", head) && fields(role).contains(field)
                || lexicon.titles.roleFitsForPlace(head, role) && (sharesQualifier(description, role) || sameBody(head, description, role));
    }

    /** "The union head" and "union President X": the body word before the description's head is a word of the role. */
    private boolean sameBody(String head, String description, String role) {
        List<String> words = Name.words(description.toLowerCase(Locale.ROOT));
        int at = words.lastIndexOf(head);
        return at > 0 && lexicon.organizations.contains(words.get(at - 1)) && Name.words(role).contains(words.get(at - 1));
    }

    /**
     * "the lottery" is no "Lottery Board Chairman": a word before the title, not its complement's opening ("chief
     * epidemiologist of the Ministry" is the epidemiologist's), says whose office it is.
     */
    private static boolean bodyBeforeTitle(String head, String role) {
        String padded = " " + role + " ";
        int at = padded.indexOf(" " + head + " ");
        if (at < 0) {
            return false;
        }
        int next = at + head.length() + 2;
        int end = padded.indexOf(' ', next);
        return end > next && !DescriptionHeads.isHeadEnder(padded.substring(next, end));
    }

    /** Whether the office a role names may be the description's, wherever it is held ("leader" for "German Chancellor"). */
    boolean sameKindOfOffice(String head, String role) {
        return lexicon.titles.roleFits(head, role) || lexicon.titles.roleFitsForPlace(head, role);
    }

    /** Whether a word of the role (in any case) is one of the description's qualifiers ("Russian" and "russian president"). */
    private boolean sharesQualifier(String description, String role) {
        Set<String> ofDescription = qualifiers(description);
        for (String w : Name.words(role)) {
            if (!lexicon.isRoleWord(w) && ofDescription.contains(PARTIES.getOrDefault(w, w.length() > 4 ? w.substring(0, 4) : w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a role (as the text gives it) names the description's own office: no other place, body or field
     * ({@link #qualifiersClash}) and no other rank of it ({@link #sameOffice}).
     */
    boolean holdsOffice(String description, String role) {
        return !qualifiersClash(description, role) && sameOffice(description, role);
    }

    /**
     * "The President of Russia" is not "US President Joe Biden", nor "the environment minister" Prime Minister
     * Ola Nygaard: both the description and the role name whose office it is, or the field it is for, and
     * they name different places, bodies or fields.
     */
    boolean qualifiersClash(String description, String role) {
        String field = field(description);
        Set<String> ofField = field == null ? Set.of() : fields(role);
        if (!ofField.isEmpty() && !ofField.contains(field)) {
            return true;
        }
        Set<String> ofDescription = qualifiers(description);
        if (ofDescription.isEmpty()) {
            // Most descriptions ("the spokeswoman") name no place, body or field: the role's need not be read.
            return false;
        }
        Set<String> ofRole = qualifiers(role);
        // "the fund's chief investment officer" for "Chief Investment Officer Ada Lusk": a capitalised word of the
        // title that the description writes in lower case is the office's own, not whose office it is.
        ofRole.removeAll(qualifiers(lowerWordsCapitalised(description)));
        if (ofRole.isEmpty()) {
            return false;
        }
        ofDescription.retainAll(ofRole);
        return ofDescription.isEmpty();
    }

    /**
     * "the transport minister" is not the "Minister of Water Resources and Irrigation": a title whose field follows
     * its "of" or "for" names every field it is for ("prime minister of Kestria" names its own before), and the
     * description's field is none of them.
     */
    boolean otherField(String description, String title) {
        String field = field(description);
        List<String> words = Name.words(title);
        int of = words.indexOf("of") >= 0 ? words.indexOf("of") : words.indexOf("for");
        return field != null && of > 0 && lexicon.roles.contains(words.get(of - 1)) && !fields(title).contains(field);
    }

    /** Capitalised words that are no title word, and party labels, by their first four letters ("Russia", "Russian": "russ"). */
    Set<String> qualifiers(String text) {
        Set<String> out = new HashSet<>();
        // Words between white space and periods; a scan, as resolution asks this of every description.
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && !isQualifierBreak(text.charAt(i))) {
                continue;
            }
            if (i > start && Character.isUpperCase(text.charAt(start))) {
                String w = Mentions.possessiveStem(text.substring(start, i).toLowerCase(Locale.ROOT));
                if (!w.isEmpty() && (!lexicon.isRoleWord(w) || PARTIES.containsKey(w))
                        && !FunctionWords.DETERMINERS.contains(w) && !Mentions.isConnector(w)) {
                    out.add(PARTIES.getOrDefault(w, w.length() > 4 ? w.substring(0, 4) : w));
                }
            }
            start = i + 1;
        }
        return out;
    }

    /** Whether the words name a state by its formal name: "Kingdom of Vessa", "the Republic of Ismar". */
    boolean namesStateForm(String text) {
        Set<String> words = qualifiers(text);
        words.retainAll(stateForms);
        return !words.isEmpty();
    }

    /** The states a description or role names, by qualifier keys: "the President of the Republic of Dravia" → drav. */
    Set<String> states(String text) {
        Set<String> out = qualifiers(text);
        out.removeAll(stateForms);
        return out;
    }

    /** The description's lower-case words, capitalised, so that {@link #qualifiers} keys them as it keys a title's. */
    private static String lowerWordsCapitalised(String description) {
        StringBuilder out = new StringBuilder();
        for (String w : description.split(" ")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                out.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length()).append(' ');
            }
        }
        return out.toString();
    }

    /**
     * "Family's lawyer" opening a headline beside "a lawyer for the Fenwick family": a first word the role has in
     * lower case is capitalised by where it stands and names no place or body; the description with it in lower case.
     */
    static String positionalCapital(String description, String role) {
        int space = description.indexOf(' ');
        if (space < 0 || !Character.isUpperCase(description.charAt(0))) {
            return description;
        }
        String first = Mentions.possessiveStem(description.substring(0, space).toLowerCase(Locale.ROOT));
        return first.isEmpty() || !Name.words(role).contains(first) || role.contains(description.substring(0, first.length()))
                ? description : first.charAt(0) + description.substring(1);
    }

    /** What the regex {@code [\s.]} matches: ASCII white space and the period. */
    private static boolean isQualifierBreak(char c) {
        return c == ' ' || c == '.' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The field the word before the head names ("the environment minister" → environment), or the last word after
     * the head's "of" ("the head of Teravian diplomacy" → foreign); null if none.
     */
    private String field(String description) {
        List<String> words = Name.words(description);
        int head = words.lastIndexOf(DescriptionHeads.headWord(description));
        String before = head > 0 ? lexicon.roleField(words.get(head - 1)) : null;
        return before == null && head >= 0 && head + 2 < words.size() && "of".equals(words.get(head + 1))
                ? lexicon.roleField(Name.lastWord(words)) : before;
    }

    /** The fields a role names anywhere ("Minister of Foreign Affairs" → foreign), in one spelling. */
    private Set<String> fields(String role) {
        Set<String> out = new HashSet<>();
        for (String w : Name.words(role)) {
            String field = lexicon.roleField(w);
            if (field != null) {
                out.add(field);
            }
        }
        return out;
    }
}
