package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terms a joint statement or treaty defines for what it names ("The Republic of Lusenia and the Republic of Dravia,
 * hereinafter referred to as the Parties,"): its "The Parties reaffirm" and "Both Parties" speak for the states the
 * definition names, and "The Dravian Party" for the one of them its nationality names. A decision's or ruling's
 * bracketed term for one body ("the Movement for Renewal (hereinafter "the complainant")") speaks for that body.
 */
final class DefinedTerms {

    /** Starts at the word itself, so a run of spaces or brackets before it is never rescanned. */
    private static final Pattern DEFINITION = Pattern.compile(
            "[Hh]ereinafter(?: referred to as| called| jointly referred to as)?(?: -| –| —)? (?:the |[\"“])*"
                    + "([A-Z][a-z]+(?: [A-Z][a-z]+)?|(?<=[\"“]the )[a-z]+)[\"”]?");
    /** How far back the named parties may start: a preamble's opening line, not a paragraph of prose. */
    private static final int MAX_NAMED = 200;
    private static final Pattern DETERMINER = Pattern.compile("(?i)^(?:the|both|each) ");
    private static final Pattern CONJUNCTION = Pattern.compile(",? and |, ");
    /** The shortest common start that ties a nationality to a state: "Chin" of "Chinese" and "China". */
    private static final int STEM = 4;

    private final Map<String, String> named = new HashMap<>();
    private final Map<String, List<String>> members = new HashMap<>();

    private DefinedTerms() {
    }

    static DefinedTerms of(String text) {
        DefinedTerms terms = new DefinedTerms();
        // The pattern opens with a class, which the regex engine tries at every offset; a search for the word's rest does not.
        if (!text.contains("ereinafter")) {
            return terms;
        }
        Matcher m = DEFINITION.matcher(text);
        while (m.find()) {
            String term = m.group(1).toLowerCase(Locale.ROOT);
            String parties = namedBefore(text, m.start());
            if (parties != null) {
                terms.named.putIfAbsent(term, parties);
                terms.members.putIfAbsent(WordForms.singular(term), List.of(CONJUNCTION.split(parties)));
            } else if (m.start() > 0 && text.charAt(m.start() - 1) == '(') {
                String body = nameBefore(text, m.start() - 1);
                if (body != null) {
                    terms.named.putIfAbsent(term, body);
                }
            }
        }
        return terms;
    }

    boolean isEmpty() {
        return named.isEmpty();
    }

    /** What a mention of a defined term stands for, or null when it is no such mention. */
    String speakerFor(String mention) {
        String bare = DETERMINER.matcher(mention).replaceFirst("");
        String whole = named.get(bare.toLowerCase(Locale.ROOT));
        if (whole != null) {
            return whole;
        }
        int space = bare.lastIndexOf(' ');
        if (space < 0 || bare.indexOf(' ') != space || !Character.isUpperCase(bare.charAt(0))) {
            return null;
        }
        List<String> parties = members.get(bare.substring(space + 1).toLowerCase(Locale.ROOT));
        return parties == null ? null : ofNationality(parties, bare.substring(0, space));
    }

    /** "The Republic of A and the Republic of B" before ", hereinafter" or " (hereinafter", from its line or sentence start. */
    private static String namedBefore(String text, int definition) {
        int end = definition;
        while (end > 0 && " ,(".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        int start = end;
        while (start > 0 && end - start <= MAX_NAMED && text.charAt(start - 1) != '\n'
                && !(text.charAt(start - 1) == ' ' && start > 1 && text.charAt(start - 2) == '.')) {
            start--;
        }
        if (end - start > MAX_NAMED) {
            return null;
        }
        String parties = text.substring(start, end).strip();
        int between = parties.lastIndexOf(" between ");
        if (between >= 0) {
            parties = parties.substring(between + " between ".length());
        }
        if (!parties.contains(" and ")) {
            return null;
        }
        return Character.isUpperCase(parties.charAt(0)) || parties.startsWith("the ") ? parties : null;
    }

    /**
     * "the Movement for Renewal" of "On 9 May, the Movement for Renewal (hereinafter": the one body a bracketed
     * definition follows, its capitalized words and their joiners, at most {@link #MAX_NAMED} characters back.
     */
    private static String nameBefore(String text, int bracket) {
        int end = bracket;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int first = -1;
        int wordEnd = end;
        while (wordEnd > 0 && end - wordEnd <= MAX_NAMED) {
            int wordStart = wordEnd;
            while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = text.substring(wordStart, wordEnd);
            boolean capitalized = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
            // A comma or a sentence's full stop closes what came before the name ("On 9 May, the ...", "... in May. The").
            if (!capitalized && !Mentions.isConnector(word) || word.endsWith(",") || word.endsWith(".") && wordEnd != end) {
                break;
            }
            first = capitalized ? wordStart : first;
            if (wordStart == 0 || text.charAt(wordStart - 1) != ' ') {
                break;
            }
            wordEnd = wordStart - 1;
        }
        if (first < 0) {
            return null;
        }
        String body = text.substring(first, end);
        return body.startsWith("The ") ? body.substring(4) : body;
    }

    /** The one party a nationality names ("Dravian" → "the Republic of Dravia"), or null when none or several. */
    private static String ofNationality(List<String> parties, String nationality) {
        List<String> found = new ArrayList<>();
        for (String party : parties) {
            for (String word : party.split(" ")) {
                if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && sameStem(word, nationality)) {
                    found.add(party);
                    break;
                }
            }
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    private static boolean sameStem(String state, String nationality) {
        int common = WordForms.commonStart(state, nationality);
        return common >= STEM && common >= state.length() - 2;
    }
}
