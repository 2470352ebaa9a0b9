package io.claimtrack.ingest.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A press service speaks as its organisation (the settled convention): "the WRF press service told TASS" and "the press
 * office of the Water Agency said" are the federation and the agency, and a bare "the press service" after them is the
 * same body. A possessive owner ("the operator's press service") is {@link BodyDescriptions}'s.
 */
final class PressServices {

    /** A capitalised word or an acronym of a body's name. */
    private static final String WORD = "\\p{Lu}[\\p{L}.&-]*";
    /** "[the] WRF press service", "[the] press office of the Water Agency of Kelvaria": group 1 or 2 is the owner's name. */
    private static final Pattern NAMED = Pattern.compile("(?:[Tt]he )?(?:(?![Tt]he )(" + WORD + "(?: " + WORD + "){0,3}) press (?:service|office)"
            + "|press (?:service|office) of (?:the )?(" + WORD + "(?:(?: (?:of|for|and|the))* " + WORD + ")*))");

    /** Most letters of an acronym spelled out from a name's tail: the initials of a handful of words, not of a run. */
    private static final int ACRONYM_LETTERS = 12;

    private static final Set<String> BARE = WordSet.of("the press service", "the press office");

    private final AnnotatedDocument doc;
    private final NameIndex names;
    private final Map<String, String> acronyms = new HashMap<>();
    /**
     * By the initials of a name's tail, the first such tail of the document's names, read once: each new acronym read
     * every name again (a text of many acronyms was quadratic).
     */
    private Map<String, String> tails;

    PressServices(AnnotatedDocument doc, NameIndex names) {
        this.doc = doc;
        this.names = names;
    }

    /**
     * The organisation the {@code i}th statement's press service speaks for: the owner it names, or, for a bare "the
     * press service", the speaker of the last statement a press service made with its owner named; null for any other
     * mention.
     */
    String speaker(int i) {
        Mention m = doc.attributions.get(i).mention;
        if (m == null || m.isPronoun()) {
            return null;
        }
        String owner = owner(m);
        if (owner != null) {
            String expanded = names.expand(owner, SpeakerKind.ORGANIZATION, m.start());
            return expanded.equals(owner) && owner.indexOf(' ') < 0 ? acronyms.computeIfAbsent(owner, this::spelledOut) : expanded;
        }
        if (!BARE.contains(m.text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        List<Attribution> all = doc.attributions;
        for (int j = i - 1; j >= 0 && j >= i - ResolutionWindows.RESOLUTION_STATEMENTS; j--) {
            Mention earlier = all.get(j).mention;
            if (earlier != null && !earlier.isPronoun() && (owner(earlier) != null
                    || ResolutionStage.possessor(earlier) != null && pressOffice(earlier.text()))) {
                return all.get(j).speaker;
            }
        }
        return null;
    }

    /**
     * "ICC" of "The General Assembly of the International Chess Council (ICC)": the end of a name whose initials spell
     * the acronym, though the name the text gives is longer; the acronym itself if no name ends so.
     */
    private String spelledOut(String acronym) {
        if (tails == null) {
            tails = new HashMap<>();
            for (Name n : doc.names) {
                indexTails(n.text().split(" "));
            }
        }
        return tails.getOrDefault(acronym, acronym);
    }

    /** The tails of a name's words that open on a word of its own, past its first, by their initials. */
    private void indexTails(String[] words) {
        StringBuilder initials = new StringBuilder();
        for (int k = words.length - 1; k > 0 && initials.length() < ACRONYM_LETTERS; k--) {
            if (!words[k].isEmpty() && !Mentions.isConnector(words[k].toLowerCase(Locale.ROOT))) {
                initials.insert(0, words[k].charAt(0));
                tails.putIfAbsent(initials.toString(), String.join(" ", Arrays.asList(words).subList(k, words.length)));
            }
        }
    }

    /** The owner a mention names before or after "press service" / "press office", or null. */
    static String owner(Mention m) {
        Matcher named = NAMED.matcher(m.text());
        if (!named.matches()) {
            return null;
        }
        return named.group(1) != null ? named.group(1) : named.group(2);
    }

    private static boolean pressOffice(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.endsWith(" press service") || lower.endsWith(" press office");
    }
}
