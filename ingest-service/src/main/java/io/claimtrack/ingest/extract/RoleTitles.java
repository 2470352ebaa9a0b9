package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The titles role-titles.txt gives each role word ({@link Lexicon#titles}): the offices a description's head word may
 * stand for ("diplomat" for "deputy foreign minister"), those it fits only for the same country ("leader" for
 * "president"), the role words of one office, and the titles of two words ("district attorney").
 */
final class RoleTitles {

    /** The part whose lawyers a client's "his lawyer" asks for only on the defence's side. */
    static final String COUNSEL = "counsel";

    /** For a description's head word, the role words and phrases it may stand for (besides itself). */
    private final Map<String, List<String>> roleTitles = new HashMap<>();
    /** "leader >> president, ...": offices a description fits only when both name the same country or body. */
    private final Map<String, List<String>> placeTitles = new HashMap<>();
    /** Role words of one office under several names ("striker" ~ "forward"): no words of wide use. */
    private final Set<String> oneOffice = new HashSet<>();
    /** The titles of two words role-titles.txt lists ("court justice", "district attorney"), lower case. */
    private final Set<String> twoWordTitles = new HashSet<>();
    /** Their second words: most capitalised tokens end no such title, and are turned away without a joined string. */
    private final Set<String> twoWordTitleEnds = new HashSet<>();
    /** A court case's parts, first first, each with the titles that give it ("bench": "judge", "justice"). */
    private final Map<String, CourtPart> courtParts = new LinkedHashMap<>();

    /** A part in a court case: its titles, and whether one gives it anywhere in a role or only as its last words. */
    private record CourtPart(List<String> titles, boolean anywhere) {
    }

    RoleTitles() {
        for (String line : Lexicon.readLines("role-titles")) {
            if (line.contains(":")) {
                String[] parts = line.split(":+", 2);
                List<String> titles = Arrays.stream(parts[1].split(",")).map(String::strip).toList();
                courtParts.put(parts[0].strip(), new CourtPart(titles, line.contains("::")));
            } else if (line.contains(">>")) {
                String[] parts = line.split(">>", 2);
                for (String title : parts[1].split(",")) {
                    placeTitles.computeIfAbsent(parts[0].strip(), k -> new ArrayList<>()).add(" " + title.strip() + " ");
                }
            } else if (line.contains(">")) {
                String[] parts = line.split(">", 2);
                for (String title : parts[1].split(",")) {
                    addRoleTitle(parts[0].strip(), title.strip());
                }
            } else {
                String[] same = line.split("[=~]");
                if (line.contains("~")) {
                    oneOffice.addAll(Arrays.stream(same).map(String::strip).toList());
                }
                for (String a : same) {
                    for (String b : same) {
                        if (a != b) {
                            addRoleTitle(a.strip(), b.strip());
                        }
                    }
                }
            }
        }
    }

    /**
     * Whether this role word is a general word for several offices ("diplomat", "official") or has the same
     * office under other words ("aide"): a word of wide use. Sport and court roles ("striker" ~ "forward") name
     * one office whatever the word.
     */
    boolean hasOtherTitles(String head) {
        return roleTitles.containsKey(head) && !oneOffice.contains(head);
    }

    private void addRoleTitle(String head, String title) {
        roleTitles.computeIfAbsent(head, k -> new ArrayList<>()).add(" " + title + " ");
        if (title.indexOf(' ') > 0 && title.indexOf(' ') == title.lastIndexOf(' ')) {
            twoWordTitles.add(title);
            twoWordTitleEnds.add(title.substring(title.indexOf(' ') + 1));
        }
    }

    /**
     * Whether two lower-case words make a title role-titles.txt lists: "Superior Court Justice Ann Vik" is titled,
     * though "justice" alone names no role ("the Ministry of Justice").
     */
    boolean isTwoWordTitle(String first, String second) {
        return twoWordTitleEnds.contains(second) && twoWordTitles.contains(first + " " + second);
    }

    /**
     * Whether a description with this head word ("the diplomat", "the assistant") may stand for someone the
     * text gave this role ("russian deputy foreign minister", "kremlin aide"); {@code role} in lower case.
     */
    boolean roleFits(String head, String role) {
        if (head.isEmpty() || role.isEmpty()) {
            return false;
        }
        String padded = " " + AbbreviatedTitles.spelledOut(role) + " ";
        return padded.contains(" " + head + " ") || holdsTitle(roleTitles, head, padded);
    }

    /** Whether role-titles.txt gives this head word (lower case) titles it stands for ("defense" for "his lawyer"). */
    boolean hasRoleTitles(String head) {
        return roleTitles.containsKey(head);
    }

    /**
     * Whether a description with this head word ("the Russian leader") may stand for someone given this role
     * ("russian president") when both name the same country or body; {@code role} in lower case.
     */
    boolean roleFitsForPlace(String head, String role) {
        return !head.isEmpty() && !role.isEmpty() && holdsTitle(placeTitles, head, " " + AbbreviatedTitles.spelledOut(role) + " ");
    }

    private static boolean holdsTitle(Map<String, List<String>> titles, String head, String padded) {
        for (String title : titles.getOrDefault(head, List.of())) {
            if (padded.contains(title)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The part in a court case a lower-case role gives ("provincial court judge" → "bench", "crown counsel" →
     * "prosecution"): the first part of role-titles.txt one of whose titles the role holds; null if none.
     */
    String courtPart(String role) {
        for (Map.Entry<String, CourtPart> part : courtParts.entrySet()) {
            for (String title : part.getValue().titles()) {
                if (holdsWords(role, title, part.getValue().anywhere())) {
                    return part.getKey();
                }
            }
        }
        return null;
    }

    /** The part in a court case whose title is exactly these lower-case words ("judge", "crown attorney"); null if none. */
    String courtTitle(String words) {
        for (Map.Entry<String, CourtPart> part : courtParts.entrySet()) {
            if (part.getValue().titles().contains(words)) {
                return part.getKey();
            }
        }
        return null;
    }

    /**
     * Whether a role is a named client's lawyer ("Halvorsen's lawyer", "Okafor's attorney"), a capitalised possessive
     * and one of the counsel part's titles, for a head whose titles hold a client's lawyer by pronoun ("defense" for
     * "his lawyer"): the client named instead.
     */
    boolean namedClientsCounsel(String head, String roleText) {
        int space = roleText.indexOf(' ');
        if (space < 3 || !clientsSide(head) || !Character.isUpperCase(roleText.charAt(0))
                || !Mentions.isPossessive(roleText.substring(0, space))) {
            return false;
        }
        return courtTitles(COUNSEL).contains(roleText.substring(space + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether a role is a lawyer's title alone ("Attorney", "lawyer") and the head a client's side ("defense"). */
    boolean bareCounsel(String head, String roleText) {
        return clientsSide(head) && courtTitles(COUNSEL).contains(roleText.toLowerCase(Locale.ROOT));
    }

    /** Whether a head's titles hold a client's lawyer by pronoun ("defense" for "his lawyer"). */
    private boolean clientsSide(String head) {
        return holdsTitle(roleTitles, head, " his lawyer ");
    }

    /** The titles of a part in a court case, as role-titles.txt lists them. */
    List<String> courtTitles(String part) {
        CourtPart titles = courtParts.get(part);
        return titles == null ? List.of() : titles.titles();
    }

    /** Whether {@code words} stand in {@code role} as whole words: anywhere, or as its last words. */
    static boolean holdsWords(String role, String words, boolean anywhere) {
        for (int at = role.indexOf(words); at >= 0; at = role.indexOf(words, at + 1)) {
            int end = at + words.length();
            if ((at == 0 || !wordChar(role.charAt(at - 1))) && (end == role.length() || anywhere && !wordChar(role.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
